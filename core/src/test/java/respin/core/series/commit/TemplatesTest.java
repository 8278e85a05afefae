package respin.core.series.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    @TempDir
    Path tmp;

    @Test
    void builtinCommitMessageHasNoDoubleBlankLineWithoutBody() {
        Map<String, Object> scope = Map.of("subject", "KVM: x86: Use <kvm> & \"file\"", "body", "",
                "hasBody", false, "hasSignoff", true, "signoffName", "Jane", "signoffEmail", "j@example.org");
        assertEquals("KVM: x86: Use <kvm> & \"file\"\n\nSigned-off-by: Jane <j@example.org>\n",
                Templates.builtin().render("commit-message", scope));
    }

    @Test
    void builtinCoverLetterLaysOutTheSections() {
        Map<String, Object> scope = Map.of("blurb", "Blurb.", "hasBlurb", true, "leftForHuman", List.of("a.c:1: x", "b.c:2: y"),
                "hasLeftForHuman", true, "shortlog", "Jane (1):\n  foo", "diffstat", " a.c | 1 +",
                "baseCommit", "abc");
        assertEquals("Blurb.\n\nLeft for a human:\n- a.c:1: x\n- b.c:2: y\n\nJane (1):\n  foo\n\n"
                + " a.c | 1 +\n\n\nbase-commit: abc\n", Templates.builtin().render("cover-letter", scope));
    }

    @Test
    void userDirectoryOverridesByNameAndFallsBackToBuiltins() throws Exception {
        Files.writeString(tmp.resolve("commit-message.mustache"), "{{subject}}\n\n{{> trailer}}\n");
        Files.writeString(tmp.resolve("trailer.mustache"), "Reviewed-by: {{signoffName}}");
        Templates t = Templates.from(tmp);
        assertEquals("S\n\nReviewed-by: R\n", t.render("commit-message", Map.of("subject", "S", "signoffName", "R")));
        assertTrue(t.render("cover-letter", Map.of("baseCommit", "abc")).endsWith("base-commit: abc\n"));
    }

    @Test
    void missingOrBrokenTemplatesAreTypedErrors() throws Exception {
        assertThrows(TemplateException.class, () -> Templates.builtin().render("no-such-template", Map.of()));
        assertThrows(TemplateException.class, () -> Templates.from(tmp.resolve("absent")));
        Files.writeString(tmp.resolve("broken.mustache"), "{{#open}} never closed");
        TemplateException e = assertThrows(TemplateException.class, () -> Templates.from(tmp).render("broken", Map.of()));
        assertTrue(e.getMessage().contains("broken.mustache"), e.getMessage());
    }
}

package respin.core.series.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import respin.core.plan.Prose;
import respin.core.series.commit.Templates;
import respin.core.series.diff.DiffOutput;
import respin.core.series.diff.QuotePath;
import respin.core.series.diff.xdiff.Ascii;
import respin.core.series.diff.xdiff.ByteBuf;
import respin.core.series.kernel.Recipients;

/**
 * The cover letter: git's headers (From the tip's committer, {@code [PATCH 0/n]}), then
 * {@code cover-letter.mustache} rendered with the blurb, respin's "Left for a human" items,
 * git's shortlog and the diffstat of the whole series, and the base commit.
 */
final class CoverMail {
    private final DiffOutput diff;
    private final Templates templates;

    CoverMail(DiffOutput diff, Templates templates) {
        this.diff = diff;
        this.templates = templates;
    }

    ByteBuf write(CoverLetter cover, RevCommit origin, BaseInfo base, List<RevCommit> commits, String prefix,
            ThreadHeaders thread, Recipients rcpt) throws IOException {
        RevCommit tip = commits.get(commits.size() - 1);
        ByteBuf sb = new ByteBuf();
        MailHeaders.mboxFrom(sb, tip);
        thread.write(sb);
        MailHeaders.fromAndDate(sb, tip.getCommitterIdent());
        byte[] subject = MessageText.of(QuotePath.bytes(cover.subject())).title;
        MailHeaders.subject(sb, MailHeaders.tag(prefix, 0, commits.size(), true), subject);
        if (needs8bit(cover, commits)) {
            MailHeaders.mime(sb);
        }
        rcpt.write(sb);
        sb.add('\n');

        ByteBuf blurb = new ByteBuf();
        MessageText.appendRemainder(blurb, QuotePath.bytes(cover.blurb()), 0);
        ByteBuf shortlog = Shortlog.of(commits);
        ByteBuf stat = new ByteBuf();
        DiffOutput.statAndSummary(stat, diff.files(origin.getTree(), tip.getTree()));

        Map<String, Object> scope = new HashMap<>();
        scope.put("subject", cover.subject());
        scope.put("blurb", chomp(blurb));
        scope.put("hasBlurb", blurb.length() > 0);
        scope.put("leftForHuman", cover.leftForHuman().stream().map(CoverMail::bulletText).toList());
        scope.put("hasLeftForHuman", !cover.leftForHuman().isEmpty());
        scope.put("shortlog", chomp(shortlog));
        scope.put("diffstat", chomp(stat));
        scope.put("baseCommit", base.commit().name());
        scope.put("prerequisitePatchIds", base.prerequisites().stream().map(ObjectId::name).toList());
        scope.put("total", commits.size());
        scope.put("changelog", cover.changelog().stripTrailing());
        scope.put("hasChangelog", !cover.changelog().isBlank());
        scope.put("rangeDiff", cover.rangeDiff().replaceAll("\n+$", ""));
        scope.put("hasRangeDiff", !cover.rangeDiff().isBlank());
        scope.put("previousVersion", cover.previousVersion());
        String body = templates.render("cover-letter", scope);
        sb.add(body);
        if (!body.isEmpty() && !body.endsWith("\n")) {
            sb.add('\n');
        }
        return sb;
    }

    /**
     * Git marks the cover letter 8-bit when any commit of the series holds a non-ASCII byte
     * (author names included). respin also does when the cover text itself does, which
     * git 2.39 does not.
     */
    private static boolean needs8bit(CoverLetter cover, List<RevCommit> commits) {
        for (RevCommit c : commits) {
            byte[] raw = c.getRawBuffer();
            if (Ascii.hasNonAscii(raw, 0, raw.length)) {
                return true;
            }
        }
        StringBuilder text = new StringBuilder(cover.subject()).append(cover.blurb()).append(cover.changelog())
                .append(cover.rangeDiff());
        cover.leftForHuman().forEach(text::append);
        byte[] b = QuotePath.bytes(text.toString());
        return Ascii.hasNonAscii(b, 0, b.length);
    }

    /** The text without its trailing newlines, so the template decides the blank lines. */
    private static String chomp(ByteBuf b) {
        String s = new String(b.toByteArray(), StandardCharsets.UTF_8);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    /** A "- " bullet's text wrapped to 75 columns with a two-space hanging indent, as checkpatch wants. */
    private static String bulletText(String item) {
        return Prose.wrap(item, 72).replace("\n", "\n  ");
    }
}

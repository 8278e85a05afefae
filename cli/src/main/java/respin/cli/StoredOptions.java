package respin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Templates;
import respin.core.series.state.SeriesVersion;

/** The options a version of a series was made with, read back from the series state for its respin. */
final class StoredOptions {
    private StoredOptions() {
    }

    static MailOptions mail(SeriesVersion v) {
        MailOptions m = new MailOptions();
        m.thread = "true".equals(v.option("thread"));
        m.to = new ArrayList<>(v.options().getOrDefault("to", List.of()));
        m.cc = new ArrayList<>(v.options().getOrDefault("cc", List.of()));
        String depth = v.option("prefix-from-history");
        m.prefixDepth = depth != null ? Integer.valueOf(depth) : null;
        return m;
    }

    /** {@code --signoff} if given, else the identity the version was signed with; {@code --date} or now. */
    static Identity identity(SeriesVersion v, String signoff, String date) {
        String who = signoff != null ? signoff : v.option("signoff");
        String[] p = Identities.person(who != null ? who : "respin user <respin@localhost>", null);
        return Identity.of(p[0], p[1], Identities.when(date));
    }

    static Templates templates(SeriesVersion v) {
        String dir = v.option("templates");
        return dir == null ? Templates.builtin() : Templates.from(Path.of(dir));
    }
}

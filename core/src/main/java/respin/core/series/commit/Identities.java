package respin.core.series.commit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import respin.core.error.BadInputException;

/** Who signs the series and when: from --signoff/--date, the repository's config, or SOURCE_DATE_EPOCH. */
public final class Identities {
    private static final Pattern NAME_EMAIL = Pattern.compile("\\s*(.+?)\\s*<([^<>\\s]+)>\\s*");

    private Identities() {
    }

    /** Name and email: {@code --signoff "Name <email>"}, else user.name/user.email, else null. */
    public static String[] person(String signoff, Repository repo) {
        if (signoff != null) {
            Matcher m = NAME_EMAIL.matcher(signoff);
            if (!m.matches()) {
                throw new BadInputException("--signoff wants 'Name <email>', not '" + signoff + "'");
            }
            return new String[] {m.group(1), m.group(2)};
        }
        StoredConfig c = repo.getConfig();
        String name = c.getString("user", null, "name");
        String email = c.getString("user", null, "email");
        if (name == null || email == null) {
            return null;
        }
        return new String[] {name, email};
    }

    /** The date of the commits: --date (ISO-8601 or seconds since the epoch), SOURCE_DATE_EPOCH, or now. */
    public static OffsetDateTime when(String date) {
        String d = date != null ? date : System.getenv("SOURCE_DATE_EPOCH");
        if (d == null) {
            return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        }
        try {
            if (d.matches("\\d+")) {
                return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(d)), ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(d);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BadInputException("cannot read date '" + d + "': use 2024-11-17T12:00:00+01:00 or epoch seconds");
        }
    }
}

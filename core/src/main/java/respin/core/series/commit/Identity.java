package respin.core.series.commit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A person at a moment, as git records it: name, e-mail, instant and UTC offset. Used for the
 * author, the committer and the {@code Signed-off-by:} line; fixing it makes a series
 * reproducible to the byte.
 */
public record Identity(String name, String email, Instant when, ZoneOffset zone) {
    public Identity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(zone, "zone");
        if (name.isBlank() || hasIdentSpecial(name) || hasIdentSpecial(email)) {
            throw new SeriesException("bad identity '" + name + " <" + email
                    + ">': a name must be non-blank, and neither part may hold '<', '>' or a newline");
        }
        when = Instant.ofEpochSecond(when.getEpochSecond());
    }

    /** An identity at a date with its UTC offset, as {@code --date 2024-11-17T12:00:00+01:00} gives it. */
    public static Identity of(String name, String email, OffsetDateTime when) {
        return new Identity(name, email, when.toInstant(), when.getOffset());
    }

    /** The identity as JGit writes it into a commit. */
    public PersonIdent toPersonIdent() {
        return new PersonIdent(name, email, when, zone);
    }

    /** {@code Name <email>}, as in trailers. */
    public String nameAndEmail() {
        return name + " <" + email + ">";
    }

    private static boolean hasIdentSpecial(String s) {
        return s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.indexOf('\n') >= 0;
    }
}

package respin.core.series.commit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import respin.core.error.BadInputException;

/** Who signs and when, from --signoff and --date. */
class IdentitiesTest {
    @Test
    void signoffIsNameAndEmail() {
        assertArrayEquals(new String[] {"Jane Developer", "jane@example.org"},
                Identities.person("  Jane Developer   <jane@example.org> ", null));
        assertEquals("--signoff wants 'Name <email>', not 'jane@example.org'", assertThrows(BadInputException.class,
                () -> Identities.person("jane@example.org", null)).getMessage());
    }

    @Test
    void dateIsIsoOrEpochSeconds() {
        assertEquals(OffsetDateTime.parse("2024-11-17T12:00:00+01:00"), Identities.when("2024-11-17T12:00:00+01:00"));
        assertEquals(OffsetDateTime.parse("2024-11-18T10:00:00Z"), Identities.when("1731924000"));
        assertEquals("cannot read date 'yesterday': use 2024-11-17T12:00:00+01:00 or epoch seconds",
                assertThrows(BadInputException.class, () -> Identities.when("yesterday")).getMessage());
    }
}

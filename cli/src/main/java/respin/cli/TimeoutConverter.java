package respin.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --checkpatch-timeout}: seconds ({@code 60}, {@code 60s}) or minutes ({@code 2m}). */
final class TimeoutConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.strip();
        long unit = v.endsWith("m") ? 60 : 1;
        String digits = v.endsWith("m") || v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        if (!digits.matches("[0-9]{1,7}") || Long.parseLong(digits) == 0) {
            throw new TypeConversionException("'" + value + "' is not a time limit (60, 60s or 2m)");
        }
        return Duration.ofSeconds(Long.parseLong(digits) * unit);
    }
}

package dev.slate.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values that are lengths of time: {@code 30s}, {@code 500ms}, {@code 2m}; a bare number is seconds. */
final class Durations implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String s = value.trim().toLowerCase(Locale.ROOT);
        long unitMillis = 1000;
        if (s.endsWith("ms")) {
            unitMillis = 1;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            unitMillis = 60_000;
            s = s.substring(0, s.length() - 1);
        }
        s = s.trim();
        if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TypeConversionException("'" + value + "' is not a length of time (such as 30s, 500ms, 2m)");
        }
        return Duration.ofMillis(Long.parseLong(s) * unitMillis);
    }

    /** {@code 30s}, {@code 500ms}: how a duration is shown back in messages and help. */
    static String show(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}

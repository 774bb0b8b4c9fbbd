package dev.slate.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values that count bytes or characters: a whole number, optionally followed by K, M or G
 * (powers of 1024; {@code KB}, {@code KiB}, {@code k} are accepted too). {@code 64M} is 67108864.
 */
final class Sizes {
    private Sizes() {
    }

    static long parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.endsWith("IB")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("B") && s.length() > 1 && "KMG".indexOf(s.charAt(s.length() - 2)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'K': unit = 1L << 10; break;
                case 'M': unit = 1L << 20; break;
                case 'G': unit = 1L << 30; break;
                default: break;
            }
        }
        if (unit != 1) {
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TypeConversionException(
                    "'" + text + "' is not a size (a whole number, optionally with K, M or G)");
        }
        try {
            return Math.multiplyExact(Long.parseLong(s), unit);
        } catch (ArithmeticException e) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
    }

    /** A size of 1 or more, in bytes. */
    static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long v = parse(value);
            if (v < 1) {
                throw new TypeConversionException("must be 1 or more, not '" + value + "'");
            }
            return v;
        }
    }

    /** A size of 1 or more that fits an int. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long v = parse(value);
            if (v < 1 || v > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be from 1 to " + Integer.MAX_VALUE + ", not '" + value + "'");
            }
            return (int) v;
        }
    }

    /** A count of 0 or more that fits an int. */
    static final class NonNegativeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long v = parse(value);
            if (v > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be from 0 to " + Integer.MAX_VALUE + ", not '" + value + "'");
            }
            return (int) v;
        }
    }
}

package dev.slate.clap;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One enum's constants, with its written forms as keys: enum fields are looked up for every segment read or
 * built, so a lookup is one map access rather than a scan of the constants. The enums a segment holds keep
 * theirs in a static field, which a segment's constructor reads at the cost of a field rather than of a
 * {@link ClassValue} lookup (a tenth of a conversion's time went to finding the tables by class).
 */
final class EnumConstants<E extends Enum<E> & ClapEnum> {
    private static final ClassValue<EnumConstants<?>> BY_TYPE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected EnumConstants<?> computeValue(Class<?> type) {
            return new EnumConstants(type);
        }
    };

    // HashMaps, never changed after construction: a lookup masks the hash where Map.copyOf's maps divide it
    /** Exact written forms. */
    private final Map<String, E> exact = new HashMap<>();
    /** Exact written forms to the constant's own string: {@link #canonical} without a call to an enum's {@code wire()}. */
    private final Map<String, String> exactWire = new HashMap<>();
    /** Upper-cased written forms and Java names, the first constant winning a clash. */
    private final Map<String, E> upper = new HashMap<>();
    /** The length of the longest key of {@link #upper}. */
    private final int longest;

    private EnumConstants(Class<E> type) {
        E[] constants = type.getEnumConstants();
        for (E c : constants) {
            exact.putIfAbsent(c.wire(), c);
            exactWire.putIfAbsent(c.wire(), c.wire());
        }
        int max = 0;
        for (E c : constants) {
            String wire = c.wire().toUpperCase(Locale.ROOT);
            upper.putIfAbsent(wire, c);
            upper.putIfAbsent(c.name(), c);
            max = Math.max(max, Math.max(wire.length(), c.name().length()));
        }
        this.longest = max;
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & ClapEnum> EnumConstants<E> of(Class<E> type) {
        return (EnumConstants<E>) BY_TYPE.get(type);
    }

    /** The written form of the constant written exactly as {@code value}, or null. */
    String exactWire(String value) {
        return value == null ? null : exactWire.get(value);
    }

    /** Case-insensitive lookup of a written value, also accepting the constant's Java name. */
    Optional<E> lookup(String value) {
        if (value == null) {
            return Optional.empty();
        }
        E e = exact.get(value);
        if (e != null) {
            return Optional.of(e);
        }
        String v = value.trim();
        e = exact.get(v);
        if (e == null && v.length() <= longest) {
            // uppercasing never shortens, so a longer value cannot match (and a huge one is costly to convert)
            e = upper.get(v.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(e);
    }

    /** The canonical written form of {@code value}: the enum's wire form when known, else the value as given. */
    String canonical(String value) {
        // every segment built asks four of these: JFR put a tenth of a conversion's samples here, on the enums'
        // wire(), which this one site calls through the interface on four types
        String wire = exactWire(value);
        return wire != null ? wire : lookup(value).map(ClapEnum::wire).orElse(value);
    }
}

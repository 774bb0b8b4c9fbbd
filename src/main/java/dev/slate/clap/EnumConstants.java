package dev.slate.clap;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each enum's constants, once, and its written forms as keys: enum fields are looked up for every segment
 * read or built, so a lookup is one map access rather than a scan of the constants.
 */
final class EnumConstants {
    private static final ClassValue<Object[]> ALL = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    /** Exact written forms; then upper-cased written forms and Java names, the first constant winning a clash. */
    private static final ClassValue<Map<String, Object>[]> KEYS = new ClassValue<>() {
        @Override
        protected Map<String, Object>[] computeValue(Class<?> type) {
            Map<String, Object> exact = new HashMap<>();
            Map<String, Object> upper = new HashMap<>();
            Object[] constants = ALL.get(type);
            for (Object c : constants) {
                exact.putIfAbsent(((ClapEnum) c).wire(), c);
            }
            for (Object c : constants) {
                upper.putIfAbsent(((ClapEnum) c).wire().toUpperCase(Locale.ROOT), c);
                upper.putIfAbsent(((Enum<?>) c).name(), c);
            }
            @SuppressWarnings("unchecked")
            // HashMaps, never changed after this: a lookup masks the hash where Map.copyOf's maps divide it
            Map<String, Object>[] maps = new Map[] {exact, upper};
            return maps;
        }
    };

    /** The length of the longest upper-cased written form or Java name of each enum. */
    private static final ClassValue<Integer> LONGEST = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            int longest = 0;
            for (String key : KEYS.get(type)[1].keySet()) {
                longest = Math.max(longest, key.length());
            }
            return longest;
        }
    };

    private EnumConstants() {
    }

    static int longest(Class<?> type) {
        return LONGEST.get(type);
    }

    /** The shared array: callers must not change it. */
    @SuppressWarnings("unchecked")
    static <E> E[] of(Class<E> type) {
        return (E[]) ALL.get(type);
    }

    /** The constant written exactly as {@code value}, or null. */
    @SuppressWarnings("unchecked")
    static <E> E exact(Class<E> type, String value) {
        return (E) KEYS.get(type)[0].get(value);
    }

    /** The constant whose upper-cased written form or Java name is {@code upper}, or null. */
    @SuppressWarnings("unchecked")
    static <E> E upperCase(Class<E> type, String upper) {
        return (E) KEYS.get(type)[1].get(upper);
    }
}

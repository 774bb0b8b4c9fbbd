package dev.slate.clap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields a file carries that this library does not model, or known fields whose value has the wrong
 * type. They are kept in file order and written back unchanged, so reading and writing a file loses
 * nothing. Values are what a YAML 1.2 core-schema reader gives: String, Boolean, Integer, Long,
 * BigInteger, Double, null, List and Map (String keys).
 */
final class Extras {
    private Extras() {
    }

    static final Map<String, Object> NONE = Collections.emptyMap();

    static Map<String, Object> copy(Map<String, ?> extras) {
        if (extras == null || extras.isEmpty()) {
            return NONE;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    static <T> List<T> list(List<? extends T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}

package dev.slate.clap.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free-form values as read: their canonical form (string keys everywhere) and a short description for messages. */
final class ClapReadValues {
    private ClapReadValues() {
    }

    /**
     * {@code v} with every mapping key a string (YAML allows {@code 1:}, {@code true:}, {@code null:}; the
     * model, like JavaScript, only has string keys). Returns {@code v} itself when nothing needs converting.
     */
    static Object canonical(Object v, ClapItemFields fields, String field) {
        if (v instanceof Map<?, ?> m) {
            boolean convert = false;
            for (Object k : m.keySet()) {
                if (!(k instanceof String)) {
                    convert = true;
                    break;
                }
            }
            Map<Object, Object> out = null;
            if (convert) {
                out = new LinkedHashMap<>();
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object value = e.getValue();
                Object c = canonical(value, fields, field);
                if (convert) {
                    Object k = e.getKey();
                    String key = k instanceof String str ? str : String.valueOf(k);
                    if (!(k instanceof String)) {
                        fields.warn(field, "key " + describe(k) + " is not a string; read as \"" + key + "\"");
                    }
                    out.put(key, c);
                } else if (c != value) {
                    if (out == null) {
                        out = new LinkedHashMap<>(m);
                    }
                    out.put(e.getKey(), c);
                }
            }
            return out == null ? v : out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = null;
            for (int i = 0; i < l.size(); i++) {
                Object value = l.get(i);
                Object c = canonical(value, fields, field);
                if (c != value) {
                    if (out == null) {
                        out = new ArrayList<>(l);
                    }
                    out.set(i, c);
                }
            }
            return out == null ? v : out;
        }
        return v;
    }

    /** {@code the string "3"}, {@code the number 1.5}, {@code a list}: for warnings. */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String str) {
            String shown = str.length() > 40 ? str.substring(0, 40) + "..." : str;
            return "the string \"" + shown.replace("\n", "\\n") + "\"";
        }
        if (v instanceof Boolean) {
            return "the boolean " + v;
        }
        if (v instanceof Double) {
            return "the number " + v;
        }
        if (v instanceof Number) {
            return "the integer " + v;
        }
        if (v instanceof List<?> l) {
            return "a list of " + l.size();
        }
        if (v instanceof Map<?, ?>) {
            return "a mapping";
        }
        return v.getClass().getSimpleName();
    }
}

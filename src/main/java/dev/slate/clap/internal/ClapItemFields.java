package dev.slate.clap.internal;

import dev.slate.clap.ClapFinding;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of one item (or one scene event) into Java types, applying the library's rule for a
 * known field of the wrong type: the typed field keeps its default, the raw value goes to the extras under
 * the same key (so it is written back where it was), and a warning says so. Unknown fields go to the
 * extras in file order. After a numeric read, {@link #ok} tells whether the value was usable.
 */
final class ClapItemFields {
    private final List<ClapFinding> findings;
    private final String kind;
    private final int index;
    private final String fieldPrefix;
    private Map<String, Object> extras;
    /** Whether the last numeric or boolean read gave a value. */
    boolean ok;

    /**
     * @param kind {@code meta}, {@code segment}...
     * @param index the item's index within its section, -1 for the header and meta
     */
    ClapItemFields(List<ClapFinding> findings, String kind, int index, String fieldPrefix) {
        this.findings = findings;
        this.kind = kind;
        this.index = index;
        this.fieldPrefix = fieldPrefix;
    }

    /** {@code segment 12}: built only when a finding needs it. */
    String item() {
        return index < 0 ? kind : kind + " " + index;
    }

    /** The extras gathered so far, in file order; null when there are none. */
    Map<String, Object> extras() {
        return extras;
    }

    /** An item's key as a string; a non-string key (YAML {@code 1:} or {@code true:}) is converted, with a warning. */
    String key(Object k) {
        if (k instanceof String str) {
            return str;
        }
        String converted = String.valueOf(k);
        warn(converted, "key " + ClapReadValues.describe(k) + " is not a string; read as \"" + converted + "\"");
        return converted;
    }

    void extra(String key, Object v) {
        if (extras == null) {
            extras = new LinkedHashMap<>();
        }
        extras.put(key, ClapReadValues.canonical(v, this, key));
    }

    void wrong(String key, Object v, String expected) {
        extra(key, v);
        warn(key, "expected " + expected + ", found " + ClapReadValues.describe(v) + "; kept as read");
    }

    void warn(String key, String message) {
        findings.add(ClapFinding.warning(item(), fieldPrefix + key, message));
    }

    String string(String key, Object v) {
        if (v instanceof String str) {
            return str;
        }
        wrong(key, v, "a string");
        return null;
    }

    double number(String key, Object v) {
        ok = true;
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        ok = false;
        wrong(key, v, "a number");
        return 0;
    }

    int integer(String key, Object v) {
        ok = true;
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long || v instanceof BigInteger) { // digits with leading zeros can read as these
            BigInteger b = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
            if (b.bitLength() < 32) {
                return b.intValue();
            }
        }
        if (v instanceof Double d && d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
            return (int) (double) d;
        }
        ok = false;
        wrong(key, v, "an integer");
        return 0;
    }

    long longInteger(String key, Object v) {
        ok = true;
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p63) {
            return (long) (double) d;
        }
        ok = false;
        wrong(key, v, "an integer");
        return 0;
    }

    boolean bool(String key, Object v) {
        ok = true;
        if (v instanceof Boolean b) {
            return b;
        }
        ok = false;
        wrong(key, v, "true or false");
        return false;
    }

    /** A list of strings, or null (and the raw value kept) when it is anything else. */
    List<String> strings(String key, Object v) {
        if (v instanceof List<?> list) {
            boolean all = true;
            for (Object o : list) {
                if (!(o instanceof String)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                List<String> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add((String) o);
                }
                return out;
            }
        }
        wrong(key, v, "a list of strings");
        return null;
    }

    /** Any list, its values in the canonical types; null (and the raw value kept) when not a list. */
    @SuppressWarnings("unchecked")
    List<Object> list(String key, Object v) {
        if (v instanceof List<?>) {
            return (List<Object>) ClapReadValues.canonical(v, this, key);
        }
        wrong(key, v, "a list");
        return null;
    }

    /** Any mapping with string keys; null (and the raw value kept) when not a mapping. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key, Object v) {
        if (v instanceof Map<?, ?>) {
            return (Map<String, Object>) ClapReadValues.canonical(v, this, key);
        }
        wrong(key, v, "a mapping");
        return null;
    }
}

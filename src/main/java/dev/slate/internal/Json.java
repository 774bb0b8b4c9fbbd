package dev.slate.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * A small JSON writer for the command line's machine-readable output (the project has no JSON library).
 *
 * <p>Values: {@code null}, {@link CharSequence}, {@link Boolean}, {@link Number} (Integer, Long, Short, Byte,
 * BigInteger, BigDecimal, Double, Float), {@link Map} (keys written with {@code toString()}, in the map's
 * order) and {@link Iterable}. Doubles that are whole numbers are written without a fraction ({@code 3000});
 * NaN and infinities, which JSON cannot hold, are written as {@code null}.
 *
 * <p>Strings are escaped so that the output is valid JSON and valid UTF-8 whatever they hold: quote,
 * backslash, control characters U+0000..U+001F ({@code \n}, {@code \t}... or a six-character
 * {@code u00XX} escape), the separators U+2028/U+2029 (which break JavaScript string literals), and lone
 * surrogates (which have no UTF-8 form) as six-character {@code uXXXX} escapes. Paired surrogates are
 * written as they are.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Appendable out;
    private final String indent;

    private Json(Appendable out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    /** Compact JSON: no spaces or newlines. */
    public static String toJson(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, false);
        return b.toString();
    }

    /** Indented by two spaces, one member or element a line. */
    public static String toPrettyJson(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, true);
        return b.toString();
    }

    public static void write(Object value, Appendable out, boolean pretty) {
        try {
            new Json(out, pretty ? "  " : null).value(value, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        try {
            string(s, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    private void value(Object v, int depth) throws IOException {
        if (v == null) {
            out.append("null");
        } else if (v instanceof CharSequence) {
            string(v.toString(), out);
        } else if (v instanceof Boolean) {
            out.append(v.toString());
        } else if (v instanceof Double || v instanceof Float) {
            number(((Number) v).doubleValue());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            out.append(v.toString());
        } else if (v instanceof BigDecimal) {
            out.append(((BigDecimal) v).toString());
        } else if (v instanceof Map) {
            object((Map<?, ?>) v, depth);
        } else if (v instanceof Iterable) {
            array((Iterable<?>) v, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    private void number(double d) throws IOException {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append(Long.toString((long) d));
        } else {
            // Double.toString gives 1.5, 1.0E20, 1.0E-5: all valid JSON numbers
            out.append(Double.toString(d));
        }
    }

    private void object(Map<?, ?> m, int depth) throws IOException {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(String.valueOf(e.getKey()), out);
            out.append(indent == null ? ":" : ": ");
            value(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(Iterable<?> items, int depth) throws IOException {
        Iterator<?> it = items.iterator();
        if (!it.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            value(it.next(), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) throws IOException {
        if (indent != null) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append(indent);
            }
        }
    }

    private static void string(String s, Appendable out) throws IOException {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        unicode(c, out);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            unicode(c, out);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(c, out);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static void unicode(char c, Appendable out) throws IOException {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}

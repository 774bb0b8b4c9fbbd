package dev.slate.clap.internal.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded YAML texts in the many block styles real files use, for differential tests. The texts need not
 * mean any particular value: the tests only require the fast parser and snakeyaml-engine to agree on
 * them. They are mostly valid, so that the fast path is exercised rather than given up on.
 */
final class YamlParserTestDocuments {
    private static final String[] WORDS = {"the", "light", "AMY", "turns", "a", "door", "rain", "x", "é", "日本",
        "🎬", "it's", "say", "\"hi\"", "back\\slash", "50%", "a-b", "c:d", "e#f", "?q", "-d", "[x]", "{y}", "a,b",
        "tab\there", "~", "null", "true", "12", "1.5", ".inf", "0x1F", "0o17", "1e3", "-", "--", "...", "*", "&",
        "!", "|", ">", "'", "\""};
    private static final String[] SCALAR_FORMS = {"0", "-0", "+1", "007", "12", "-12", "2147483648",
        "99999999999999999999", "0x1F", "0xff", "0o17", "1.5", "-1.5", "1.", ".5", "1e3", "1E-3", ".inf", "-.inf",
        ".nan", ".NaN", "true", "True", "FALSE", "null", "Null", "~", "", "1_000", "12:30", "2024-01-01", "yes"};

    private final Random r;
    private int step;

    YamlParserTestDocuments(long seed) {
        r = new Random(seed);
    }

    Random random() {
        return r;
    }

    /** A whole YAML text: one or a few documents, with markers, comments and blank lines here and there. */
    String text() {
        StringBuilder out = new StringBuilder();
        int docs = r.nextInt(6) == 0 ? 2 + r.nextInt(2) : 1;
        for (int d = 0; d < docs; d++) {
            step = 2 + r.nextInt(3);
            if (r.nextInt(5) == 0) {
                out.append("# a comment\n");
            }
            if (docs > 1 || r.nextInt(4) == 0) {
                out.append(r.nextInt(4) == 0 ? "--- # start\n" : "---\n");
            }
            Object v = r.nextInt(3) == 0 ? map(3) : list(3);
            block(out, v, 0, -1);
            if (r.nextInt(6) == 0) {
                out.append("...\n");
            }
        }
        return out.toString();
    }

    /** A random value tree: lists, maps and scalars (strings, numbers, booleans, null). */
    Object value(int depth) {
        int k = r.nextInt(depth <= 0 ? 6 : 9);
        switch (k) {
            case 0: case 1: case 2:
                return string();
            case 3:
                return r.nextInt(1000) - 500;
            case 4:
                return r.nextBoolean() ? Boolean.TRUE : (Object) null;
            case 5:
                return SCALAR_FORMS[r.nextInt(SCALAR_FORMS.length)];
            case 6: case 7:
                return list(depth - 1);
            default:
                return map(depth - 1);
        }
    }

    List<Object> list(int depth) {
        List<Object> l = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            l.add(value(depth));
        }
        return l;
    }

    Map<Object, Object> map(int depth) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            Object key = r.nextInt(8) == 0 ? SCALAR_FORMS[r.nextInt(SCALAR_FORMS.length)]
                    : r.nextInt(3) == 0 ? string() : "k" + r.nextInt(50);
            m.put(key, value(depth));
        }
        return m;
    }

    String string() {
        switch (r.nextInt(6)) {
            case 0:
                return WORDS[r.nextInt(WORDS.length)];
            case 1: {
                StringBuilder b = new StringBuilder();
                for (int i = 1 + r.nextInt(30); i > 0; i--) {
                    b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? "  " : " ");
                }
                return b.toString().trim();
            }
            case 2: {
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(12); i > 0; i--) {
                    int c = r.nextInt(100);
                    if (c < 60) {
                        b.append((char) (0x20 + r.nextInt(0x5f)));
                    } else if (c < 75) {
                        b.append(" \n\t:#-'\"\\".charAt(r.nextInt(9)));
                    } else if (c < 95) {
                        b.appendCodePoint(0xa0 + r.nextInt(0x500));
                    } else {
                        b.append("\u0085\u2028\u00a0\ufeff😀".charAt(r.nextInt(5)));
                    }
                }
                return b.toString();
            }
            case 3: {
                StringBuilder b = new StringBuilder();
                for (int i = 1 + r.nextInt(5); i > 0; i--) {
                    if (r.nextInt(4) == 0) {
                        b.append("  ");
                    }
                    b.append(WORDS[r.nextInt(WORDS.length)]).append(' ').append(WORDS[r.nextInt(WORDS.length)]);
                    b.append(r.nextInt(3) == 0 ? "\n\n" : "\n");
                }
                return r.nextBoolean() ? b.toString() : b.toString().trim();
            }
            case 4:
                return "";
            default:
                return "word" + r.nextInt(100);
        }
    }

    // ------------------------------------------------------------------ rendering

    /** Writes {@code v} as a node on its own line(s) at {@code indent}; {@code col} is the enclosing collection's column. */
    private void block(StringBuilder out, Object v, int indent, int col) {
        if (v instanceof List<?> l && !l.isEmpty()) {
            sequenceLines(out, l, indent, true);
        } else if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            mappingLines(out, m, indent, true);
        } else {
            spaces(out, indent);
            scalar(out, v, indent, col);
            out.append('\n');
        }
    }

    private void sequenceLines(StringBuilder out, List<?> l, int indent, boolean indentFirst) {
        boolean first = true;
        for (Object item : l) {
            if (!first || indentFirst) {
                spaces(out, indent);
            }
            first = false;
            out.append('-');
            afterIndicator(out, item, indent);
            maybeNoise(out, indent);
        }
    }

    /** After {@code "- "} or {@code "key:"}: a compact node, a node on the next lines, or a scalar. */
    private void afterIndicator(StringBuilder out, Object v, int indent) {
        boolean collection = (v instanceof List<?> l && !l.isEmpty()) || (v instanceof Map<?, ?> m && !m.isEmpty());
        if (collection && r.nextInt(3) > 0) {
            int inner = indent + 2 + (r.nextInt(5) == 0 ? 1 : 0);
            spaces(out, inner - indent - 1);
            if (v instanceof List<?> l) {
                sequenceLines(out, l, inner, false);
            } else {
                mappingLines(out, (Map<?, ?>) v, inner, false);
            }
        } else if (collection) {
            if (r.nextInt(4) == 0) {
                out.append(" # note");
            }
            out.append('\n');
            block(out, v, indent + step, indent);
        } else {
            out.append(' ');
            scalar(out, v, indent + 2, indent);
            out.append('\n');
        }
    }

    private void mappingLines(StringBuilder out, Map<?, ?> m, int indent, boolean indentFirst) {
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first || indentFirst) {
                spaces(out, indent);
            }
            first = false;
            if (r.nextInt(25) == 0) {
                out.append("? ");
                scalarOneLine(out, e.getKey());
                out.append('\n');
                spaces(out, indent);
                out.append(':');
            } else {
                scalarOneLine(out, e.getKey());
                out.append(r.nextInt(15) == 0 ? " :" : ":");
            }
            Object v = e.getValue();
            if (v instanceof List<?> l && !l.isEmpty() && r.nextInt(3) == 0) {
                out.append('\n');
                sequenceLines(out, l, indent, true); // indentless sequence
            } else if ((v instanceof List<?> l2 && !l2.isEmpty()) || (v instanceof Map<?, ?> m2 && !m2.isEmpty())) {
                out.append(r.nextInt(5) == 0 ? "   # c\n" : "\n");
                block(out, v, indent + step, indent);
            } else {
                out.append(' ');
                scalar(out, v, indent + step, indent);
                out.append('\n');
            }
            maybeNoise(out, indent);
        }
    }

    private void maybeNoise(StringBuilder out, int indent) {
        int k = r.nextInt(20);
        if (k == 0) {
            out.append('\n');
        } else if (k == 1) {
            spaces(out, r.nextInt(indent + 3));
            out.append("# comment: - x\n");
        }
    }

    /** A scalar value (or an empty/flow collection) in any style; continuation lines indented to {@code indent}. */
    private void scalar(StringBuilder out, Object v, int indent, int col) {
        if (v instanceof List<?> l) {
            flow(out, l, true);
            return;
        }
        if (v instanceof Map<?, ?> m) {
            flow(out, m, false);
            return;
        }
        if (!(v instanceof String s)) {
            out.append(v == null ? (r.nextBoolean() ? "null" : r.nextBoolean() ? "~" : "") : v.toString());
            return;
        }
        int style = r.nextInt(10);
        if (style < 3 && plainSafe(s)) {
            plain(out, s, indent);
        } else if (style < 5) {
            single(out, s, indent);
        } else if (style < 7 && (s.contains("\n") || r.nextBoolean()) && blockSafe(s)) {
            blockScalar(out, s, Math.max(indent, col + 1), col);
        } else {
            dq(out, s, indent);
        }
    }

    private void scalarOneLine(StringBuilder out, Object v) {
        if (!(v instanceof String s)) {
            out.append(v == null ? "~" : v.toString());
            return;
        }
        if (plainSafe(s) && !s.isEmpty() && r.nextBoolean()) {
            out.append(s);
        } else if (!s.contains("\n") && r.nextBoolean()) {
            out.append('\'').append(s.replace("'", "''")).append('\'');
        } else {
            dqOneLine(out, s);
        }
    }

    private void flow(StringBuilder out, Object v, boolean seq) {
        if (seq) {
            List<?> l = (List<?>) v;
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(r.nextBoolean() ? ", " : ",");
                }
                flowScalar(out, l.get(i));
            }
            out.append(']');
        } else {
            Map<?, ?> m = (Map<?, ?>) v;
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (i++ > 0) {
                    out.append(", ");
                }
                flowScalar(out, e.getKey());
                out.append(": ");
                flowScalar(out, e.getValue());
            }
            out.append('}');
        }
    }

    private void flowScalar(StringBuilder out, Object v) {
        if (v instanceof String s) {
            if (plainSafe(s) && !s.isEmpty() && s.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0) && r.nextBoolean()) {
                out.append(s);
            } else {
                dqOneLine(out, s);
            }
        } else if (v instanceof List || v instanceof Map) {
            out.append("[]");
        } else {
            out.append(v == null ? "null" : v.toString());
        }
    }

    static boolean plainSafe(String s) {
        if (s.isEmpty() || s.contains("\n") || s.contains(": ") || s.contains(" #") || s.endsWith(":")
                || s.startsWith(" ") || s.endsWith(" ") || s.contains("\t") || !(YamlReaderScalars.resolvePlain(s) instanceof String)) {
            return false;
        }
        char c = s.charAt(0);
        if ("[]{}&*!|>'\"%@`,#".indexOf(c) >= 0) {
            return false;
        }
        if ((c == '-' || c == '?' || c == ':') && (s.length() == 1 || s.charAt(1) == ' ')) {
            return false;
        }
        if (s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f && ch != 0x85) || ch == 0xfeff) {
                return false;
            }
        }
        return !s.equals("<<");
    }

    private void plain(StringBuilder out, String s, int indent) {
        if (s.indexOf(' ') > 0 && r.nextBoolean()) {
            // fold at single spaces onto continuation lines
            String[] parts = s.split(" ", -1);
            StringBuilder line = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                boolean canBreak = !line.isEmpty() && !parts[i].isEmpty() && !line.toString().endsWith(" ")
                        && parts[i].charAt(0) != '#' && !parts[i].startsWith("---") && !parts[i].startsWith("...");
                if (canBreak && r.nextInt(3) == 0) {
                    out.append(line).append('\n');
                    spaces(out, indent);
                    line.setLength(0);
                    line.append(parts[i]);
                } else {
                    line.append(' ').append(parts[i]);
                }
            }
            out.append(line);
        } else {
            out.append(s);
        }
    }

    private void single(StringBuilder out, String s, int indent) {
        out.append('\'');
        String[] lines = s.replace("'", "''").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("\n\n");
                spaces(out, indent);
            }
            out.append(lines[i]);
        }
        out.append('\'');
    }

    private void dqOneLine(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            escape(out, s.charAt(i));
        }
        out.append('"');
    }

    private void dq(StringBuilder out, String s, int indent) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i < s.length() - 1 && s.charAt(i - 1) != ' ' && s.charAt(i + 1) != ' '
                    && r.nextInt(6) == 0) {
                out.append('\n'); // folds back to a space
                spaces(out, indent);
            } else if (c != ' ' && r.nextInt(30) == 0) {
                out.append("\\\n"); // escaped line break: nothing
                spaces(out, indent + r.nextInt(2));
                escape(out, c);
            } else {
                escape(out, c);
            }
        }
        out.append('"');
    }

    private void escape(StringBuilder out, char c) {
        switch (c) {
            case '"': out.append("\\\""); return;
            case '\\': out.append("\\\\"); return;
            case '\n': out.append("\\n"); return;
            case '\t': out.append(r.nextBoolean() ? "\\t" : "\t"); return;
            case '\u0085': out.append("\\N"); return;
            case '\u00a0': out.append(r.nextBoolean() ? "\\_" : "\u00a0"); return;
            case '\ufeff': out.append("\\ufeff"); return;
            default:
                if (c < 0x20 || c == 0x7f) {
                    out.append(String.format("\\x%02x", (int) c));
                } else if (r.nextInt(40) == 0 && c > 0x7f && !Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
        }
    }

    static boolean blockSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch < 0x20 && ch != '\n' && ch != '\t') || (ch >= 0x7f && ch <= 0x9f && ch != 0x85) || ch == 0xfeff) {
                return false;
            }
        }
        return true;
    }

    /** A literal or folded block scalar; its text need not round-trip, only read the same in both parsers. */
    private void blockScalar(StringBuilder out, String s, int indent, int col) {
        boolean folded = r.nextInt(3) == 0;
        out.append(folded ? '>' : '|');
        String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? (r.nextBoolean() ? "" : "+") : "-";
        if (r.nextInt(6) == 0) {
            chomp = r.nextBoolean() ? "+" : "-";
        }
        boolean needsIndicator = s.startsWith(" ") || s.startsWith("\n") || r.nextInt(5) == 0;
        int inc = indent - col;
        if (needsIndicator && inc >= 1 && inc <= 9) {
            if (r.nextBoolean()) {
                out.append(inc).append(chomp);
            } else {
                out.append(chomp).append(inc);
            }
        } else {
            out.append(chomp);
        }
        if (r.nextInt(8) == 0) {
            out.append(" # keep");
        }
        out.append('\n');
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty() || r.nextInt(3) == 0) {
                spaces(out, indent);
            }
            out.append(line).append('\n');
        }
        if (r.nextInt(4) == 0) {
            out.append('\n');
        }
        out.setLength(out.length() - 1); // the caller adds the final line break
    }

    private static void spaces(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    /** {@code text} with a few random edits that YAML cares about: the fuzz half of the differential test. */
    String mutate(String text) {
        StringBuilder b = new StringBuilder(text);
        String alphabet = " \n:-#'\"|>[]{},?&*!%\\\t0.~";
        for (int i = 1 + r.nextInt(3); i > 0 && b.length() > 0; i--) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                case 1 -> b.deleteCharAt(at);
                default -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }
}

package dev.slate.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A script's text as numbered lines: what every input format becomes before parsing. Line numbers
 * always refer to the text as read, so a tag, a scene or a segment can point back to the line a
 * writer sees in an editor.
 *
 * @param text the whole text as decoded (this is what a {@code .clap} embeds as its screenplay)
 * @param charset how the bytes were decoded, or empty when the text did not come from bytes
 * @param lines the text's lines, numbered from 1
 * @param format the format the script came in
 * @param elements what the format declares each line to be (Fountain, Final Draft), in line order;
 *     empty when the format declares nothing and the parser must read the layout (plain text, PDF)
 */
public record ScriptText(String text, String charset, List<ScriptLine> lines, ScriptFormat format,
        List<ScriptElement> elements) {

    public ScriptText {
        lines = Collections.unmodifiableList(lines);
        elements = List.copyOf(elements);
    }

    /** This text as read from another format, with the elements that format declares. */
    public ScriptText from(ScriptFormat format, List<ScriptElement> elements) {
        return new ScriptText(text, charset, lines, format, elements);
    }

    public static ScriptText of(byte[] bytes) {
        DecodedText d = TextDecoder.decode(bytes);
        return of(d.text(), d.charset());
    }

    public static ScriptText of(String text) {
        return of(text, "");
    }

    public static ScriptText of(String text, String charset) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<ScriptLine> lines = new ArrayList<>(text.length() / 30 + 1);
        int n = text.length();
        int start = 0;
        int number = 1;
        StringBuilder normal = new StringBuilder(128);
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end == n && start == n && n > 0 && (text.charAt(n - 1) == '\n' || text.charAt(n - 1) == '\r')) {
                break; // a final line ending does not start another line
            }
            lines.add(line(number++, text.substring(start, end), normal));
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return new ScriptText(text, charset, lines, ScriptFormat.TEXT, List.of());
    }

    private static ScriptLine line(int number, String raw, StringBuilder b) {
        int n = raw.length();
        int i = 0;
        while (i < n && !needsNormalizing(raw.charAt(i))) {
            i++;
        }
        if (i == n) { // the usual line: nothing to replace, so no copy but the trimmed one
            int end = n;
            while (end > 0 && raw.charAt(end - 1) == ' ') {
                end--;
            }
            int indent = 0;
            while (indent < end && raw.charAt(indent) == ' ') {
                indent++;
            }
            return new ScriptLine(number, raw, end == n ? raw : raw.substring(0, end), indent, false);
        }
        return normalized(number, raw, b);
    }

    /** Whether {@link #normalized} changes {@code c}: tabs, form feeds, odd spaces, invisible marks and curly quotes. */
    private static boolean needsNormalizing(char c) {
        if (c < 0x2000) {
            return c < 0x20 ? c == '\t' || c == '\f' || c == '\u000B' : c == '\u00A0' || c == '\u00AD';
        }
        // not dashes or ellipses, which scripts are full of: they are kept as they are
        return c <= '\u200D' || c >= '\u2018' && c <= '\u201F' || c == '\u202F' || c == '\u2032' || c == '\u2033'
                || c == '\u2060' || c == '\u3000' || c == '\uFEFF';
    }

    private static ScriptLine normalized(int number, String raw, StringBuilder b) {
        b.setLength(0);
        boolean pageBreak = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\t' -> {
                    int col = b.length();
                    b.append(" ".repeat(8 - col % 8));
                }
                case '\f' -> pageBreak = true;
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                        '\u2006', '\u2008', '\u2009', '\u200A', '\u3000', '\u000B' -> b.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> b.append('"');
                default -> b.append(c);
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        int indent = 0;
        while (indent < end && b.charAt(indent) == ' ') {
            indent++;
        }
        return new ScriptLine(number, raw, b.toString(), indent, pageBreak);
    }

    /** The line with this 1-based number. */
    public ScriptLine line(int number) {
        return lines.get(number - 1);
    }
}

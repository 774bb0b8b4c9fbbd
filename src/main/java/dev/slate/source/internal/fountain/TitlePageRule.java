package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement;
import dev.slate.source.ScriptElement.Type;
import dev.slate.source.ScriptLine;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title page: {@code Key: value} lines at the very top, up to the first blank line, a value either
 * after its key or on the indented lines below it. Each line becomes a TITLE element holding the value
 * only, so the page reads as it prints ({@code Title: The Salt Ledger} gives {@code The Salt Ledger}); a
 * key whose value is on the lines below has empty text.
 *
 * <p>The first key must be one Fountain names (Title, Credit, Author...), so that a script opening on
 * {@code FADE IN:} is not taken for a title page; later keys may be anything.
 */
final class TitlePageRule {
    private static final Set<String> OPENING_KEYS = Set.of("title", "credit", "author", "authors", "source",
            "draft date", "date", "contact", "contact info", "notes", "copyright", "revision", "format",
            "episode", "series", "written by");

    private TitlePageRule() {
    }

    /** Adds the title page's elements and returns the index of the first line after it (0 when there is none). */
    static int read(List<ScriptLine> lines, Hidden.Visible[] visible, List<ScriptElement> out) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        String opening = first == lines.size() ? null : key(visible[first].text());
        if (opening == null || !OPENING_KEYS.contains(opening)) {
            return 0;
        }
        int i = first;
        String currentKey = "";
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            ScriptLine line = lines.get(i);
            String t = visible[i].text();
            if (visible[i].onlyHidden(line)) {
                out.add(new ScriptElement(line.number(), Type.NOTE, visible[i].note(), "", false, 1));
                continue;
            }
            boolean indented = line.indent() >= 2 || line.raw().startsWith("\t");
            String key = indented ? null : key(t);
            String value = key == null ? t.strip() : t.substring(t.indexOf(':') + 1).strip();
            if (key != null) {
                currentKey = key;
            }
            out.add(new ScriptElement(line.number(), Type.TITLE, Emphasis.strip(value), "", false, 1, currentKey));
        }
        return i;
    }

    /** The key of a {@code Key: value} line, lowercased, or null when the line is not one. */
    private static String key(String t) {
        int colon = t.indexOf(':');
        if (colon < 1 || colon > 40 || Character.isWhitespace(t.charAt(0))) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-' && c != '_') {
                return null;
            }
        }
        return t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }
}

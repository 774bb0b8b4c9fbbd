package dev.slate.source;

/**
 * One line of a script as read.
 *
 * @param number 1-based line number in the input as read (lines split on LF, CRLF or CR; a form feed
 *     is a page break inside a line, not a line break)
 * @param raw the line as it was, without its line ending
 * @param text the line made comparable: tabs expanded to 8-column stops, non-breaking and other
 *     unusual spaces turned into spaces, smart quotes and apostrophes made straight, form feeds and
 *     zero-width characters removed, trailing spaces dropped
 * @param indent the number of leading spaces of {@code text}
 * @param pageBreakBefore a form feed came before this line's content
 */
public record ScriptLine(int number, String raw, String text, int indent, boolean pageBreakBefore) {

    /** The text without its indentation. */
    public String content() {
        return text.substring(indent);
    }

    public boolean isBlank() {
        return indent == text.length();
    }
}

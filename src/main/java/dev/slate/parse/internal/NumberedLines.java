package dev.slate.parse.internal;

/**
 * Scene numbers and revision marks at the ends of a line, read by hand in one pass: a numbered heading
 * ({@code 12A  INT. SHOP - NIGHT  12A}), a number after a heading ({@code INT. SHOP - NIGHT  12}), a line marked
 * revised ({@code She runs.   *}). They were patterns (kept in {@code LinearPatternsTest}, which checks these
 * against them on seeded lines); a page of numbered headings spent a twentieth of its parse in them.
 *
 * <p>White space here is what {@code \s} is in a pattern, {@code [ \t\n\x0B\f\r]}; the free text in the
 * middle may not hold a line break of any kind, as {@code .} may not.
 */
final class NumberedLines {
    private NumberedLines() {
    }

    /** A scene number, the text beside it, and the number closing the line (null when there is none). */
    record Numbered(String number, String text, String closing) {
    }

    /**
     * A heading after its scene number, and the same number (or another) at its end, as
     * {@code ^([A-Z]?\d{1,4}[A-Z]{0,2})\.?\s++(\S(?:.*?\S)??)(?:\s{2,}+([A-Z]?\d{1,4}[A-Z]{0,2})\.?|\s*+)$} reads it;
     * null when the line is not so.
     */
    static Numbered numberedHeading(String s) {
        int n = s.length();
        int i = numberEnd(s, 0);
        if (i < 0) {
            return null;
        }
        String number = s.substring(0, i);
        if (i < n && s.charAt(i) == '.') {
            i++;
        }
        if (i == n || !Shapes.isPatternSpace(s.charAt(i))) {
            return null;
        }
        while (i < n && Shapes.isPatternSpace(s.charAt(i))) {
            i++;
        }
        int textStart = i;
        if (textStart == n) {
            return null;
        }
        int[] closing = closingNumber(s, textStart + 1);
        if (closing != null && freeText(s, textStart + 1, closing[0] - 1)) {
            return new Numbered(number, s.substring(textStart, closing[0]), s.substring(closing[1], closing[2]));
        }
        int end = trimmedEnd(s);
        return freeText(s, textStart + 1, end - 1) ? new Numbered(number, s.substring(textStart, end), null) : null;
    }

    /**
     * A heading and the scene number after it, as {@code ^(\S.*?\S)\s{2,}+([A-Z]?\d{1,4}[A-Z]{0,2})\.?$} reads them
     * ({@link Numbered#number} the number, {@link Numbered#text} the heading); null when the line does not end so.
     */
    static Numbered numberAfter(String s) {
        if (s.isEmpty() || Shapes.isPatternSpace(s.charAt(0))) {
            return null;
        }
        int[] closing = closingNumber(s, 2);
        if (closing == null || !freeText(s, 1, closing[0] - 1)) {
            return null;
        }
        return new Numbered(s.substring(closing[1], closing[2]), s.substring(0, closing[0]), null);
    }

    /**
     * What {@link #revised} gives for a line of marks alone ({@code ***}): an empty string of its own, told apart
     * by identity ({@code ==}) from the empty text no line can have before its marks.
     */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String MARKS_ONLY = new String("");

    /**
     * The text of a line marked revised by asterisks after two spaces or more, as {@code ^(.*?\S)\s{2,}+\*+$}
     * reads it; {@link #MARKS_ONLY} for a line of asterisks alone ({@code ^\*+\s*$}); else null.
     */
    static String revised(String s) {
        int n = s.length();
        int stars = n;
        while (stars > 0 && s.charAt(stars - 1) == '*') {
            stars--;
        }
        if (stars < n) {
            int space = stars;
            while (space > 0 && Shapes.isPatternSpace(s.charAt(space - 1))) {
                space--;
            }
            if (stars - space >= 2 && space >= 1 && freeText(s, 0, space - 1)) {
                return s.substring(0, space);
            }
        }
        int i = 0;
        while (i < n && s.charAt(i) == '*') {
            i++;
        }
        if (i == 0) {
            return null;
        }
        while (i < n && Shapes.isPatternSpace(s.charAt(i))) {
            i++;
        }
        return i == n ? MARKS_ONLY : null;
    }

    /**
     * The number that ends a line after two spaces or more ({@code [A-Z]?\d{1,4}[A-Z]{0,2}}, perhaps a period),
     * where the text before it ends no earlier than {@code minTextEnd}: {where the spaces start, where the number
     * starts, where it ends}; or null.
     */
    private static int[] closingNumber(String s, int minTextEnd) {
        int n = s.length();
        int start = n;
        while (start > 0 && !Shapes.isPatternSpace(s.charAt(start - 1))) {
            start--;
        }
        int space = start;
        while (space > 0 && Shapes.isPatternSpace(s.charAt(space - 1))) {
            space--;
        }
        if (start == n || start - space < 2 || space < minTextEnd) {
            return null;
        }
        int end = numberEnd(s, start);
        if (end < 0 || !(end == n || end == n - 1 && s.charAt(end) == '.')) {
            return null;
        }
        return new int[] {space, start, end};
    }

    /** Where a scene number ({@code [A-Z]?\d{1,4}[A-Z]{0,2}}) that starts at {@code from} ends, or -1. */
    private static int numberEnd(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && isCapital(s.charAt(i))) {
            i++;
        }
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i - digits > 4) {
            return -1;
        }
        int letters = i;
        while (i < n && isCapital(s.charAt(i))) {
            i++;
        }
        // a longer run of digits or capitals goes on where the number must have ended
        return i - letters > 2 ? -1 : i;
    }

    /** Whether the characters from {@code from} to {@code to} (exclusive) may all stand in {@code .*}. */
    private static boolean freeText(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** The end of the line without the white space after its last character. */
    private static int trimmedEnd(String s) {
        int end = s.length();
        while (end > 0 && Shapes.isPatternSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}

package dev.slate.parse.internal;

/**
 * Emphasis marks wrapped round a whole line, as Markdown writes them and as language models and chat tools
 * hand scripts over: {@code **INT. LIGHTHOUSE - NIGHT**}, {@code **ELIAS**}, {@code *(quietly)*}, {@code
 * *Waves crash against the rocks.*}. The marks are not the script's words; without them the line is the
 * heading, cue, parenthetical or action it is.
 */
final class Emphasis {
    private Emphasis() {
    }

    /**
     * The line without the marks round a speaker and its colon at its start ({@code **SARAH:** I think we need to
     * talk.}, {@code **SARAH**: ...}), or the line itself.
     */
    static String unwrapSpeaker(String content) {
        int n = content.length();
        if (n < 5 || content.charAt(0) != '*' && content.charAt(0) != '_') {
            return content;
        }
        char mark = content.charAt(0);
        int open = 0;
        while (open < n && open < 3 && content.charAt(open) == mark) {
            open++;
        }
        String marks = content.substring(0, open);
        int close = content.indexOf(marks, open);
        if (close <= open || close > open + 48) {
            return content;
        }
        int after = close + open;
        boolean colonInside = content.charAt(close - 1) == ':';
        boolean colonAfter = after < n && content.charAt(after) == ':';
        if (!colonInside && !colonAfter || after < n && content.charAt(after) == mark) {
            return content;
        }
        return content.substring(open, close) + content.substring(after);
    }

    /** The line without the marks that wrap it whole, or the line itself when none do. */
    static String unwrap(String content) {
        int n = content.length();
        if (n < 3) {
            return content;
        }
        char mark = content.charAt(0);
        if (mark != '*' && mark != '_' || content.charAt(n - 1) != mark) {
            return content;
        }
        int open = 0;
        while (open < n && content.charAt(open) == mark) {
            open++;
        }
        int close = 0;
        while (close < n - open && content.charAt(n - 1 - close) == mark) {
            close++;
        }
        // the same marks at both ends, up to three (***bold italic***), round words that touch them
        if (open != close || open > 3 || n - open - close < 1) {
            return content;
        }
        String inner = content.substring(open, n - close);
        if (Character.isWhitespace(inner.charAt(0)) || Character.isWhitespace(inner.charAt(inner.length() - 1))) {
            return content;
        }
        return inner;
    }
}

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

    /**
     * The line without the bold and italic marks round words inside it ({@code **JANE (30s)**, soaked, climbs},
     * {@code I *said* no}), for a script that writes Markdown: the marks of a pair touch the words they hold, and
     * stand apart from the words around them. A lone mark ({@code 2 * 3}, a revision's asterisk) stays.
     */
    static String inline(String content) {
        if (content.indexOf('*') < 0) {
            return content;
        }
        String out = pairs(content, "**");
        return pairs(out, "*");
    }

    private static String pairs(String s, String mark) {
        int m = mark.length();
        StringBuilder b = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int open = s.indexOf(mark, from);
            if (open < 0) {
                break;
            }
            if (!opens(s, open, m)) {
                from = open + m;
                continue;
            }
            int close = s.indexOf(mark, open + m);
            while (close >= 0 && !closes(s, close, m)) {
                close = s.indexOf(mark, close + m);
            }
            if (close < 0) {
                break;
            }
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(s, copied, open).append(s, open + m, close);
            copied = close + m;
            from = copied;
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
    }

    /** A mark that opens: at the start or after a space or punctuation, right before a word, not part of a longer run. */
    private static boolean opens(String s, int i, int m) {
        int after = i + m;
        return (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '*')
                && after < s.length() && !Character.isWhitespace(s.charAt(after)) && s.charAt(after) != '*';
    }

    /** A mark that closes: right after a word, before a space, punctuation or the end, not part of a longer run. */
    private static boolean closes(String s, int i, int m) {
        int after = i + m;
        return i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '*'
                && (after == s.length() || !Character.isLetterOrDigit(s.charAt(after)) && s.charAt(after) != '*');
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

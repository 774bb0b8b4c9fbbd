package dev.slate.parse.internal;

/** What a line looks like, independent of any language's words. */
final class Shapes {
    /** Three spaces: between two columns of speech side by side, never between the words of one. */
    static final String COLUMN_GAP = "   ";

    private Shapes() {
    }

    /** At least two letters, and no lowercase letter. */
    static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) && c != 'ß' && !inCapitalisedPrefix(s, i)) { // ß has no single uppercase letter in common use
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The lowercase letter of a name prefix that stays lowercase in capitals: {@code McCLANE}, {@code MacLEOD}. */
    static boolean inCapitalisedPrefix(String s, int i) {
        // "Mc" + capital: the c at i; "Mac" + capital: the a or c at i.
        if (i + 1 >= s.length() || !Character.isUpperCase(s.charAt(i + 1))) {
            return false;
        }
        char c = s.charAt(i);
        if (c == 'c' && i >= 1 && s.charAt(i - 1) == 'M') {
            return i == 1 || !Character.isLetter(s.charAt(i - 2));
        }
        if (c == 'c' && i >= 2 && s.charAt(i - 1) == 'a' && s.charAt(i - 2) == 'M') {
            return i == 2 || !Character.isLetter(s.charAt(i - 3));
        }
        return false;
    }

    /** Runs of spaces as single spaces; the string itself when it has none. */
    static String singleSpaced(String s) {
        if (s.indexOf("  ") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The text up to the first space or one of {@code stops}. */
    static String firstWord(String s, String stops) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != ' ' && stops.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return s.substring(0, i);
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** What {@code \s} is in a pattern, {@code [ \t\n\x0B\f\r]}: for the rules that read by hand what a pattern read. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static char first(String s) {
        return s.isEmpty() ? 0 : s.charAt(0);
    }

    static char last(String s) {
        return s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    }

    /** Ends as a sentence or a line of prose ends. */
    static boolean endsSentence(String s) {
        char c = last(s);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '…';
    }

    /**
     * Whether a line that opens with a parenthesis goes on with words after it closes: {@code (beat) We cannot stay
     * here.}, a parenthetical and the speech's words on one line.
     */
    static boolean wordsAfterParenthesis(String s) {
        int close = ParentheticalMarks.closeIn(s);
        if (close < 0) {
            return false;
        }
        for (int i = close + 1; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** 0 to 9 only: where a number is a time, a year or a count, not any script's digits. */
    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }
}

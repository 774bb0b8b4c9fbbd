package dev.slate.parse.internal;

/** What a line looks like, independent of any language's words. */
final class Shapes {
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
        int start = i;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        String word = s.substring(start);
        return (word.startsWith("Mc") && i == start + 1 || word.startsWith("Mac") && i > start && i <= start + 2)
                && word.length() > i - start + 1 && Character.isUpperCase(word.charAt(i - start + 1));
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

    static char last(String s) {
        return s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    }

    /** Ends as a sentence or a line of prose ends. */
    static boolean endsSentence(String s) {
        char c = last(s);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '…';
    }

    static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }
}

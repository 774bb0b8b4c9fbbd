package dev.slate.parse.internal;

/**
 * The marks that open and close a parenthetical. A script read back by OCR from a scan often has a brace or a
 * square bracket where the page had a parenthesis ({@code {appalled, to the}, {@code alone}}); under a cue a
 * screenplay uses neither for anything else, so each opens or closes a parenthetical as a parenthesis does. A
 * Fountain note ({@code [[...]]}) is read before any of this and never counts.
 */
final class ParentheticalMarks {
    private ParentheticalMarks() {
    }

    /** The line opens with a parenthetical's mark. */
    static boolean opens(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '(' || c == '{' || c == '[' && !s.startsWith("[[");
    }

    /** The line ends with a parenthetical's closing mark. */
    static boolean closes(String s) {
        return !s.isEmpty() && isClosing(s.charAt(s.length() - 1));
    }

    /** Where the parenthetical a line opens with closes on it, or -1. */
    static int closeIn(String s) {
        if (!opens(s)) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            if (isClosing(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A parenthetical's words without its marks: {@code (beat)} and {@code {beat}} are both {@code beat}. */
    static String unwrap(String parenthetical) {
        String s = parenthetical.strip();
        if (opens(s)) {
            s = s.substring(1);
        }
        if (closes(s)) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '}' || c == ']';
    }
}

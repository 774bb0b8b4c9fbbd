package dev.slate.internal;

import java.util.Locale;

/**
 * Upper and lower case (root locale) in time proportional to the text. The JDK's own conversion copies its
 * whole result again for every character whose case takes two characters ({@code ß}, the ligature
 * {@code ﬁ}, {@code İ}), so that a line of a million of them took minutes; a script or a file can hold such
 * a line. Long text is converted a piece at a time, cut after a space where there is one, so that the one
 * rule that looks at neighbours (a final Greek sigma) sees whole words.
 */
public final class Cases {
    /** Longest text converted in one call of the JDK: its cost grows with the square of this at worst. */
    static final int PIECE = 256;

    private Cases() {
    }

    public static String upper(String s) {
        return s.length() <= PIECE ? s.toUpperCase(Locale.ROOT) : inPieces(s, true);
    }

    public static String lower(String s) {
        return s.length() <= PIECE ? s.toLowerCase(Locale.ROOT) : inPieces(s, false);
    }

    private static String inPieces(String s, boolean upper) {
        int n = s.length();
        StringBuilder b = new StringBuilder(n + 16);
        int from = 0;
        while (from < n) {
            int to = Math.min(n, from + PIECE);
            if (to < n) {
                int space = to;
                while (space > from + PIECE / 2 && !Character.isWhitespace(s.charAt(space - 1))) {
                    space--;
                }
                to = space > from + PIECE / 2 ? space : to;
                if (Character.isHighSurrogate(s.charAt(to - 1))) {
                    to--; // never split a pair
                }
            }
            String piece = s.substring(from, to);
            b.append(upper ? piece.toUpperCase(Locale.ROOT) : piece.toLowerCase(Locale.ROOT));
            from = to;
        }
        return b.toString();
    }
}

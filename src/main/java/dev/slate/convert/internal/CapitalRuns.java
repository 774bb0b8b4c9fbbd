package dev.slate.convert.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of capitalised words in a sentence of mixed case: how scripts set apart a character's
 * introduction ({@code CYBER BOB}) and a sound ({@code a GUNSHOT echoes}).
 */
final class CapitalRuns {
    private CapitalRuns() {
    }

    /** A run: {@code sentence.substring(start, end)}, made of {@code words} words. */
    record Run(int start, int end, int words) {
    }

    /**
     * @param extra characters allowed inside a capitalised word besides capitals ({@code '.-} and digits
     *     for names such as {@code DR. O'NEIL})
     * @param maxWords the longest run kept whole
     */
    static List<Run> find(String sentence, String extra, int maxWords) {
        List<Run> out = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(sentence.charAt(i)) || i > 0 && Character.isLetter(sentence.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            int words = 0;
            int end = i;
            while (j < n && words < maxWords) {
                int w = j;
                while (j < n && (Character.isUpperCase(sentence.charAt(j)) || extra.indexOf(sentence.charAt(j)) >= 0)) {
                    j++;
                }
                if (j - w < 2 || j < n && Character.isLetter(sentence.charAt(j))) {
                    break; // a single capital, or a capitalised word that goes on in lowercase: not a run
                }
                words++;
                end = j;
                if (j + 1 < n && sentence.charAt(j) == ' ' && Character.isUpperCase(sentence.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (words == 0) {
                i++;
                continue;
            }
            out.add(new Run(i, end, words));
            i = end;
        }
        return out;
    }
}

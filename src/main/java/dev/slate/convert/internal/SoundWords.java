package dev.slate.convert.internal;

import dev.slate.parse.internal.Grammar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a run of capitals in the action names a sound. Scripts capitalise sounds (a GUNSHOT, the phone
 * RINGS) but also props (CUTLERY), signs (CARRICK SURVEYORS), screen text and people seen once (two
 * TECHNICIANS): a run is a sound only when its last word is a sound word of the script's language, as it
 * stands or with an ending of the language ({@code JINGLES}, {@code SLAMMING}, {@code CHIMING}).
 */
final class SoundWords {
    private final Grammar grammar;
    /** Endings, longest first, so that {@code -ING} is tried before {@code -G} would be. */
    private final List<String> suffixes;

    SoundWords(Grammar grammar) {
        this.grammar = grammar;
        this.suffixes = new ArrayList<>(grammar.entries("sound.suffix"));
        suffixes.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** {@code run} is capitals, as written in the action. */
    boolean isSound(String run) {
        String upper = Grammar.upper(run);
        if (grammar.has("sound", upper)) {
            return true; // COUP DE FEU
        }
        // the last word is the one that names the thing: a DOOR SLAMS is a sound, BLASTING POWDER is not;
        // its parts, when it has hyphens (CLACK-CLACK)
        int start = upper.lastIndexOf(' ') + 1;
        for (int i = start; i <= upper.length(); i++) {
            if (i == upper.length() || upper.charAt(i) == '-') {
                if (i > start && isSoundWord(upper.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Endings come from the grammar, and a language without them ({@code sound.suffix}) lists each form it
     * uses; an ending may also have dropped a final E or doubled the last consonant.
     */
    private boolean isSoundWord(String w) {
        if (grammar.has("sound", w)) {
            return true;
        }
        for (String suffix : suffixes) {
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                int n = stem.length();
                if (grammar.has("sound", stem) || grammar.has("sound", stem + "E")
                        || n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && grammar.has("sound", stem.substring(0, n - 1))) {
                    return true; // RINGS, CHIMING (CHIME), SLAMMING (SLAM)
                }
            }
        }
        return false;
    }
}

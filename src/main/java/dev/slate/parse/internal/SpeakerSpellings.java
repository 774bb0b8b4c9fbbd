package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.LineTag;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling per speaker. Cue names that differ only in what is not a letter or a digit, or in accents
 * ({@code DR. O'NEIL}, {@code DR. O' NEIL} and {@code DR. O/'NEIL}; {@code LÉA} and {@code LEA}, as OCR reads the
 * same cue on different pages) are one person's, and take the spelling the script uses most of those a name can
 * have, the first one seen in a tie. Two people are never told apart by punctuation or an accent alone, so
 * nobody is merged with someone else.
 */
final class SpeakerSpellings {
    private SpeakerSpellings() {
    }

    /** Renames the speakers of {@code lines} to their one spelling; returns what was renamed, old to new. */
    static Map<String, String> unify(List<Line> lines) {
        Map<String, Integer> cues = new LinkedHashMap<>(); // in the order first seen
        for (Line l : lines) {
            if (l.tag == LineTag.CHARACTER || l.inlineCue != null) {
                cues.merge(l.speaker, 1, Integer::sum);
            }
        }
        if (cues.size() < 2) {
            return Map.of();
        }
        Map<String, String> spellingOf = new HashMap<>(); // key -> the spelling used most
        Map<String, String> keys = new HashMap<>();
        for (String name : cues.keySet()) {
            if (name == null) {
                continue;
            }
            String key = key(name);
            keys.put(name, key);
            String best = spellingOf.get(key);
            if (best == null || odd(best) && !odd(name) || odd(best) == odd(name) && cues.get(name) > cues.get(best)) {
                spellingOf.put(key, name);
            }
        }
        Map<String, String> renamed = new HashMap<>();
        keys.forEach((name, key) -> {
            String one = spellingOf.get(key);
            if (!one.equals(name)) {
                renamed.put(name, one);
            }
        });
        if (renamed.isEmpty()) {
            return renamed;
        }
        for (Line l : lines) {
            String one = l.speaker == null ? null : renamed.get(l.speaker);
            if (one != null) {
                l.speaker = one;
            }
            if (l.inlineCue != null && renamed.containsKey(l.inlineCue.name())) {
                l.inlineCue = renamed(l.inlineCue, renamed);
            }
        }
        return renamed;
    }

    /** The cue with its name's one spelling. */
    static CharacterCue renamed(CharacterCue cue, Map<String, String> renamed) {
        String one = renamed.get(cue.name());
        return one == null ? cue : new CharacterCue(cue.text(), one, cue.extensions(), cue.attitude(), cue.dual());
    }

    /**
     * A spelling no name has, which OCR makes: a space after an apostrophe ({@code O' NEIL}), or a mark that is not a
     * name's ({@code O/'NEIL}). It loses to any other spelling of the name, however often it is used.
     */
    private static boolean odd(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean apostrophe = c == '\'' || c == '\u2019';
            if (apostrophe && i + 1 < name.length() && name.charAt(i + 1) == ' '
                    || !Character.isLetterOrDigit(c) && !apostrophe && c != ' ' && c != '.' && c != '-' && c != '&' && c != '#') {
                return true;
            }
        }
        return false;
    }

    /** The name's letters and digits in capitals, their accents off ({@code LÉA} and {@code LEA} are one key, as OCR drops accents). */
    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT); // WEIß is WEISS
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}

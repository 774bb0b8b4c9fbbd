package dev.slate.parse.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Picks the language whose frequent short words the script uses most. */
final class LanguageDetector {
    /**
     * What each short word scores for each language, in the order of the grammars given: a frequent word of the
     * language 1, a time of day only it uses 2 (NUIT, NOCHE, NACHT in headings say the language of a short
     * script). Worked out once per set of grammars: every script looked up each word in eight sets.
     */
    private static final Map<List<Grammar>, Map<String, int[]>> SCORES = new ConcurrentHashMap<>();

    private LanguageDetector() {
    }

    static String detect(List<Line> lines, Map<String, Grammar> grammars) {
        List<Grammar> languages = List.copyOf(grammars.values());
        Map<String, int[]> scores = SCORES.computeIfAbsent(languages, LanguageDetector::scores);
        long[] total = new long[languages.size()];
        tokens(lines, scores, total);
        String best = "en";
        long bestScore = -1;
        for (int k = 0; k < total.length; k++) {
            if (total[k] > bestScore) {
                bestScore = total[k];
                best = languages.get(k).language();
            }
        }
        return best;
    }

    private static Map<String, int[]> scores(List<Grammar> languages) {
        Map<String, int[]> scores = new HashMap<>();
        for (int k = 0; k < languages.size(); k++) {
            Grammar g = languages.get(k);
            for (String time : own(g, languages)) {
                scores.computeIfAbsent(time, w -> new int[languages.size()])[k] = 2;
            }
            for (String word : g.entries("language.words")) {
                scores.computeIfAbsent(word, w -> new int[languages.size()])[k] = 1; // a word before a time
            }
        }
        return scores;
    }

    /** Times of day only this language uses (its grammar also carries the English ones). */
    private static Set<String> own(Grammar g, List<Grammar> all) {
        Set<String> times = new HashSet<>(g.entries("time.of.day"));
        if (!g.language().equals("en")) {
            for (Grammar other : all) {
                if (other.language().equals("en")) {
                    times.removeAll(other.entries("time.of.day"));
                }
            }
        }
        return times;
    }

    /** Adds up the scores of the script's short words (the frequent words of any language are short), uppercase. */
    private static void tokens(List<Line> lines, Map<String, int[]> scores, long[] total) {
        int seen = 0;
        for (Line l : lines) {
            if (l.blank) {
                continue;
            }
            if (++seen > 400) {
                break; // a few pages are enough to know the language
            }
            String u = l.upper();
            int i = 0;
            int n = u.length();
            while (i < n) {
                while (i < n && !Character.isLetter(u.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && (Character.isLetter(u.charAt(i)) || u.charAt(i) == '\'')) {
                    i++;
                }
                if (i - start >= 1 && i - start <= 6) {
                    int[] s = scores.get(u.substring(start, i));
                    if (s != null) {
                        for (int k = 0; k < s.length; k++) {
                            total[k] += s[k];
                        }
                    }
                }
            }
        }
    }
}

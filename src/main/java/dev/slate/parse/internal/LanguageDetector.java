package dev.slate.parse.internal;

import java.util.List;
import java.util.Map;

/** Picks the language whose frequent short words the script uses most. */
final class LanguageDetector {
    private LanguageDetector() {
    }

    static String detect(List<Line> lines, Map<String, Grammar> grammars) {
        List<String> tokens = tokens(lines);
        String best = "en";
        long bestScore = -1;
        for (Map.Entry<String, Grammar> e : grammars.entrySet()) {
            var words = e.getValue().entries("language.words");
            var times = own(e.getKey(), e.getValue(), grammars);
            long score = 0;
            for (String w : tokens) {
                if (words.contains(w)) {
                    score++;
                } else if (times.contains(w)) {
                    score += 2; // NUIT, NOCHE, NACHT in headings say the language of a short script
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }

    /** Times of day only this language uses (its grammar also carries the English ones). */
    private static java.util.Set<String> own(String lang, Grammar g, Map<String, Grammar> all) {
        java.util.Set<String> times = new java.util.HashSet<>(g.entries("time.of.day"));
        if (!lang.equals("en") && all.containsKey("en")) {
            times.removeAll(all.get("en").entries("time.of.day"));
        }
        return times;
    }

    /** The short words of the script (the frequent words of any language are short), uppercase. */
    private static List<String> tokens(List<Line> lines) {
        List<String> out = new java.util.ArrayList<>();
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
                    out.add(u.substring(start, i));
                }
            }
        }
        return out;
    }
}

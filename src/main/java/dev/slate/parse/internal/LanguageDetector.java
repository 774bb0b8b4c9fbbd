package dev.slate.parse.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the language whose frequent short words the script uses most. */
final class LanguageDetector {
    private LanguageDetector() {
    }

    static String detect(List<Line> lines, Map<String, Grammar> grammars) {
        String best = "en";
        long bestScore = -1;
        for (Map.Entry<String, Grammar> e : grammars.entrySet()) {
            var words = e.getValue().entries("language.words");
            long score = 0;
            for (Line l : lines) {
                if (l.blank) {
                    continue;
                }
                for (String w : l.content.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                    if (!w.isEmpty() && words.contains(Grammar.upper(w))) {
                        score++;
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }
}

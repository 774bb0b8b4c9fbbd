package dev.slate.parse.internal;

import dev.slate.parse.LineTag;
import java.util.List;

/**
 * Fountain has no element for a shot or an act card: writers type {@code CLOSE ON THE KEY} or
 * {@code ACT ONE} as a line of capitals standing alone, and Fountain calls it action. Such a line, when
 * the grammar knows it as a shot or an act card, gets that tag, as it would in a plain-text script.
 */
final class StandaloneCapitals {
    private final Grammar grammar;

    StandaloneCapitals(Grammar grammar) {
        this.grammar = grammar;
    }

    void apply(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.tag != LineTag.ACTION || !l.allCaps() || !alone(lines, i)) {
                continue;
            }
            if (ActCardRule.matches(grammar, l)) {
                l.tag = LineTag.TITLE;
            } else if (Shapes.words(l.content) <= 12 && (grammar.prefix("shot", l.content) != null
                    || grammar.prefix("intercut", l.content) != null)) {
                l.tag = LineTag.SHOT;
            }
        }
    }

    private static boolean alone(List<Line> lines, int i) {
        return (i == 0 || lines.get(i - 1).blank) && (i + 1 == lines.size() || lines.get(i + 1).blank);
    }
}

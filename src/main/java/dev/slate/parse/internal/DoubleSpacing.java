package dev.slate.parse.internal;

import java.util.BitSet;
import java.util.List;

/**
 * A script with a blank line under every line, as a PDF turned into a word processor's document (each
 * printed line a paragraph) or a page with a paragraph per line hands it over. There a blank line says
 * nothing: a cue stands a blank line above its speech and each line of a speech is apart from the next,
 * so every speech was read as action. One blank line under each line is left out, and the script is read
 * as it was printed; its lines keep their numbers, and a paragraph of action runs on across the blank lines
 * left out. Only where those blank lines part what belongs together (a wrapped sentence, a cue and its
 * speech) now and then: where each element is on a line of its own, they are what sets the elements apart.
 */
final class DoubleSpacing {

    /** Of the lines that have a line after them, the share with a blank line under them. */
    private static final double SHARE = 0.9;
    /** Too few lines say nothing of a layout. */
    private static final int MIN_LINES = 8;

    private DoubleSpacing() {
    }

    /**
     * Whether two lines with a blank line between them would be together in any other layout: a sentence going
     * on in lower case (a paragraph wrapped), or a name over the words it says. A script with an element on each
     * line and blank lines between them (a chat's, a language model's) has neither, and its blank lines count.
     */
    private static boolean keptTogether(Line line, Line below, Grammar grammar, SceneHeadingRule headings) {
        if (!below.content.isEmpty() && Character.isLowerCase(below.content.charAt(0))) {
            return true;
        }
        return line.cueShape() != null && below.cueShape() == null && !direction(line, grammar, headings)
                && headings.prefixPlace(below.upper()) == null;
    }

    /** A line in a cue's shape that is none: a heading, a shot ({@code TOTALE}), a transition, a card, an act card, a time card ({@code 5 YEARS LATER}). */
    private static boolean direction(Line l, Grammar grammar, SceneHeadingRule headings) {
        String u = l.upper();
        return headings.prefixPlace(u) != null || headings.endsWithTime(l.content) || grammar.prefix("shot", u) != null
                || grammar.prefix("intercut", u) != null || grammar.has("transition", u) || grammar.prefix("transition.start", u) != null
                || grammar.prefix("card", u) != null || ActCardRule.matches(grammar, l) || grammar.has("time.card", u)
                || grammar.suffix("time.card", u) != null;
    }

    /** A parenthetical's line: its first, or its last where it wraps ({@code anyone listening)}). */
    private static boolean parenthetical(Line l, SceneHeadingRule headings) {
        return l.content.startsWith("(") || l.content.endsWith(")") && headings.prefixPlace(l.upper()) == null;
    }

    /**
     * The numbers of the blank lines that only space the lines apart, one under each line, when nearly every line
     * has one and they part what belongs together; else none. A script with a paragraph or a speech on one line
     * (see {@link LayoutProfile#unwrapped}) has a blank line under each of them by design: there only those
     * between a cue or a parenthetical and the words are spacing (a word processor's paragraph spacing, copied).
     */
    static BitSet spacing(List<Line> lines, Grammar grammar, SceneHeadingRule headings) {
        BitSet spacing = new BitSet();
        int content = 0;
        int followed = 0;
        int wide = 0;
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).blank) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            Line l = lines.get(i);
            if (!l.blank) {
                content++;
                wide += l.length() > LayoutProfile.UNWRAPPED_WIDTH ? 1 : 0;
                followed += i < last && lines.get(i + 1).blank ? 1 : 0;
            }
        }
        if (content < MIN_LINES || followed < SHARE * (content - 1)) {
            return spacing;
        }
        boolean unwrapped = wide >= 3 && wide * 20 >= content;
        int apart = 0;
        for (int i = 0; i + 2 <= last; i++) {
            Line l = lines.get(i);
            if (!l.blank && lines.get(i + 1).blank && !lines.get(i + 2).blank && keptTogether(l, lines.get(i + 2), grammar, headings)) {
                apart++;
                if (unwrapped) {
                    spacing.set(lines.get(i + 1).number());
                }
            } else if (unwrapped && !l.blank && lines.get(i + 1).blank && !lines.get(i + 2).blank
                    && (parenthetical(l, headings) || parenthetical(lines.get(i + 2), headings))) {
                spacing.set(lines.get(i + 1).number()); // (a long pause), between the cue or the words and the words
            }
        }
        if (apart < Math.max(2, content / 50)) {
            spacing.clear();
            return spacing;
        }
        if (unwrapped) {
            // each paragraph and speech on a line of its own: the blank lines between them are what sets them apart,
            // and only those parting a cue or a parenthetical from the words are spacing
            return spacing;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank) {
                continue;
            }
            // the first blank line under the line that does not carry a page break
            for (int j = i + 1; j < lines.size() && lines.get(j).blank; j++) {
                if (!lines.get(j).source.pageBreakBefore()) {
                    spacing.set(lines.get(j).number());
                    break;
                }
            }
        }
        return spacing;
    }
}

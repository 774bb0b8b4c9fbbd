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
    private static boolean keptTogether(Line line, Line below, SceneHeadingRule headings) {
        if (!below.content.isEmpty() && Character.isLowerCase(below.content.charAt(0))) {
            return true;
        }
        return line.cueShape() != null && below.cueShape() == null && headings.prefixPlace(line.upper()) == null
                && headings.prefixPlace(below.upper()) == null && !headings.endsWithTime(line.content);
    }

    /**
     * The numbers of the blank lines that only space the lines apart, one under each line, when nearly every line
     * has one and they part what belongs together; else none. A script with a paragraph or a speech on one line
     * (see {@link LayoutProfile#unwrapped}) has a blank line under each of them by design, and has none.
     */
    static BitSet spacing(List<Line> lines, SceneHeadingRule headings) {
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
        boolean unwrapped = wide >= 3 && wide * 20 >= content;
        if (content < MIN_LINES || followed < SHARE * (content - 1) || unwrapped) {
            return spacing;
        }
        int apart = 0;
        for (int i = 0; i + 2 <= last; i++) {
            Line l = lines.get(i);
            if (!l.blank && lines.get(i + 1).blank && !lines.get(i + 2).blank && keptTogether(l, lines.get(i + 2), headings)) {
                apart++;
            }
        }
        if (apart < Math.max(2, content / 50)) {
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

package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The characters who speak, learnt from the lines that can only be cues: a cue-shaped line after a
 * blank line with a speech right under it (or, in an indented script, at the cue column). Knowing the
 * cast lets the classifier take {@code AMY} for a cue where the layout alone cannot tell, and refuse
 * {@code SILENCE} or {@code 5 YEARS LATER}, which never speak.
 */
final class Cast {

    private final Map<String, Integer> names = new HashMap<>();

    static Cast learn(List<Line> lines, LayoutProfile layout) {
        Cast cast = new Cast();
        Map<String, Integer> unsure = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank || l.tag != null) {
                continue;
            }
            CharacterCue cue = l.cueShape();
            if (cue == null) {
                continue;
            }
            Line next = nextContent(lines, i);
            if (next == null || next.cueShape() != null) {
                continue;
            }
            boolean adjacent = next.source.number() == l.source.number() + 1;
            boolean blankBefore = i == 0 || lines.get(i - 1).blank || lines.get(i - 1).tag != null;
            boolean byLayout = layout.indented ? layout.atCueColumn(l) && layout.inSpeechColumns(next)
                    : layout.blankLines && blankBefore && adjacent && next.length() <= layout.dialogueWidth + 5;
            if (byLayout) {
                cast.names.merge(cue.name(), 1, Integer::sum);
            } else if (!layout.indented && !layout.blankLines && adjacent && next.length() <= layout.dialogueWidth + 5
                    && !Shapes.startsWithDigit(l.content)) {
                unsure.merge(cue.name(), 1, Integer::sum);
            }
        }
        // With neither indentation nor blank lines, a name counts once it has introduced two speeches.
        unsure.forEach((name, n) -> {
            if (n >= 2) {
                cast.names.merge(name, n, Integer::sum);
            }
        });
        return cast;
    }

    private static Line nextContent(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.blank && l.tag == null) {
                return l;
            }
            if (l.blank) {
                return null;
            }
        }
        return null;
    }

    boolean has(String name) {
        return names.containsKey(name);
    }

    int cues(String name) {
        return names.getOrDefault(name, 0);
    }

    /** A name the script uses for a speaker, matched whatever its case ({@code Amy} for {@code AMY}). */
    boolean hasIgnoringCase(String name) {
        return names.containsKey(Grammar.upper(name));
    }
}

package dev.slate.parse;

import dev.slate.source.ScriptText;
import java.util.List;
import java.util.Map;

/**
 * A parsed screenplay: every non-blank line with its tag, the scene headings and character cues
 * understood, in the text's own line numbers.
 *
 * @param text the script as read
 * @param language the grammar used ({@code en}, {@code fr}, {@code es}, {@code de})
 * @param lines every non-blank line, in order
 * @param headings the heading on each HEADING line, by line number
 * @param cues the cue on each CHARACTER line, by line number
 */
public record Screenplay(ScriptText text, String language, List<TaggedLine> lines, Map<Integer, SceneHeading> headings,
        Map<Integer, CharacterCue> cues) {

    public Screenplay {
        lines = List.copyOf(lines);
        headings = Map.copyOf(headings);
        cues = Map.copyOf(cues);
    }

    /** The TSV of the design document, one row per non-blank line. */
    public String tagsTsv() {
        StringBuilder b = new StringBuilder(lines.size() * 48);
        for (TaggedLine l : lines) {
            b.append(l.tsv()).append('\n');
        }
        return b.toString();
    }
}

package dev.slate.parse;

import dev.slate.source.ScriptText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed screenplay: every non-blank line with its tag, the scene headings and character cues
 * understood, in the text's own line numbers.
 *
 * @param text the script as read
 * @param language the grammar used ({@code en}, {@code fr}, {@code es}, {@code de})
 * @param lines every non-blank line, in order
 * @param headings the heading on each HEADING line, by line number
 * @param cues the cue on each CHARACTER line, by line number
 * @param titlePage the title page, {@link TitlePage#NONE} when there is none
 * @param sequences the script's scenes, grouped (see {@link Sequence} for how)
 * @param spacing the blank lines of a double-spaced script (a blank line under every line) that only space its
 *     lines apart, by number; empty for any other script
 */
public record Screenplay(ScriptText text, String language, List<TaggedLine> lines, Map<Integer, SceneHeading> headings,
        Map<Integer, CharacterCue> cues, TitlePage titlePage, List<Sequence> sequences, Set<Integer> spacing) {

    public Screenplay {
        lines = List.copyOf(lines);
        headings = Map.copyOf(headings);
        cues = Map.copyOf(cues);
        sequences = List.copyOf(sequences);
        spacing = Set.copyOf(spacing);
    }

    /** A screenplay that is not double-spaced. */
    public Screenplay(ScriptText text, String language, List<TaggedLine> lines, Map<Integer, SceneHeading> headings,
            Map<Integer, CharacterCue> cues, TitlePage titlePage, List<Sequence> sequences) {
        this(text, language, lines, headings, cues, titlePage, sequences, Set.of());
    }

    /**
     * Whether line {@code next} comes right after line {@code line} as the script reads: the same line, the line
     * under it, or the one after blank lines that only space a double-spaced script. Two sentences of action so placed are one
     * paragraph.
     */
    public boolean follows(int line, int next) {
        if (spacing.isEmpty()) {
            return next <= line + 1; // most scripts: no line is spacing, and no number need be boxed to ask
        }
        for (int n = line + 1; n < next; n++) {
            if (!spacing.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** Every scene, in order, across sequences. */
    public List<Scene> scenes() {
        return sequences.stream().flatMap(s -> s.scenes().stream()).toList();
    }

    /** The number of pages, from the page breaks the script shows. */
    public int pages() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
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

package dev.slate.parse.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layout of each part of a script. Almost every script has one layout, learnt from the whole of it;
 * but a script put together from several files (an episode pasted after another, pages reprinted by other
 * software) can move its columns part of the way through, and the columns learnt from the whole would then
 * read every speech of the other parts as action. So the speeches are followed down the script: where their
 * dialogue settles in another column for good (several speeches in a row), a new part starts, with a layout
 * learnt from its own lines.
 */
final class Layouts {

    /** Speeches in a row with their dialogue in one column that make a part: fewer is taken for noise. */
    private static final int SPEECHES_IN_A_PART = 6;
    /** Columns a dialogue line may move and stay in the same column (text taken from a PDF or a web page). */
    private static final int SAME_COLUMN = 3;
    private static final int SAME_CUE_COLUMN = 6;

    /** First line of each part, and its layout. */
    private final int[] starts;
    private final LayoutProfile[] profiles;

    private Layouts(int[] starts, LayoutProfile[] profiles) {
        this.starts = starts;
        this.profiles = profiles;
    }

    static Layouts learn(List<Line> lines) {
        LayoutProfile whole = LayoutProfile.learn(lines);
        List<int[]> parts = parts(speeches(lines));
        if (parts.size() < 2) {
            return new Layouts(new int[] {0}, new LayoutProfile[] {whole});
        }
        List<Integer> starts = new ArrayList<>();
        List<LayoutProfile> profiles = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            // a part starts after the blank line before its first speech, so that the heading and action
            // that lead into it are read with its columns; the first part starts at the top
            int from = p == 0 ? 0 : blockStart(lines, parts.get(p)[0], parts.get(p - 1)[1]);
            int to = p + 1 < parts.size() ? blockStart(lines, parts.get(p + 1)[0], parts.get(p)[1]) : lines.size();
            LayoutProfile profile = LayoutProfile.learn(lines.subList(from, to));
            if (!profile.indented) {
                profile = whole; // too little of it to learn from: the columns of the whole script
            }
            if (!profiles.isEmpty() && profiles.get(profiles.size() - 1).sameColumns(profile)) {
                continue;
            }
            starts.add(from);
            profiles.add(profile);
        }
        if (profiles.size() < 2) {
            return new Layouts(new int[] {0}, new LayoutProfile[] {whole});
        }
        return new Layouts(starts.stream().mapToInt(Integer::intValue).toArray(), profiles.toArray(new LayoutProfile[0]));
    }

    /**
     * Each speech of an indented script as {@code {cue line, last line, dialogue column, cue column}}: a line shaped
     * like a cue after a blank line or a line less indented, with lines indented less than it (but indented)
     * right under it.
     */
    private static List<int[]> speeches(List<Line> lines) {
        List<int[]> out = new ArrayList<>();
        for (int i = 1; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line prev = lines.get(i - 1);
            // after a blank line, or right under a line less indented (where a script has no blank lines)
            if (l.blank || l.tag != null || l.indent < 10 || !prev.blank && prev.indent > l.indent - 6 || l.cueShape() == null) {
                continue;
            }
            int j = i + 1;
            int dialogue = -1;
            boolean parenthetical = false;
            while (j < lines.size()) {
                Line d = lines.get(j);
                if (d.blank || d.tag != null || d.indent <= 0 || d.indent >= l.indent) {
                    break;
                }
                if (parenthetical || d.content.startsWith("(")) {
                    parenthetical = !d.content.endsWith(")");
                } else if (dialogue < 0) {
                    dialogue = d.indent;
                } else if (Math.abs(d.indent - dialogue) > SAME_COLUMN) {
                    break; // action under the speech, where a script has no blank lines
                }
                j++;
            }
            if (dialogue >= 0) {
                out.add(new int[] {i, j - 1, dialogue, l.indent});
            }
            i = j - 1; // each line is read once: a staircase of cue-shaped lines does not read what is under it again
        }
        return out;
    }

    /**
     * Runs of speeches whose dialogue and cues stay in their columns, as {@code {first cue line, last line}}: a run
     * shorter than {@link #SPEECHES_IN_A_PART} belongs to the part around it.
     */
    private static List<int[]> parts(List<int[]> speeches) {
        List<int[]> parts = new ArrayList<>();
        int[] column = null;
        int i = 0;
        while (i < speeches.size()) {
            int j = i;
            while (j < speeches.size() && sameColumns(speeches.get(j), speeches.get(i))) {
                j++;
            }
            boolean settled = j - i >= SPEECHES_IN_A_PART;
            if (settled && (column == null || !sameColumns(speeches.get(i), column))) {
                parts.add(new int[] {speeches.get(i)[0], speeches.get(j - 1)[1]});
                column = speeches.get(i);
            } else if (!parts.isEmpty()) {
                parts.get(parts.size() - 1)[1] = speeches.get(j - 1)[1];
            }
            i = j;
        }
        return parts;
    }

    /** Dialogue in the same column, and cues too, give or take a centred cue's shift with the name's length. */
    private static boolean sameColumns(int[] speech, int[] other) {
        return Math.abs(speech[2] - other[2]) <= SAME_COLUMN && Math.abs(speech[3] - other[3]) <= SAME_CUE_COLUMN;
    }

    /** The line after the last blank line before {@code cue}, not before {@code after}. */
    private static int blockStart(List<Line> lines, int cue, int after) {
        int i = cue;
        while (i > after + 1 && !lines.get(i - 1).blank) {
            i--;
        }
        // back over the heading and action that come before the first speech, to the end of the last one
        while (i > after + 1 && (lines.get(i - 1).blank || lines.get(i - 1).indent < lines.get(cue).indent - 6)) {
            i--;
        }
        return i;
    }

    /** The layout of the part line {@code i} is in. */
    LayoutProfile at(int i) {
        if (starts.length == 1) {
            return profiles[0];
        }
        int p = Arrays.binarySearch(starts, i); // a script of many parts is not searched from the top for each line
        return profiles[p >= 0 ? p : Math.max(0, -p - 2)];
    }

    /** The layout of the first part, where the title page is. */
    LayoutProfile first() {
        return profiles[0];
    }

    int parts() {
        return profiles.length;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < starts.length; p++) {
            b.append(p == 0 ? "" : "\n").append("from line index ").append(starts[p]).append(": ").append(profiles[p]);
        }
        return b.toString();
    }
}

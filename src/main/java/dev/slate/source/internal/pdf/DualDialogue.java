package dev.slate.source.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Two speeches printed side by side: each line holds a piece of both. Found by a line with two cues
 * (two runs of capitals, the first indented), then every line under it without a blank line between;
 * each run of text goes to the speech on whose side it starts. The page is rewritten with the left
 * speech, a blank line, then the right speech, each moved so its cue stands where the script's other cues
 * do (a word processor's table or Final Draft sets the left one near the action's margin), so each reads
 * like any other speech.
 */
final class DualDialogue {
    private DualDialogue() {
    }

    /** A page's lines with each side-by-side pair of speeches printed one after the other. */
    static List<Row> rows(List<PrintedLine> page, CharacterGrid grid) {
        return rows(page, grid, Float.NaN);
    }

    /**
     * The same, each pair of speeches moved so its cues stand at {@code cueX}, the script's usual cue position
     * (see {@link #usualCue}); where it is NaN, the right speech is moved under the left one.
     */
    static List<Row> rows(List<PrintedLine> page, CharacterGrid grid, float cueX) {
        List<Row> rows = new ArrayList<>(page.size());
        float previous = Float.NaN;
        int i = 0;
        while (i < page.size()) {
            PrintedLine line = page.get(i);
            int blanks = Float.isNaN(previous) ? 0 : grid.blankLinesBetween(line.baseline() - previous);
            List<List<Glyph>> cues = cues(line, grid);
            int end = cues == null ? i + 1 : blockEnd(page, i, grid);
            if (end - i < 2) {
                rows.add(new Row(line.glyphs(), 0, blanks));
                previous = line.baseline();
                i++;
                continue;
            }
            float leftCue = cues.get(0).get(0).x();
            float rightCue = cues.get(1).get(0).x();
            float middle = (leftCue + rightCue) / 2;
            List<PrintedLine> left = new ArrayList<>();
            List<PrintedLine> right = new ArrayList<>();
            for (int j = i; j < end; j++) {
                List<Glyph> l = new ArrayList<>();
                List<Glyph> r = new ArrayList<>();
                for (List<Glyph> run : page.get(j).runs(grid.characterWidth() * 2)) {
                    (run.get(0).x() >= middle ? r : l).addAll(run);
                }
                if (!l.isEmpty()) {
                    left.add(new PrintedLine(page.get(j).baseline(), l));
                }
                if (!r.isEmpty()) {
                    right.add(new PrintedLine(page.get(j).baseline(), r));
                }
            }
            float anchor = Float.isNaN(cueX) ? leftCue : cueX;
            addSpeech(rows, left, leftCue - anchor, blanks, grid);
            addSpeech(rows, right, rightCue - anchor, 1, grid);
            previous = page.get(end - 1).baseline();
            i = end;
        }
        return rows;
    }

    private static void addSpeech(List<Row> rows, List<PrintedLine> speech, float shift, int blanks, CharacterGrid grid) {
        for (int k = 0; k < speech.size(); k++) {
            int b = k == 0 ? blanks : grid.blankLinesBetween(speech.get(k).baseline() - speech.get(k - 1).baseline());
            rows.add(new Row(speech.get(k).glyphs(), shift, b));
        }
    }

    /**
     * Where the document's cues usually start: a line of capitals alone, indented, over a line that starts further
     * left without a blank line between (its speech), the position most of them share; NaN with fewer than three.
     */
    static float usualCue(List<List<PrintedLine>> pages, CharacterGrid grid) {
        java.util.Map<Integer, Integer> columns = new java.util.HashMap<>();
        int found = 0;
        for (List<PrintedLine> page : pages) {
            for (int i = 0; i + 1 < page.size(); i++) {
                PrintedLine line = page.get(i);
                PrintedLine next = page.get(i + 1);
                int column = grid.column(line.start());
                if (column < 5 || grid.blankLinesBetween(next.baseline() - line.baseline()) > 0
                        || grid.column(next.start()) > column - 2) {
                    continue;
                }
                List<List<Glyph>> runs = line.runs(grid.characterWidth() * 3);
                if (runs.size() == 1 && isCue(runs.get(0))) {
                    columns.merge(column, 1, Integer::sum);
                    found++;
                }
            }
        }
        if (found < 3) {
            return Float.NaN;
        }
        int best = columns.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return grid.leftMargin() + best * grid.characterWidth();
    }

    /** The two cues of a line that starts a pair of speeches, or null. */
    private static List<List<Glyph>> cues(PrintedLine line, CharacterGrid grid) {
        List<List<Glyph>> runs = line.runs(grid.characterWidth() * 3);
        if (runs.size() != 2 || grid.column(runs.get(0).get(0).x()) < 5) {
            return null;
        }
        return isCue(runs.get(0)) && isCue(runs.get(1)) ? runs : null;
    }

    /** Capitals, at least two letters, none in lower case, not a transition's colon. */
    private static boolean isCue(List<Glyph> run) {
        int letters = 0;
        String last = "";
        for (Glyph g : run) {
            for (int k = 0; k < g.text().length(); k++) {
                char c = g.text().charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            last = g.text();
        }
        return letters >= 2 && !last.endsWith(":");
    }

    /** The line after the last of the block that starts at {@code start}: lines with no blank between. */
    private static int blockEnd(List<PrintedLine> page, int start, CharacterGrid grid) {
        int end = start + 1;
        while (end < page.size() && grid.blankLinesBetween(page.get(end).baseline() - page.get(end - 1).baseline()) == 0) {
            end++;
        }
        return end;
    }

    /** A line to print: its glyphs, moved left by {@code shift} points, after so many blank lines. */
    record Row(List<Glyph> glyphs, float shift, int blanksBefore) {
    }
}

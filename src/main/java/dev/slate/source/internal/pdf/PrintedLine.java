package dev.slate.source.internal.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The glyphs that share one baseline on a page, left to right. */
record PrintedLine(float baseline, List<Glyph> glyphs) {

    PrintedLine {
        glyphs = List.copyOf(glyphs);
    }

    float start() {
        return glyphs.get(0).x();
    }

    /**
     * A page's glyphs grouped into lines, top to bottom. Glyphs whose baselines differ by less than a third
     * of their size are one line: a baseline drifts by a fraction of a point between two strings of a line,
     * never by a third of a line.
     */
    static List<PrintedLine> group(List<Glyph> page) {
        List<Glyph> byBaseline = new ArrayList<>(page);
        byBaseline.sort(Comparator.comparingDouble(Glyph::baseline));
        List<PrintedLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float first = 0;
        for (Glyph g : byBaseline) {
            if (!current.isEmpty() && g.baseline() - first > Math.max(1f, g.size() / 3)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static PrintedLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        return new PrintedLine(glyphs.get(0).baseline(), glyphs);
    }

    /** Runs of glyphs separated by at least {@code gap} points of empty paper. */
    List<List<Glyph>> runs(float gap) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!run.isEmpty() && g.x() - run.get(run.size() - 1).end() >= gap) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}

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
     * A page's glyphs grouped into lines, top to bottom. Taken in the order of their baselines, a glyph less than
     * a third of its size below the one before is on the same line: a baseline drifts by a fraction of a point
     * between two strings of a line, never by a third of a line. Measured from the glyph before rather than from
     * the line's first, so that a line a scan tilted, whose baseline OCR sets sloping across the page by more
     * than that, stays one line (at a degree's tilt, its ends are 8 points apart and the next line 12 points on).
     */
    static List<PrintedLine> group(List<Glyph> page) {
        List<Glyph> byBaseline = new ArrayList<>(page);
        byBaseline.sort(Comparator.comparingDouble(Glyph::baseline));
        List<PrintedLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float last = 0;
        for (Glyph g : byBaseline) {
            if (!current.isEmpty() && g.baseline() - last > Math.max(1f, g.size() / 3)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            last = g.baseline();
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

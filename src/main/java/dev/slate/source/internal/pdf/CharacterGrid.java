package dev.slate.source.internal.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typewriter grid a script was printed on: the width of one character (screenplays are set in a
 * monospace font, Courier and its kin, 12 points, ten characters an inch), the distance between two
 * lines, and the left margin, which becomes column 0.
 */
record CharacterGrid(float characterWidth, float lineHeight, float leftMargin) {

    /** The grid of a whole document, so that a page with few lines is read like the others. */
    static CharacterGrid of(List<List<PrintedLine>> pages) {
        List<Float> widths = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        List<Float> gaps = new ArrayList<>();
        for (List<PrintedLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                for (Glyph g : page.get(i).glyphs()) {
                    if (g.width() > 0) {
                        widths.add(g.width());
                    }
                    sizes.add(g.size());
                }
                if (i > 0) {
                    gaps.add(page.get(i).baseline() - page.get(i - 1).baseline());
                }
            }
        }
        float size = sizes.isEmpty() ? 12 : median(sizes);
        float width = dominant(widths, 0.05f, size * 0.6f);
        return new CharacterGrid(width, lineHeight(gaps, size), leftMargin(pages, width));
    }

    /**
     * The smallest distance between two baselines that the document uses again and again: two lines with
     * one blank line between are twice as far apart, and a sparse page may have more of those. Closer
     * baselines (a superscript, overprinted text) do not count.
     */
    private static float lineHeight(List<Float> gaps, float size) {
        float step = 0.25f;
        Map<Long, Integer> counts = new HashMap<>();
        for (float g : gaps) {
            if (g >= size * 0.8f) {
                counts.merge((long) Math.round(g / step), 1, Integer::sum);
            }
        }
        int needed = Math.max(2, gaps.size() / 20);
        long best = Long.MAX_VALUE;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() >= needed && e.getKey() < best) {
                best = e.getKey();
            }
        }
        return best == Long.MAX_VALUE ? size * 1.2f : best * step;
    }

    /**
     * The value most of the sample shares (a monospace font's one advance width, a script's one line
     * spacing), when at least a third share it; else the median; else the fallback.
     */
    private static float dominant(List<Float> sample, float step, float fallback) {
        if (sample.isEmpty()) {
            return fallback;
        }
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (float v : sample) {
            long k = Math.round(v / step);
            int c = counts.merge(k, 1, Integer::sum);
            if (c > bestCount || c == bestCount && k < best) {
                best = k;
                bestCount = c;
            }
        }
        if (bestCount * 3 >= sample.size()) {
            return best * step;
        }
        return median(sample);
    }

    private static float median(List<Float> sample) {
        List<Float> sorted = new ArrayList<>(sample);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The leftmost position where lines start, ignoring a stray mark: at least two lines (or one in a
     * hundred) must start there.
     */
    private static float leftMargin(List<List<PrintedLine>> pages, float width) {
        List<Float> starts = new ArrayList<>();
        for (List<PrintedLine> page : pages) {
            for (PrintedLine l : page) {
                starts.add(l.start());
            }
        }
        if (starts.isEmpty()) {
            return 0;
        }
        Collections.sort(starts);
        int needed = Math.max(2, starts.size() / 100);
        for (int i = 0; i + needed - 1 < starts.size(); i++) {
            if (starts.get(i + needed - 1) - starts.get(i) <= width / 2) {
                return starts.get(i);
            }
        }
        return starts.get(0);
    }

    /** The column a position falls in; left of the margin is column 0. */
    /**
     * No page is wider than this many characters (a Letter page in Courier 12 holds 85): a glyph a damaged
     * file places further out, or a font whose width is next to nothing, is set there rather than millions
     * of spaces away.
     */
    static final int LAST_COLUMN = 500;

    int column(float x) {
        return Math.max(0, Math.min(LAST_COLUMN, Math.round((x - leftMargin) / characterWidth)));
    }

    /** Blank lines between two baselines this far apart. */
    int blankLinesBetween(float distance) {
        return Math.max(0, Math.min(60, Math.round(distance / lineHeight) - 1));
    }
}

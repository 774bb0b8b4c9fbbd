package dev.slate.source.internal.pdf;

import java.util.List;

/**
 * Writes pages of glyphs as the text a typewriter would have printed: each glyph in its column, blank
 * lines for vertical gaps, a form feed before each page after the first.
 */
final class LayoutWriter {
    private final CharacterGrid grid;

    LayoutWriter(CharacterGrid grid) {
        this.grid = grid;
    }

    String write(List<List<PrintedLine>> pages) {
        StringBuilder out = new StringBuilder(pages.size() * 3000);
        float cueX = DualDialogue.usualCue(pages, grid);
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append('\f');
            }
            List<DualDialogue.Row> rows = DualDialogue.rows(pages.get(p), grid, cueX);
            if (rows.isEmpty()) {
                out.append('\n');
            }
            for (int r = 0; r < rows.size(); r++) {
                DualDialogue.Row row = rows.get(r);
                if (r > 0) {
                    out.append("\n".repeat(row.blanksBefore()));
                }
                line(out, row);
                out.append('\n');
            }
        }
        return out.toString();
    }

    private void line(StringBuilder out, DualDialogue.Row row) {
        int start = out.length();
        Glyph previous = null;
        for (Glyph g : row.glyphs()) {
            float x = g.x() - row.shift();
            if (previous != null && g.text().equals(previous.text()) && Math.abs(g.x() - previous.x()) < grid.characterWidth() / 3) {
                continue; // drawn twice, slightly offset, to look bold
            }
            int written = out.length() - start;
            if (previous == null) {
                out.append(" ".repeat(Math.max(0, grid.column(x) - written)));
            } else if (g.x() - previous.end() > grid.characterWidth() / 3) {
                // the gap as so many spaces: columns counted from the margin would round a line set half a column
                // off the grid (a centred title) one way here and the other way there
                // (never past the last column: a damaged file may set a glyph millions of points away)
                int spaces = Math.round((g.x() - previous.end()) / grid.characterWidth());
                out.append(" ".repeat(Math.max(1, Math.min(spaces, CharacterGrid.LAST_COLUMN - written))));
            }
            out.append(g.text());
            previous = g;
        }
    }
}

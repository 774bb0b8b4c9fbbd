package dev.slate.source.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of every page with its position. PDFTextStripper's own output is not used: it
 * joins a line's words with single spaces and so loses the indentation that tells a cue from action.
 */
final class GlyphCollector extends PDFTextStripper {
    private final int maxGlyphs;
    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> page;
    private int total;

    GlyphCollector(int maxGlyphs) {
        this.maxGlyphs = maxGlyphs;
    }

    /** The glyphs of each page, in drawing order. */
    List<List<Glyph>> collect(PDDocument document) throws IOException {
        getText(document);
        return pages;
    }

    @Override
    protected void startPage(PDPage p) {
        page = new ArrayList<>();
        pages.add(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isBlank()) {
            return; // spaces are rebuilt from positions
        }
        if (++total > maxGlyphs) {
            throw new TooMuchText();
        }
        page.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt(), text));
    }

    @Override
    protected void writePage() {
        // the layout is rebuilt from the collected glyphs, not from the stripper's text
    }

    /** More text than any script has: the reader stops at once rather than fill memory. */
    static final class TooMuchText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super(null, null, false, false);
        }
    }
}

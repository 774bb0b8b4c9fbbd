package dev.slate.source.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pitch a text layer's words keep where its glyphs' widths do not. OCR (tesseract, and ocrmypdf, which
 * runs it) draws each word it read as wide as the ink it found: narrower than the word's characters stood on
 * the typed page, so the gap after every word measured two or three spaces, and a heading's {@code END OF
 * TEASER} read {@code END  OF  TEASER}. The words still start where the typewriter put them, so the distance
 * from one word's start to the next, over the characters it holds and the space after it, is the page's
 * pitch. Where most words agree on a pitch wider than the glyphs, each word's glyphs are set back on it from
 * the word's start; a text layer drawn in its font's own widths (every typeset PDF) agrees with its glyphs and
 * is left as it is.
 */
final class WordPitch {
    /** Words needed to trust a pitch, and the share of them that must agree on it to within 3%. */
    private static final int MIN_WORDS = 30;
    private static final double AGREEING = 0.4;
    /** How much wider than the glyphs the pitch must be: less is the rounding of ordinary text layers. */
    private static final double WIDER = 1.1;

    private WordPitch() {
    }

    /** The pages with their words set back on the pitch they keep, or the same pages where there is none. */
    static List<List<PrintedLine>> regularize(List<List<PrintedLine>> pages, CharacterGrid grid) {
        float pitch = pitch(pages);
        if (pitch <= 0 || pitch < grid.characterWidth() * WIDER) {
            return pages;
        }
        List<List<PrintedLine>> out = new ArrayList<>(pages.size());
        for (List<PrintedLine> page : pages) {
            List<PrintedLine> lines = new ArrayList<>(page.size());
            for (PrintedLine line : page) {
                lines.add(onPitch(line, pitch));
            }
            out.add(lines);
        }
        return out;
    }

    /** The pitch most words agree on, or 0. */
    static float pitch(List<List<PrintedLine>> pages) {
        float[] sample = new float[64];
        int n = 0;
        for (List<PrintedLine> page : pages) {
            for (PrintedLine line : page) {
                List<Glyph> glyphs = line.glyphs();
                int wordStart = 0;
                for (int i = 1; i < glyphs.size(); i++) {
                    if (startsWord(glyphs.get(i - 1), glyphs.get(i))) {
                        if (n == sample.length) {
                            sample = Arrays.copyOf(sample, n * 2);
                        }
                        sample[n++] = (glyphs.get(i).x() - glyphs.get(wordStart).x()) / (i - wordStart + 1);
                        wordStart = i;
                    }
                }
            }
        }
        if (n < MIN_WORDS) {
            return 0;
        }
        Arrays.sort(sample, 0, n);
        // the widest run of samples within 3% of its first: the words a single space follows
        int best = 0;
        int bestFrom = 0;
        for (int from = 0, to = 0; from < n; from++) {
            while (to < n && sample[to] <= sample[from] * 1.03f) {
                to++;
            }
            if (to - from > best) {
                best = to - from;
                bestFrom = from;
            }
        }
        return best >= n * AGREEING ? sample[bestFrom + best / 2] : 0;
    }

    /** A glyph set apart from the one before by empty paper: the first of a word. */
    private static boolean startsWord(Glyph before, Glyph g) {
        return g.x() - before.end() > Math.max(before.width(), 0.1f) * 0.3f;
    }

    private static PrintedLine onPitch(PrintedLine line, float pitch) {
        List<Glyph> glyphs = line.glyphs();
        List<Glyph> set = new ArrayList<>(glyphs.size());
        float wordStart = 0;
        int inWord = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (i == 0 || startsWord(glyphs.get(i - 1), g)) {
                wordStart = g.x();
                inWord = 0;
            }
            set.add(new Glyph(wordStart + inWord * pitch, g.baseline(), pitch, g.size(), g.text()));
            inWord++;
        }
        return new PrintedLine(line.baseline(), set);
    }
}

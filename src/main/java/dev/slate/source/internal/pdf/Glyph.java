package dev.slate.source.internal.pdf;

/**
 * One character drawn on a page, where the page shows it: {@code x} from the left edge, {@code baseline}
 * from the top, both in points.
 */
record Glyph(float x, float baseline, float width, float size, String text) {

    float end() {
        return x + width;
    }
}

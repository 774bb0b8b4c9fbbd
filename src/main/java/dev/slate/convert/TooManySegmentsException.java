package dev.slate.convert;

/**
 * A screenplay whose timeline would hold more segments than the converter's limit. The limit bounds the
 * memory a conversion takes: each segment costs a few kilobytes until it is written, and a hostile or
 * broken file of a few megabytes can describe hundreds of thousands of shots. A feature film makes about
 * 9,000 segments.
 */
public final class TooManySegmentsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    public TooManySegmentsException(int limit) {
        super("makes more than " + limit + " segments");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}

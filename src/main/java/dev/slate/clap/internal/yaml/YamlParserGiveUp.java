package dev.slate.clap.internal.yaml;

/**
 * Thrown by {@link YamlParser} when the input leaves the block-style subset it handles: the caller then
 * reads the text with {@link YamlLoader}, which gives the authoritative value or error. Carries the
 * reason (for tests and diagnostics) but no stack trace: giving up is ordinary control flow.
 */
public final class YamlParserGiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    YamlParserGiveUp(String reason, int offset) {
        super(reason, null, false, false);
        this.offset = offset;
    }

    /** Where in the text the parser gave up (a char offset). */
    public int offset() {
        return offset;
    }
}

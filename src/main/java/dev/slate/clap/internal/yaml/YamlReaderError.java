package dev.slate.clap.internal.yaml;

/** A YAML text that cannot be read, or that is over a limit: a one-line reason and the line (1-based, 0 if unknown). */
public final class YamlReaderError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String reason;

    public YamlReaderError(int line, String reason) {
        super((line > 0 ? "line " + line + ": " : "") + reason, null, false, false);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}

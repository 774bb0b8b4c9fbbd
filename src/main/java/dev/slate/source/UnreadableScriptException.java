package dev.slate.source;

/**
 * A script a reader cannot read: a damaged PDF, one with no text layer, malformed XML. The message is one
 * line, fit to show a user after the input's name.
 */
public final class UnreadableScriptException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public UnreadableScriptException(String reason) {
        this(reason, 0, null);
    }

    /** A reason tied to a line of the input (1-based), or 0 when it has none. */
    public UnreadableScriptException(String reason, int line) {
        this(reason, line, null);
    }

    public UnreadableScriptException(String reason, int line, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + reason : reason, cause, false, false);
        this.line = line;
    }

    /** The input's line the reason is about, or 0. */
    public int line() {
        return line;
    }
}

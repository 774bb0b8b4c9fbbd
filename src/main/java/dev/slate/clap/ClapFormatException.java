package dev.slate.clap;

/**
 * A file that cannot be read as OpenClap. {@link #getMessage()} is one line naming the file, the item
 * (and YAML line, when known) and the reason, fit to show a user as it is.
 */
public final class ClapFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String item;
    private final String reason;

    /**
     * @param source the file name, or a label such as {@code <stdin>}
     * @param item where in the file: {@code header}, {@code segment 12}, {@code line 40}; null when it is the whole file
     * @param reason what is wrong, in a few words
     */
    public ClapFormatException(String source, String item, String reason) {
        this(source, item, reason, null);
    }

    public ClapFormatException(String source, String item, String reason, Throwable cause) {
        super(format(source, item, reason), cause);
        this.source = source;
        this.item = item;
        this.reason = reason;
    }

    private static String format(String source, String item, String reason) {
        String oneLine = reason == null ? "unreadable" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return (source == null ? "<input>" : source) + ": " + (item == null ? "" : item + ": ") + oneLine;
    }

    public String source() {
        return source;
    }

    public String item() {
        return item;
    }

    public String reason() {
        return reason;
    }
}

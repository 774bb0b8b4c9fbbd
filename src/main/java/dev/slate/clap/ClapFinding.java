package dev.slate.clap;

/**
 * Something a reader or validator noticed about a file.
 *
 * @param item where: {@code header}, {@code meta}, {@code workflow 0}, {@code entity 3}, {@code scene 2},
 *     {@code segment 12} (indexes 0-based within their section)
 * @param field the field concerned, empty when it is the whole item
 */
public record ClapFinding(Severity severity, String item, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public static ClapFinding error(String item, String field, String message) {
        return new ClapFinding(Severity.ERROR, item, field == null ? "" : field, message);
    }

    public static ClapFinding warning(String item, String field, String message) {
        return new ClapFinding(Severity.WARNING, item, field == null ? "" : field, message);
    }

    /** {@code error segment 12 track: message}, one line. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + item
                + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}

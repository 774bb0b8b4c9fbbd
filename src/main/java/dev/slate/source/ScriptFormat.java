package dev.slate.source;

import dev.slate.internal.Cases;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a script arrives in. Each is read into the same {@link ScriptText}, so the parser and the
 * converter never need to know where a script came from.
 */
public enum ScriptFormat {
    /** Plain text, indented as printed or flattened. */
    TEXT("text/plain", "txt", "text"),
    /** Fountain 1.1 markup. */
    FOUNTAIN("text/x-fountain", "fountain", "spmd"),
    /** A PDF with a text layer. */
    PDF("application/pdf", "pdf"),
    /** Final Draft's XML format. */
    FDX("application/x-fdx", "fdx"),
    /** A web page holding a script, as script archives publish them, or its text scraped with the tags in it. */
    HTML("text/html", "html", "htm");

    /** What Slate reads, for the messages that refuse something else. */
    public static final String READABLE = "plain text, Fountain, PDF, Final Draft (.fdx) and web-page (.html) scripts";

    private final String mediaType;
    private final String[] extensions;

    ScriptFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The names a user gives a format by ({@code text, fountain, pdf, fdx, html}), for messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (ScriptFormat f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The format a file's extension names, if it names one ({@code script.fountain}, {@code FILM.PDF}). */
    public static Optional<ScriptFormat> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        if (dot < 0 || dot < slash) {
            return Optional.empty();
        }
        return byExtension(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The format an HTTP {@code Content-Type} names. {@code text/plain} is not taken as a promise: tools send
     * it for Fountain too, so it leaves the choice to the content.
     */
    public static Optional<ScriptFormat> fromMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = Cases.lower(contentType.split(";", 2)[0].trim());
        switch (type) {
            case "application/pdf", "application/x-pdf":
                return Optional.of(PDF);
            case "application/x-fdx", "application/vnd.finaldraft.fdx", "application/xml", "text/xml",
                    "application/x-final-draft":
                return Optional.of(FDX);
            case "text/x-fountain", "text/fountain", "application/x-fountain", "text/vnd.fountain":
                return Optional.of(FOUNTAIN);
            case "text/html", "application/xhtml+xml":
                return Optional.of(HTML);
            default:
                return Optional.empty();
        }
    }

    /** A format named by a user ({@code --format fountain}): its name or one of its extensions. */
    public static Optional<ScriptFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Cases.lower(name.trim());
        for (ScriptFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(f);
            }
        }
        return byExtension(n);
    }

    private static Optional<ScriptFormat> byExtension(String ext) {
        for (ScriptFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The format the bytes themselves show: a PDF by its signature, Final Draft by its root element,
     * Fountain by markup that plain text does not use; anything else is plain text.
     */
    public static ScriptFormat sniff(byte[] bytes) {
        return signature(bytes).orElseGet(() -> FountainSniffer.looksLikeFountain(bytes) ? FOUNTAIN : TEXT);
    }

    /**
     * PDF, Final Draft or a web page when the bytes carry their signature (for a page, its opening tags, or lines
     * that start with tags as a scraped one's do); nothing for text, Fountain or the rest.
     */
    private static Optional<ScriptFormat> signature(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF-") || head.indexOf("%PDF-") >= 0 && head.indexOf("%PDF-") < 1024) {
            return Optional.of(PDF);
        }
        String lead = head.stripLeading();
        if (lead.startsWith("\u00EF\u00BB\u00BF")) {
            lead = lead.substring(3).stripLeading();
        }
        if ((lead.startsWith("<?xml") || lead.startsWith("<FinalDraft")) && head.contains("<FinalDraft")) {
            return Optional.of(FDX);
        }
        if (isWebPage(bytes, lead)) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** Lines of a scraped page that start with one of these tags, in any case: {@code <b>   MAGGIE}. */
    private static final String[] LINE_TAGS = {"<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<br>", "<br/>", "<p>", "</p>",
        "<pre>", "</pre>", "<strong>", "</strong>"};
    /** How many such lines within {@link #TAGGED_SPAN} make a text a scraped page: more than a stray mention. */
    private static final int TAGGED_LINES = 3;
    private static final int TAGGED_SPAN = 1 << 14;

    private static boolean isWebPage(byte[] bytes, String lead) {
        if (!lead.startsWith("<")) {
            return taggedLines(bytes) >= TAGGED_LINES;
        }
        String start = Cases.lower(lead.substring(0, Math.min(lead.length(), 1024)));
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")
                && (start.startsWith("<?xml") || start.startsWith("<!--")) || taggedLines(bytes) >= TAGGED_LINES;
    }

    private static int taggedLines(byte[] bytes) {
        int n = Math.min(bytes.length, TAGGED_SPAN);
        int found = 0;
        boolean lineStart = true;
        for (int i = 0; i < n && found < TAGGED_LINES; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                lineStart = true;
            } else if (b == ' ' || b == '\t') {
                continue;
            } else {
                if (lineStart && b == '<' && startsWithLineTag(bytes, i, n)) {
                    found++;
                }
                lineStart = false;
            }
        }
        return found;
    }

    private static boolean startsWithLineTag(byte[] bytes, int at, int n) {
        for (String tag : LINE_TAGS) {
            if (at + tag.length() <= n && regionMatchesIgnoreCase(bytes, at, tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatchesIgnoreCase(byte[] bytes, int at, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            int c = bytes[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The format of an input: the one asked for; else a PDF or Final Draft file by its signature, whatever
     * it is called; else the file name's, the media type's, or the content's.
     */
    public static ScriptFormat detect(ScriptFormat asked, String fileName, String contentType, byte[] bytes) {
        if (asked != null) {
            return asked;
        }
        // a signature is proof; a name or a media type is only a claim; Fountain markup is looked for last
        return signature(bytes).or(() -> fromFileName(fileName)).or(() -> fromMediaType(contentType))
                .orElseGet(() -> FountainSniffer.looksLikeFountain(bytes) ? FOUNTAIN : TEXT);
    }
}

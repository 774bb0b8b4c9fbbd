package dev.slate.source;

import dev.slate.source.internal.fdx.FdxSource;
import dev.slate.source.internal.fountain.FountainSource;
import dev.slate.source.internal.html.HtmlSource;
import dev.slate.source.internal.pdf.PdfSource;

/** The reader for each {@link ScriptFormat}. */
public final class ScriptSources {
    /** The most pages of a PDF read by default: a feature runs to 120 or so; a longer PDF is not one script. */
    public static final int DEFAULT_MAX_PDF_PAGES = PdfSource.DEFAULT_MAX_PAGES;

    private ScriptSources() {
    }

    /** Reads bytes in the given format; {@code null} detects it from the content. */
    public static ScriptText read(byte[] bytes, ScriptFormat format) throws UnreadableScriptException {
        return read(bytes, format, DEFAULT_MAX_PDF_PAGES);
    }

    /**
     * The same, refusing a PDF of more than {@code maxPdfPages} pages. Bytes with no script text at all (none,
     * or lines that are all blank) are refused too, whatever the format: a file or an upload with nothing in
     * it is a mistake to report, not an empty film to make. Text already in memory ({@code ScriptText.of}) is
     * not checked: a writing app's new document is empty.
     */
    public static ScriptText read(byte[] bytes, ScriptFormat format, int maxPdfPages) throws UnreadableScriptException {
        if (bytes.length == 0) {
            throw new UnreadableScriptException("an empty file, not a script");
        }
        ScriptFormat f = format != null ? format : ScriptFormat.sniff(bytes);
        ScriptText text = f == ScriptFormat.PDF && maxPdfPages != DEFAULT_MAX_PDF_PAGES
                ? new PdfSource(maxPdfPages, PdfSource.DEFAULT_MAX_CHARACTERS).read(bytes)
                : source(f).read(bytes);
        if (text.lines().stream().allMatch(ScriptLine::isBlank)) {
            throw new UnreadableScriptException("no script text: every line is blank");
        }
        return text;
    }

    public static ScriptSource source(ScriptFormat format) {
        return switch (format) {
            case TEXT -> PlainTextSource.INSTANCE;
            case FOUNTAIN -> FountainSource.INSTANCE;
            case PDF -> PdfSource.INSTANCE;
            case FDX -> FdxSource.INSTANCE;
            case HTML -> HtmlSource.INSTANCE;
        };
    }
}

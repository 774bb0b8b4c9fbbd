package dev.slate.source;

import dev.slate.source.internal.fdx.FdxSource;
import dev.slate.source.internal.fountain.FountainSource;
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

    /** The same, refusing a PDF of more than {@code maxPdfPages} pages. */
    public static ScriptText read(byte[] bytes, ScriptFormat format, int maxPdfPages) throws UnreadableScriptException {
        ScriptFormat f = format != null ? format : ScriptFormat.sniff(bytes);
        if (f == ScriptFormat.PDF && maxPdfPages != DEFAULT_MAX_PDF_PAGES) {
            return new PdfSource(maxPdfPages, PdfSource.DEFAULT_MAX_CHARACTERS).read(bytes);
        }
        return source(f).read(bytes);
    }

    public static ScriptSource source(ScriptFormat format) {
        return switch (format) {
            case TEXT -> PlainTextSource.INSTANCE;
            case FOUNTAIN -> FountainSource.INSTANCE;
            case PDF -> PdfSource.INSTANCE;
            case FDX -> FdxSource.INSTANCE;
        };
    }
}

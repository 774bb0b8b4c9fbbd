package dev.slate.source;

import dev.slate.source.internal.fdx.FdxSource;
import dev.slate.source.internal.fountain.FountainSource;
import dev.slate.source.internal.pdf.PdfSource;

/** The reader for each {@link ScriptFormat}. */
public final class ScriptSources {
    private ScriptSources() {
    }

    /** Reads bytes in the given format; {@code null} detects it from the content. */
    public static ScriptText read(byte[] bytes, ScriptFormat format) throws UnreadableScriptException {
        ScriptFormat f = format != null ? format : ScriptFormat.sniff(bytes);
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

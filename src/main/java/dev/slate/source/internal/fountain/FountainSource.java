package dev.slate.source.internal.fountain;

import dev.slate.source.DecodedText;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSource;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import dev.slate.source.UnreadableScriptException;

/**
 * Fountain 1.1: the file is decoded like plain text and kept as written (so line numbers are the file's
 * lines), and each of its lines is given the element its markup declares.
 */
public final class FountainSource implements ScriptSource {
    public static final FountainSource INSTANCE = new FountainSource();

    private FountainSource() {
    }

    @Override
    public ScriptText read(byte[] bytes) throws UnreadableScriptException {
        DecodedText decoded = TextDecoder.decodeScript(bytes, "Fountain script");
        return read(decoded.text(), decoded.charset());
    }

    /** Reads Fountain already decoded. */
    public static ScriptText read(String fountain, String charset) {
        ScriptText text = ScriptText.of(fountain, charset);
        return text.from(ScriptFormat.FOUNTAIN, new FountainReader(text).read());
    }
}

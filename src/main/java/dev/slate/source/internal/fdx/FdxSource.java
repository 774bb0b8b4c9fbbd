package dev.slate.source.internal.fdx;

import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSource;
import dev.slate.source.ScriptText;
import dev.slate.source.UnreadableScriptException;

/**
 * Final Draft (.fdx): the XML read safely ({@link FdxXml}), each paragraph taken at its declared type
 * ({@link ElementTypes}), and the script laid out as printed text ({@link PrintedLayout}), which is what
 * line numbers and the {@code .clap}'s embedded screenplay refer to.
 */
public final class FdxSource implements ScriptSource {
    public static final FdxSource INSTANCE = new FdxSource();

    private FdxSource() {
    }

    @Override
    public ScriptText read(byte[] bytes) throws UnreadableScriptException {
        FdxDocument doc = FdxXml.read(bytes);
        PrintedLayout.Rendered r = PrintedLayout.render(doc);
        if (r.elements().stream().noneMatch(e -> e.type() != dev.slate.source.ScriptElement.Type.TITLE)) {
            throw new UnreadableScriptException("a Final Draft file with no script content");
        }
        return ScriptText.of(r.text()).from(ScriptFormat.FDX, r.elements());
    }
}

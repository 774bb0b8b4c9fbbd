package dev.slate.source.internal.html;

import dev.slate.source.DecodedText;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSource;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import dev.slate.source.UnreadableScriptException;
import java.util.List;

/**
 * A script published as a web page, or scraped from one with its tags: its text ({@link HtmlText}) read
 * as plain text is. Line numbers and the {@code .clap}'s embedded screenplay refer to that text.
 */
public final class HtmlSource implements ScriptSource {
    public static final HtmlSource INSTANCE = new HtmlSource();

    private HtmlSource() {
    }

    @Override
    public ScriptText read(byte[] bytes) throws UnreadableScriptException {
        DecodedText d = TextDecoder.decodeScript(bytes, "web page");
        String text = HtmlText.of(d.text());
        if (text.isBlank()) {
            throw new UnreadableScriptException("a web page with no text outside its tags");
        }
        return ScriptText.of(text, d.charset()).from(ScriptFormat.HTML, List.of());
    }
}

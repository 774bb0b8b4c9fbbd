package dev.slate.source;

/** Plain text: decoded, refused when it is not text at all. */
final class PlainTextSource implements ScriptSource {
    static final PlainTextSource INSTANCE = new PlainTextSource();

    @Override
    public ScriptText read(byte[] bytes) throws UnreadableScriptException {
        DecodedText d = TextDecoder.decodeScript(bytes, "plain-text script");
        return ScriptText.of(d.text(), d.charset());
    }
}

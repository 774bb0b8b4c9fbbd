package dev.slate.source;

/** Plain text: decoded, refused when it is not text at all. */
final class PlainTextSource implements ScriptSource {
    static final PlainTextSource INSTANCE = new PlainTextSource();

    @Override
    public ScriptText read(byte[] bytes) throws UnreadableScriptException {
        String why = TextDecoder.whyNotText(bytes);
        if (why != null) {
            throw new UnreadableScriptException(why);
        }
        return ScriptText.of(bytes);
    }
}

package dev.slate.source;

/** Reads one input format into a {@link ScriptText}. Implementations keep no state between reads. */
public interface ScriptSource {

    /**
     * Reads a whole input. The bytes are already within the input size limit; a reader enforces its own
     * further limits (pages, XML depth) and refuses what it cannot read with a one-line reason.
     */
    ScriptText read(byte[] bytes) throws UnreadableScriptException;
}

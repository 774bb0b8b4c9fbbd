package dev.slate.clap.internal.yaml;

import java.io.IOException;

/**
 * A {@link ByteSink} that also takes what the emitter knows of the bytes, for a compressor that can use it:
 * {@code hints} holds {@code hintCount} pairs, each the offset of a region from {@code offset}, in increasing
 * order, and {@link #RANDOM} or {@link #ORDINARY}. A region runs to the next one, across calls.
 */
public interface HintedByteSink extends ByteSink {
    /** Bytes with nothing known about them. */
    int ORDINARY = 0;
    /** Random bytes, unique to their field (ids, seeds): no compressor will find them earlier. */
    int RANDOM = -1;

    void write(byte[] bytes, int offset, int length, int[] hints, int hintCount) throws IOException;
}

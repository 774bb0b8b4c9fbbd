package dev.slate.clap.internal.yaml;

import java.io.IOException;

/**
 * Where a {@link YamlEmitter} drains its buffer. The emitter only drains between top-level items, so
 * every chunk is whole UTF-8 (a chunk never splits a character).
 */
@FunctionalInterface
public interface ByteSink {
    void write(byte[] bytes, int offset, int length) throws IOException;
}

package dev.slate.clap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** SKELETON: being written. */
public final class ClapWriter {
    public static final int DEFAULT_COMPRESSION_LEVEL = 1;

    public ClapWriter() {
        this(DEFAULT_COMPRESSION_LEVEL);
    }

    public ClapWriter(int compressionLevel) {
    }

    /** gzip-compressed YAML to {@code out}; finishes the gzip stream but does not close {@code out}. */
    public void write(ClapProject project, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Plain (uncompressed) YAML. */
    public void writeYaml(ClapProject project, Appendable out) throws IOException {
        throw new UnsupportedOperationException("skeleton");
    }

    public String toYaml(ClapProject project) {
        throw new UnsupportedOperationException("skeleton");
    }

    public byte[] toBytes(ClapProject project) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Atomically: a temporary file next to {@code file}, then a rename over it. */
    public void writeFile(ClapProject project, Path file) throws IOException {
        throw new UnsupportedOperationException("skeleton");
    }
}

package dev.slate.clap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** SKELETON: being written. */
public final class ClapReader {
    private final ClapLimits limits;

    public ClapReader() {
        this(ClapLimits.defaults());
    }

    public ClapReader(ClapLimits limits) {
        this.limits = limits;
    }

    public ClapLimits limits() {
        return limits;
    }

    public ClapReadResult read(Path file) throws IOException, ClapFormatException {
        throw new UnsupportedOperationException("skeleton");
    }

    /** gzip or plain YAML, detected from the first bytes. */
    public ClapReadResult read(InputStream in, String sourceName) throws IOException, ClapFormatException {
        throw new UnsupportedOperationException("skeleton");
    }

    public ClapReadResult read(byte[] bytes, String sourceName) throws ClapFormatException {
        throw new UnsupportedOperationException("skeleton");
    }

    public ClapReadResult readYaml(String yaml, String sourceName) throws ClapFormatException {
        throw new UnsupportedOperationException("skeleton");
    }
}

package dev.slate.clap;

/**
 * What the reader accepts before it gives up on a file. A file over a limit is rejected with a
 * {@link ClapFormatException}; nothing is read past the limit (a gzip bomb stops at
 * {@link #maxDecompressedBytes()} bytes).
 *
 * @param maxCompressedBytes largest file, as stored
 * @param maxDecompressedBytes largest YAML text once gunzipped
 * @param maxAliases YAML aliases ({@code *name}) allowed in one file; 0 forbids them
 * @param maxNestingDepth deepest nesting of sequences and mappings
 * @param maxScalarLength longest single string, in characters
 */
public record ClapLimits(
        long maxCompressedBytes,
        long maxDecompressedBytes,
        int maxAliases,
        int maxNestingDepth,
        int maxScalarLength) {

    public static final long DEFAULT_MAX_COMPRESSED_BYTES = 128L * 1024 * 1024;
    /**
     * Reading holds about ten times the YAML in memory (fifteen for YAML of tiny items), so this bounds a read
     * to a couple of gigabytes of heap; a project of 100,000 segments (Slate's own limit) is about 80 MB.
     */
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 128L * 1024 * 1024;
    public static final int DEFAULT_MAX_ALIASES = 100;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    public static final int DEFAULT_MAX_SCALAR_LENGTH = 64 * 1024 * 1024;

    public ClapLimits {
        if (maxCompressedBytes <= 0 || maxDecompressedBytes <= 0 || maxAliases < 0 || maxNestingDepth <= 0
                || maxScalarLength <= 0) {
            throw new IllegalArgumentException("limits must be positive (aliases may be 0)");
        }
    }

    public static ClapLimits defaults() {
        return new ClapLimits(DEFAULT_MAX_COMPRESSED_BYTES, DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_ALIASES,
                DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_SCALAR_LENGTH);
    }

    public ClapLimits withMaxCompressedBytes(long v) {
        return new ClapLimits(v, maxDecompressedBytes, maxAliases, maxNestingDepth, maxScalarLength);
    }

    public ClapLimits withMaxDecompressedBytes(long v) {
        return new ClapLimits(maxCompressedBytes, v, maxAliases, maxNestingDepth, maxScalarLength);
    }

    public ClapLimits withMaxAliases(int v) {
        return new ClapLimits(maxCompressedBytes, maxDecompressedBytes, v, maxNestingDepth, maxScalarLength);
    }

    public ClapLimits withMaxNestingDepth(int v) {
        return new ClapLimits(maxCompressedBytes, maxDecompressedBytes, maxAliases, v, maxScalarLength);
    }

    public ClapLimits withMaxScalarLength(int v) {
        return new ClapLimits(maxCompressedBytes, maxDecompressedBytes, maxAliases, maxNestingDepth, v);
    }
}

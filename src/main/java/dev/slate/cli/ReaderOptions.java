package dev.slate.cli;

import dev.slate.clap.ClapLimits;
import picocli.CommandLine.Option;

/**
 * The reader's limits as options, mixed into every command that reads a .clap file. The defaults are
 * {@link ClapLimits#defaults()} (a test keeps the two in step).
 */
public final class ReaderOptions {

    @Option(names = "--max-compressed-bytes", paramLabel = "SIZE", defaultValue = "128M",
            converter = Sizes.PositiveLong.class,
            description = "Reject a .clap file larger than this, as stored. Sizes are bytes, or take a K, M or G "
                    + "suffix (powers of 1024). Default: ${DEFAULT-VALUE}.")
    long maxCompressedBytes = ClapLimits.DEFAULT_MAX_COMPRESSED_BYTES;

    @Option(names = "--max-decompressed-bytes", paramLabel = "SIZE", defaultValue = "128M",
            converter = Sizes.PositiveLong.class,
            description = "Stop reading when the YAML text, once gunzipped, grows past this. "
                    + "Default: ${DEFAULT-VALUE}.")
    long maxDecompressedBytes = ClapLimits.DEFAULT_MAX_DECOMPRESSED_BYTES;

    @Option(names = "--max-aliases", paramLabel = "N", defaultValue = "100",
            converter = Sizes.NonNegativeInt.class,
            description = "YAML aliases (*name) allowed in one file; 0 forbids them. Default: ${DEFAULT-VALUE}.")
    int maxAliases = ClapLimits.DEFAULT_MAX_ALIASES;

    @Option(names = "--max-nesting-depth", paramLabel = "N", defaultValue = "64",
            converter = Sizes.PositiveInt.class,
            description = "Deepest nesting of YAML sequences and mappings. Default: ${DEFAULT-VALUE}.")
    int maxNestingDepth = ClapLimits.DEFAULT_MAX_NESTING_DEPTH;

    @Option(names = "--max-scalar-length", paramLabel = "SIZE", defaultValue = "64M",
            converter = Sizes.PositiveInt.class,
            description = "Longest single YAML string, in characters. Default: ${DEFAULT-VALUE}.")
    int maxScalarLength = ClapLimits.DEFAULT_MAX_SCALAR_LENGTH;

    public ClapLimits limits() {
        return new ClapLimits(maxCompressedBytes, maxDecompressedBytes, maxAliases, maxNestingDepth, maxScalarLength);
    }
}

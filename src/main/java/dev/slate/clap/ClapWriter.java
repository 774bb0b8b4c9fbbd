package dev.slate.clap;

import dev.slate.clap.internal.AtomicFiles;
import dev.slate.clap.internal.ProjectYaml;
import dev.slate.clap.internal.gzip.FastGzipOutputStream;
import dev.slate.clap.internal.yaml.HintedByteSink;
import dev.slate.clap.internal.yaml.YamlEmitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a {@link ClapProject} as an OpenClap file: gzip-compressed YAML that the reference reader
 * ({@code @aitube/clap} 0.2.4) loads with no warning and any YAML 1.1 or 1.2 reader reads back exactly.
 *
 * <p>The header comes first with all five counts, taken from the lists; then meta, workflows, entities,
 * scenes and segments. Each item holds every field the draft and the reference know, in a fixed order,
 * followed by its extras (see {@link ClapMeta} for the fields both spellings share). Thread-safe: a
 * writer holds only its compression level and {@link Encoder}.
 */
public final class ClapWriter {
    /**
     * {@link Deflater#BEST_SPEED}. Level 6 takes about 2.5 times as long for files about 15% smaller, and a
     * project is written far more often than it is shipped.
     */
    public static final int DEFAULT_COMPRESSION_LEVEL = 1;

    /** What makes the deflate data at {@link Deflater#BEST_SPEED}; other levels are always zlib's. */
    public enum Encoder {
        /**
         * Slate's own encoder, made for a project's YAML: once the JVM has compiled it, about half the time of
         * zlib's fastest level for a file about 5% smaller. The default, for a library, a server or a batch,
         * which write many projects in one JVM.
         */
        SLATE,
        /**
         * zlib's fastest level, native code: as fast from the first byte, so better in a JVM that writes one
         * project and exits, such as {@code slate convert} on one script, where Slate's encoder would run
         * before it is compiled (about 20 ms more on a 120-page script).
         */
        ZLIB
    }

    /** Bytes of YAML buffered before they go to the compressor or the output when streaming. */
    private static final int CHUNK = 1 << 16;

    private final int compressionLevel;
    private final Encoder encoder;

    public ClapWriter() {
        this(DEFAULT_COMPRESSION_LEVEL);
    }

    /** @param compressionLevel 0 (store) to 9 (smallest), as {@link Deflater} counts */
    public ClapWriter(int compressionLevel) {
        this(compressionLevel, Encoder.SLATE);
    }

    /** @param compressionLevel 0 (store) to 9 (smallest), as {@link Deflater} counts */
    public ClapWriter(int compressionLevel, Encoder encoder) {
        if (compressionLevel < Deflater.NO_COMPRESSION || compressionLevel > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("compression level must be 0 to 9, not " + compressionLevel);
        }
        this.compressionLevel = compressionLevel;
        this.encoder = java.util.Objects.requireNonNull(encoder, "encoder");
    }

    public int compressionLevel() {
        return compressionLevel;
    }

    public Encoder encoder() {
        return encoder;
    }

    /** gzip-compressed YAML to {@code out}; finishes the gzip stream but does not close {@code out}. */
    public void write(ClapProject project, OutputStream out) throws IOException {
        if (compressionLevel == Deflater.BEST_SPEED && encoder == Encoder.SLATE) {
            FastGzipOutputStream gzip = new FastGzipOutputStream(out);
            ProjectYaml.write(project, new YamlEmitter(new GzipSink(gzip), CHUNK));
            gzip.finish();
            return;
        }
        LevelGzip gzip = new LevelGzip(out, compressionLevel);
        try {
            ProjectYaml.write(project, new YamlEmitter(gzip::write, CHUNK));
            gzip.finish();
        } finally {
            gzip.release();
        }
    }

    /** Plain (uncompressed) YAML. */
    public void writeYaml(ClapProject project, Appendable out) throws IOException {
        // the emitter drains only between items, so each chunk is whole UTF-8
        ProjectYaml.write(project, new YamlEmitter(
                (b, off, len) -> out.append(new String(b, off, len, StandardCharsets.UTF_8)), CHUNK));
    }

    public String toYaml(ClapProject project) {
        return yaml(project).toUtf8String();
    }

    /** The gzip-compressed file content. */
    public byte[] toBytes(ClapProject project) {
        // streaming keeps each YAML chunk in cache while it is compressed: faster than one big buffer
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(1 << 30, yamlSizeGuess(project) / 5));
        try {
            write(project, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Atomically: a temporary file next to {@code file}, then a rename over it. If anything fails, the
     * temporary file is deleted and an existing {@code file} is left as it was.
     */
    public void writeFile(ClapProject project, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(project, out));
    }

    private static YamlEmitter yaml(ClapProject project) {
        YamlEmitter e = new YamlEmitter((int) Math.min(1 << 30, yamlSizeGuess(project)));
        try {
            ProjectYaml.write(project, e);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // no sink, nothing to fail
        }
        return e;
    }

    /** Roughly the YAML size of a typical project, so that buffers are allocated once rather than grown. */
    private static long yamlSizeGuess(ClapProject p) {
        return (1 << 14) + p.segments().size() * 900L + p.scenes().size() * 1500L + p.entities().size() * 700L
                + p.workflows().size() * 1000L + p.meta().screenplay().length() * 11L / 10;
    }

    /** A gzip stream at a chosen level whose native deflater is freed without closing the target. */
    private static final class LevelGzip extends GZIPOutputStream {
        LevelGzip(OutputStream out, int level) throws IOException {
            super(out, CHUNK);
            def.setLevel(level);
        }

        void release() {
            def.end();
        }
    }

    /**
     * The emitter's hints passed on to Slate's encoder, which skips looking for matches in random bytes: its
     * {@code LITERAL} and {@code SEARCH} are the emitter's {@code RANDOM} and {@code ORDINARY} (ClapWriterTest).
     */
    private record GzipSink(FastGzipOutputStream gzip) implements HintedByteSink {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            gzip.write(bytes, offset, length);
        }

        @Override
        public void write(byte[] bytes, int offset, int length, int[] hints, int hintCount) throws IOException {
            gzip.write(bytes, offset, length, hints, hintCount);
        }
    }
}

package dev.slate.clap;

import dev.slate.clap.internal.ClapProjectDecoder;
import dev.slate.clap.internal.ClapReadInput;
import dev.slate.clap.internal.yaml.YamlReader;
import dev.slate.clap.internal.yaml.YamlReaderError;
import dev.slate.clap.internal.yaml.YamlReaderStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads OpenClap files: gzip-compressed YAML (detected by its magic bytes) or plain YAML (UTF-8, with or
 * without a byte order mark); one top-level sequence of items, or a stream of {@code ---} documents.
 * Files written by the reference implementation ({@code @aitube/clap}) and by its older versions
 * (lowercase enums, {@code orientation}, {@code screenplay}, {@code numberOfModels}) read as well.
 *
 * <p>Whatever the bytes, {@code read} either returns a usable project with its findings or throws a
 * {@link ClapFormatException} whose message is one line naming the file, the item or line, and the
 * reason; limits ({@link ClapLimits}) are checked while reading, so an oversized or hostile file is
 * stopped early. A reader is immutable and may be shared between threads.
 */
public final class ClapReader {
    private final ClapLimits limits;

    public ClapReader() {
        this(ClapLimits.defaults());
    }

    public ClapReader(ClapLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits is null");
        }
        this.limits = limits;
    }

    public ClapLimits limits() {
        return limits;
    }

    /** Reads a file; its name (not its whole path) names it in messages. I/O failures are IOExceptions. */
    public ClapReadResult read(Path file) throws IOException, ClapFormatException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        long size = Files.size(file);
        if (size > limits.maxCompressedBytes()) {
            throw ClapReadInput.tooBig(name, "file size", limits.maxCompressedBytes(), "--max-compressed-bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        }
    }

    /** gzip or plain YAML, detected from the first bytes. Does not close {@code in}. */
    public ClapReadResult read(InputStream in, String sourceName) throws IOException, ClapFormatException {
        ClapReadInput.Bytes raw = ClapReadInput.readAll(in, limits.maxCompressedBytes(), name(sourceName));
        return decode(raw.data(), raw.length(), name(sourceName));
    }

    public ClapReadResult read(byte[] bytes, String sourceName) throws ClapFormatException {
        String name = name(sourceName);
        if (bytes == null) {
            throw new ClapFormatException(name, null, "no data");
        }
        if (bytes.length > limits.maxCompressedBytes()) {
            throw ClapReadInput.tooBig(name, "file size", limits.maxCompressedBytes(), "--max-compressed-bytes");
        }
        return decode(bytes, bytes.length, name);
    }

    /** Plain YAML text, as a {@code .clap} file holds it once gunzipped. */
    public ClapReadResult readYaml(String yaml, String sourceName) throws ClapFormatException {
        String name = name(sourceName);
        if (yaml == null) {
            throw new ClapFormatException(name, null, "no data");
        }
        if (yaml.length() > limits.maxDecompressedBytes()) {
            throw ClapReadInput.tooBig(name, "YAML size", limits.maxDecompressedBytes(), "--max-decompressed-bytes");
        }
        try {
            char[] text = yaml.toCharArray();
            return fromText(text, text.length, false, name);
        } catch (StackOverflowError e) {
            throw new ClapFormatException(name, null, "nesting too deep to read");
        } catch (OutOfMemoryError e) {
            throw new ClapFormatException(name, null, "not enough memory to read this file");
        } catch (RuntimeException e) {
            throw new ClapFormatException(name, null, "unreadable (" + e + ")", e);
        }
    }

    private static String name(String sourceName) {
        return sourceName == null || sourceName.isEmpty() ? "<input>" : sourceName;
    }

    /** The boundary: nothing but a ClapFormatException leaves it, whatever the bytes. */
    private ClapReadResult decode(byte[] data, int length, String name) throws ClapFormatException {
        try {
            ClapReadInput.Bytes yaml;
            if (ClapReadInput.isGzip(data, length)) {
                yaml = ClapReadInput.gunzip(data, length, limits.maxDecompressedBytes(), name);
            } else {
                if (length > limits.maxDecompressedBytes()) {
                    throw ClapReadInput.tooBig(name, "YAML size", limits.maxDecompressedBytes(), "--max-decompressed-bytes");
                }
                yaml = new ClapReadInput.Bytes(data, length);
            }
            ClapReadInput.Chars text = ClapReadInput.utf8(yaml.data(), yaml.length(), name);
            return fromText(text.data(), text.length(), text.plain(), name);
        } catch (StackOverflowError e) {
            throw new ClapFormatException(name, null, "nesting too deep to read");
        } catch (OutOfMemoryError e) {
            throw new ClapFormatException(name, null, "not enough memory to read this file");
        } catch (RuntimeException e) {
            throw new ClapFormatException(name, null, "unreadable (" + e + ")", e);
        }
    }

    /** @param plain every char is printable ASCII, tab or line feed (nothing to normalize or check) */
    private ClapReadResult fromText(char[] text, int length, boolean plain, String name) throws ClapFormatException {
        int n = plain ? length : YamlReader.normalize(text, length);
        YamlReaderStream stream;
        try {
            stream = YamlReader.read(text, n, plain, limits.maxAliases(), limits.maxNestingDepth(), limits.maxScalarLength());
        } catch (YamlReaderError e) {
            throw new ClapFormatException(name, e.line() > 0 ? "line " + e.line() : null, e.reason());
        }
        return ClapProjectDecoder.decode(stream, name);
    }
}

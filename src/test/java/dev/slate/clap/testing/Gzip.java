package dev.slate.clap.testing;

import dev.slate.clap.internal.gzip.FastGzipOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** gzip both ways, for tests that compare what a writer made with what each encoder makes of the same bytes. */
public final class Gzip {
    private Gzip() {
    }

    public static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What java.util.zip writes at {@link Deflater#BEST_SPEED}. */
    public static byte[] zlibFastest(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What Slate's own encoder writes. */
    public static byte[] slateEncoder(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            FastGzipOutputStream gz = new FastGzipOutputStream(out);
            gz.write(data, 0, data.length);
            gz.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

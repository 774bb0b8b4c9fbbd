package dev.slate.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * gzip that expands far past its size, or lies about itself: zeros, endless YAML, gzip in gzip, many members,
 * a forged size, header fields that run off the end. The big members are made once per run and shared.
 */
final class GzipBombs {
    /** Decompressed size of the zero bomb: past any limit a fuzzed reader is given. */
    static final int ZERO_BOMB_BYTES = 256 << 20;
    /** Decompressed size of the YAML bomb: within the limit, so the YAML reader has to take it. */
    static final int YAML_BOMB_BYTES = 8 << 20;

    private static byte[] zeros;
    private static byte[] yamlItems;

    private GzipBombs() {
    }

    static byte[] any(Random r, byte[] yaml) {
        return switch (r.nextInt(8)) {
            case 0 -> zeroBomb();
            case 1 -> concat(gzip(yaml), yamlBomb());
            case 2 -> gzip(gzip(r.nextBoolean() ? yaml : Arrays.copyOf(zeroBomb(), 4096)));
            case 3 -> forgedSize(gzip(yaml), r.nextBoolean() ? 0xFFFFFFFFL : r.nextInt());
            case 4 -> concat(gzip(yaml), garbage(r));
            case 5 -> headerFields(r, yaml);
            case 6 -> members(gzip(yaml), 2 + r.nextInt(20));
            default -> concat(yamlBomb(), gzip(yaml));
        };
    }

    static synchronized byte[] zeroBomb() {
        if (zeros == null) {
            zeros = gzipRepeated(new byte[64 * 1024], ZERO_BOMB_BYTES / (64 * 1024));
        }
        return zeros;
    }

    /** An endless top-level YAML sequence of small items, each a valid and empty segment-like mapping. */
    static synchronized byte[] yamlBomb() {
        if (yamlItems == null) {
            byte[] unit = "- {}\n- [a]\n- x\n- \n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            yamlItems = gzipRepeated(unit, YAML_BOMB_BYTES / unit.length);
        }
        return yamlItems;
    }

    static byte[] gzip(byte[] data) {
        return gzipRepeated(data, 1);
    }

    private static byte[] gzipRepeated(byte[] unit, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            for (int i = 0; i < times; i++) {
                gz.write(unit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] forgedSize(byte[] gz, long size) {
        byte[] out = gz.clone();
        int n = out.length;
        for (int i = 0; i < 4; i++) {
            out[n - 4 + i] = (byte) (size >>> (8 * i));
        }
        return out;
    }

    private static byte[] members(byte[] member, int times) {
        return Mutation.repeat(member, times);
    }

    private static byte[] garbage(Random r) {
        byte[] g = new byte[1 + r.nextInt(64)];
        r.nextBytes(g);
        if (r.nextBoolean()) {
            g[0] = 0x1f;
            if (g.length > 1) {
                g[1] = (byte) 0x8b;
            }
        }
        return g;
    }

    /** A header with FEXTRA, FNAME or FCOMMENT set, whose field is huge, unterminated or cut short. */
    private static byte[] headerFields(Random r, byte[] yaml) {
        byte[] body = gzip(yaml);
        Bytes b = new Bytes(body);
        int flag = 1 << (2 + r.nextInt(3)); // FEXTRA 4, FNAME 8, FCOMMENT 16
        b.set(3, (byte) (flag | (r.nextInt(4) == 0 ? 2 : 0))); // sometimes FHCRC too
        byte[] field = switch (flag) {
            case 4 -> new byte[] {(byte) 0xff, (byte) 0xff, 1, 2, 3};
            default -> "name-without-end".repeat(1 + r.nextInt(100)).getBytes(StandardCharsets.US_ASCII);
        };
        b.insert(10, field);
        return r.nextBoolean() ? b.toArray() : Arrays.copyOf(b.toArray(), 10 + field.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package dev.slate.clap.internal.gzip;

import static dev.slate.clap.testing.Gzip.gunzip;
import static dev.slate.clap.testing.Gzip.slateEncoder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever goes into the fast gzip stream comes out of any inflater unchanged: seeded inputs of every
 * shape the encoder treats differently (no repeats, runs of one byte, repeats at the edge of the window,
 * every match length and distance, passes and blocks of every size, skewed byte counts that need long
 * codes), written whole and in pieces.
 */
class FastGzipOutputStreamTest {
    private static final int WINDOW = 1 << 15;
    /** Bytes of input compressed per pass: matches stop at its end and a block is written there. */
    private static final int PASS = WINDOW + (1 << 18);

    static IntStream edgeSizes() {
        return IntStream.of(0, 1, 2, 3, 4, 5, 7, 8, 9, 257, 258, 259, WINDOW - 1, WINDOW, WINDOW + 1, PASS - 1,
                PASS, PASS + 1, 2 * PASS - WINDOW, 2 * PASS - WINDOW + 1, 3 * PASS);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "{0} random bytes")
    @MethodSource("edgeSizes")
    void bytesWithNothingToRepeatComeBackUnchanged(int size) throws IOException {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        assertRoundTrip(data);
    }

    @ParameterizedTest(name = "{0} bytes of one value")
    @MethodSource("edgeSizes")
    void aRunOfOneByteComesBackUnchangedAndShrinks(int size) throws IOException {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) 'x');
        byte[] gz = assertRoundTrip(data);
        if (size > 10_000) {
            assertThat(gz.length).isLessThan(size / 100);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void copiesOfEveryLengthFromEveryDistanceComeBackUnchanged(long seed) throws IOException {
        Random r = new Random(seed);
        byte[] data = new byte[PASS + r.nextInt(3 * PASS)];
        int p = 0;
        while (p < data.length) {
            int n = Math.min(data.length - p, 1 + r.nextInt(300));
            if (p > 0 && r.nextInt(3) != 0) {
                // a copy from up to a window and a bit back, overlapping itself when the distance is short
                int distance = 1 + (r.nextBoolean() ? r.nextInt(Math.min(p, 300)) : r.nextInt(Math.min(p, WINDOW + 100)));
                for (int i = 0; i < n; i++) {
                    data[p + i] = data[p + i - distance];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    data[p + i] = (byte) (r.nextInt(1 + r.nextInt(256)));
                }
            }
            p += n;
        }
        assertRoundTrip(data);
    }

    @ParameterizedTest(name = "distance {0}")
    @MethodSource("windowEdges")
    void aRepeatAtTheEdgeOfTheWindowComesBackUnchanged(int distance) throws IOException {
        byte[] block = new byte[distance];
        new Random(distance).nextBytes(block);
        byte[] data = new byte[distance * 3 + 11];
        for (int i = 0; i < data.length; i++) {
            data[i] = block[i % distance];
        }
        byte[] gz = assertRoundTrip(data);
        if (distance <= WINDOW) {
            assertThat(gz.length).as("the repeats are matched").isLessThan(distance * 2);
        }
    }

    static IntStream windowEdges() {
        return IntStream.of(WINDOW - 1, WINDOW, WINDOW + 1, 2 * WINDOW);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textWrittenInPiecesOfAnySizeGivesTheSameFileAsOneWrite(long seed) throws IOException {
        Random r = new Random(seed);
        byte[] data = words(r, PASS + r.nextInt(PASS));
        byte[] whole = slateEncoder(data);
        ByteArrayOutputStream pieces = new ByteArrayOutputStream();
        FastGzipOutputStream gz = new FastGzipOutputStream(pieces);
        int p = 0;
        while (p < data.length) {
            int n = Math.min(data.length - p, r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(100_000));
            if (n == 1 && r.nextBoolean()) {
                gz.write(data[p]);
            } else {
                gz.write(data, p, n);
            }
            p += n;
        }
        gz.finish();

        assertThat(pieces.toByteArray()).isEqualTo(whole);
        assertThat(gunzip(whole)).isEqualTo(data);
        assertThat(rawInflate(whole)).isEqualTo(data);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bytesMarkedRandomAnywhereComeBackUnchangedWhateverThePiecesTheyAreWrittenIn(long seed) throws IOException {
        Random r = new Random(seed);
        byte[] data = words(r, PASS + r.nextInt(2 * PASS));
        // regions of every length, some empty, some running across passes and across calls
        int[] regions = new int[2 * (data.length / 4 + 2)];
        int count = 0;
        for (int at = r.nextInt(50); at < data.length; at += r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(r.nextBoolean() ? 60 : 60_000)) {
            regions[2 * count] = at;
            regions[2 * count + 1] = r.nextBoolean() ? FastGzipOutputStream.LITERAL : FastGzipOutputStream.SEARCH;
            count++;
        }
        byte[] whole = hinted(data, regions, count, new int[] {data.length});
        int[] cuts = new int[1 + r.nextInt(20)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = r.nextInt(data.length + 1);
        }
        cuts[cuts.length - 1] = data.length;
        Arrays.sort(cuts);

        assertThat(gunzip(whole)).isEqualTo(data);
        assertThat(rawInflate(whole)).isEqualTo(data);
        assertThat(hinted(data, regions, count, cuts)).isEqualTo(whole);
    }

    @Test
    void bytesMarkedRandomAreNotLookedUpAndBytesWrittenWithoutHintsAre() throws IOException {
        byte[] once = new byte[5000];
        new Random(7).nextBytes(once);
        byte[] twice = new byte[2 * once.length];
        System.arraycopy(once, 0, twice, 0, once.length);
        System.arraycopy(once, 0, twice, once.length, once.length);
        int[] secondRandom = {0, FastGzipOutputStream.SEARCH, once.length, FastGzipOutputStream.LITERAL};

        assertThat(hinted(twice, secondRandom, 2, new int[] {twice.length}).length)
                .as("the copy is written byte by byte").isGreaterThan(twice.length);
        assertThat(slateEncoder(twice).length).as("the copy is found").isLessThan(once.length + once.length / 10);

        // a region marked random ends where bytes without hints begin
        byte[] other = new byte[once.length];
        new Random(8).nextBytes(other);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastGzipOutputStream gz = new FastGzipOutputStream(out);
        gz.write(once, 0, once.length);
        gz.write(other, 0, other.length, new int[] {0, FastGzipOutputStream.LITERAL}, 1);
        gz.write(once, 0, once.length);
        gz.finish();
        assertThat(out.size()).as("the third write is found in the first").isLessThan(2 * once.length + once.length / 10);
        assertThat(gunzip(out.toByteArray())).startsWith(once).endsWith(once).hasSize(3 * once.length);
    }

    @Test
    void hintsOutOfOrderOrOfAnUnknownKindAreRefused() throws IOException {
        FastGzipOutputStream gz = new FastGzipOutputStream(new ByteArrayOutputStream());
        byte[] data = new byte[10];
        assertThatThrownBy(() -> gz.write(data, 0, 10, new int[] {5, 0, 4, -1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing order");
        assertThatThrownBy(() -> gz.write(data, 0, 10, new int[] {10, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within 10 bytes");
        assertThatThrownBy(() -> gz.write(data, 0, 10, new int[] {0, 7}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown kind 7");
        assertThatThrownBy(() -> gz.write(data, 0, 10, new int[] {0, 0}, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bytesCountedSoUnevenlyThatTheirCodesMustBeShortenedComeBackUnchanged(long seed) throws IOException {
        // byte i occurs as often as the i-th Fibonacci number: an unlimited Huffman code would need 25 bits
        Random r = new Random(seed);
        int symbols = 26;
        int[] count = new int[symbols];
        count[0] = 1;
        count[1] = 1;
        for (int i = 2; i < symbols; i++) {
            count[i] = count[i - 1] + count[i - 2];
        }
        int total = Arrays.stream(count).sum();
        byte[] data = new byte[total];
        int p = 0;
        for (int i = 0; i < symbols; i++) {
            Arrays.fill(data, p, p + count[i], (byte) (i * 7 + (int) seed));
            p += count[i];
        }
        for (int i = data.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
        assertRoundTrip(data);
    }

    @Test
    void theCodesOfUnevenCountsAreCompleteAndNoLongerThanTheLimit() {
        int[] freq = new int[286];
        long a = 1;
        long b = 1;
        for (int i = 0; i < 40; i++) {
            freq[i * 7] = (int) Math.min(a, 1 << 28);
            long c = a + b;
            a = b;
            b = c;
        }
        HuffmanCode code = HuffmanCode.of(freq, 15);

        double kraft = 0;
        for (int len : code.lengths) {
            assertThat(len).isBetween(0, 15);
            if (len > 0) {
                kraft += Math.pow(2, -len);
            }
        }
        assertThat(kraft).isEqualTo(1.0);
        assertThat(code.lengths[39 * 7]).isLessThanOrEqualTo(code.lengths[0]);
    }

    @Test
    void oneByteOrNoneMakesAValidFile() throws IOException {
        assertRoundTrip(new byte[0]);
        assertRoundTrip(new byte[] {0});
        assertRoundTrip(new byte[] {(byte) 0xFF});
    }

    @Test
    void finishingEndsTheStreamOnceAndLeavesTheTargetOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream target = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        FastGzipOutputStream gz = new FastGzipOutputStream(target);
        gz.write("scene".getBytes(StandardCharsets.US_ASCII));
        gz.finish();
        int size = bytes.size();
        gz.finish();

        assertThat(bytes.size()).isEqualTo(size);
        assertThat(closed[0]).isFalse();
        assertThat(gunzip(bytes.toByteArray())).asString(StandardCharsets.US_ASCII).isEqualTo("scene");
        assertThatThrownBy(() -> gz.write(1)).isInstanceOf(IOException.class).hasMessageContaining("finished");
        gz.close();
        assertThat(closed[0]).isTrue();
    }

    // ------------------------------------------------------------------ helpers

    /** Words from a small vocabulary with spaces and line breaks: repeats at every distance, like YAML. */
    private static byte[] words(Random r, int size) {
        String[] vocabulary = new String[200];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + r.nextInt(12); k > 0; k--) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            vocabulary[i] = w.toString();
        }
        StringBuilder b = new StringBuilder(size + 20);
        while (b.length() < size) {
            b.append(vocabulary[(int) Math.abs(r.nextGaussian() * 40) % vocabulary.length]);
            b.append(r.nextInt(8) == 0 ? "\n  " : " ");
        }
        b.setLength(size);
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code data} written with its hints ({@code count} pairs of absolute offset and kind), in calls that end at {@code cuts}. */
    private static byte[] hinted(byte[] data, int[] regions, int count, int[] cuts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastGzipOutputStream gz = new FastGzipOutputStream(out);
        int from = 0;
        int next = 0;
        for (int cut : cuts) {
            int[] local = new int[2 * count];
            int n = 0;
            for (; next < count && regions[2 * next] < cut; next++) {
                local[2 * n] = regions[2 * next] - from;
                local[2 * n + 1] = regions[2 * next + 1];
                n++;
            }
            gz.write(data, from, cut - from, local, n);
            from = cut;
        }
        gz.finish();
        return out.toByteArray();
    }

    private static byte[] assertRoundTrip(byte[] data) throws IOException {
        byte[] gz = slateEncoder(data);
        assertThat(gunzip(gz)).isEqualTo(data);
        assertThat(rawInflate(gz)).isEqualTo(data);
        return gz;
    }

    /** The deflate data alone, through zlib directly: it must end exactly where the trailer begins. */
    private static byte[] rawInflate(byte[] gz) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gz, 10, gz.length - 18);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("deflate data ends early");
                }
                out.write(buf, 0, n);
            }
            assertThat(inflater.getRemaining()).isZero();
            return out.toByteArray();
        } catch (java.util.zip.DataFormatException e) {
            throw new IOException(e);
        } finally {
            inflater.end();
        }
    }
}

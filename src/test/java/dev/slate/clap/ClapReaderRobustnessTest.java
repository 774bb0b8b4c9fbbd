package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.testing.RandomProjects;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the bytes, read() returns a project or throws a ClapFormatException with a one-line message
 * naming the file; no other exception escapes. Inputs: random bytes, corrupted and truncated gzip, and
 * valid files with random edits.
 */
class ClapReaderRobustnessTest {
    private static final ClapReader READER = new ClapReader();

    static Stream<Integer> seeds() {
        return IntStream.range(0, 60).boxed();
    }

    /** Reads and checks the outcome; returns normally either way. */
    private static void readSafely(byte[] bytes, String name, int seed) {
        try {
            ClapReadResult r = READER.read(bytes, name);
            assertThat(r.project()).isNotNull();
        } catch (ClapFormatException e) {
            assertThat(e.getMessage()).as("seed %d", seed).startsWith(name + ": ").doesNotContain("\n").doesNotContain("\tat ");
        } catch (RuntimeException | Error e) {
            throw new AssertionError("seed " + seed + ": " + name + " escaped as " + e, e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreRejectedCleanly(int seed) {
        Random r = new Random(seed);
        byte[] b = new byte[r.nextInt(2000)];
        r.nextBytes(b);
        if (seed % 2 == 0 && b.length > 2) { // half of them claim to be gzip
            b[0] = 0x1f;
            b[1] = (byte) 0x8b;
        }
        readSafely(b, "random.clap", seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void corruptedOrTruncatedGzipIsRejectedCleanly(int seed) {
        Random r = new Random(seed);
        byte[] good = new ClapWriter().toBytes(new RandomProjects(seed).anyProject());
        byte[] truncated = java.util.Arrays.copyOf(good, r.nextInt(good.length));
        readSafely(truncated, "truncated.clap", seed);
        byte[] flipped = good.clone();
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            int at = r.nextInt(flipped.length);
            flipped[at] ^= (byte) (1 << r.nextInt(8));
        }
        readSafely(flipped, "flipped.clap", seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void editedYamlIsReadOrRejectedCleanly(int seed) {
        Random r = new Random(seed);
        String yaml = new ClapWriter().toYaml(new RandomProjects(seed).anyProject());
        String alphabet = " \n:-#'\"|>[]{},?&*!%\\\t0.~\u0000\u0085\ufeff";
        for (int round = 0; round < 20; round++) {
            StringBuilder b = new StringBuilder(yaml);
            for (int i = 0; i < 1 + r.nextInt(5) && b.length() > 0; i++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(4)) {
                    case 0 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    case 1 -> b.deleteCharAt(at);
                    case 2 -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> b.setLength(at); // cut short
                }
            }
            readSafely(b.toString().getBytes(StandardCharsets.UTF_8), "edited.yaml", seed);
            byte[] invalidUtf8 = b.toString().getBytes(StandardCharsets.UTF_8);
            if (invalidUtf8.length > 0) {
                invalidUtf8[r.nextInt(invalidUtf8.length)] = (byte) (0x80 + r.nextInt(0x80));
                readSafely(invalidUtf8, "bytes.yaml", seed);
            }
        }
    }
}

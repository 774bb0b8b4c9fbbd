package dev.slate.convert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A script's ids: a UUID v4 whose 74 random bits a generator seeded by the script's text draws once, then a
 * counter in the last twelve hex digits. The seed is {@code 31 * seed + c} over every character, from
 * 1125899906842597: the same script always gets the same ids.
 */
class IdsTest {

    static IntStream lengths() {
        return IntStream.rangeClosed(0, 40);
    }

    @ParameterizedTest(name = "{0} characters")
    @MethodSource("lengths")
    void theIdsOfATextAreTheUuidsItsSeedDraws(int length) {
        Random random = new Random(length);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(4) == 0 ? (char) (0x80 + random.nextInt(0xff00)) : (char) (' ' + random.nextInt(95)));
        }
        String text = b.toString();
        long seed = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            seed = 31 * seed + text.charAt(i);
        }
        SplittableRandom draw = new SplittableRandom(seed);
        long hi = (draw.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long variant = (draw.nextLong() & 0x3fffL) | 0x8000L;
        String prefix = String.format("%08x-%04x-%04x-%04x-", hi >>> 32, (hi >>> 16) & 0xffff, hi & 0xffff, variant);

        Ids ids = new Ids(text);

        assertThat(ids.next()).isEqualTo(prefix + "000000000001");
        assertThat(ids.next()).isEqualTo(prefix + "000000000002");
        assertThat(new Ids(text).next()).isEqualTo(prefix + "000000000001");
    }
}

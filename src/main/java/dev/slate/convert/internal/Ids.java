package dev.slate.convert.internal;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * UUID v4 identifiers drawn from a generator seeded by the script itself: converting the same script
 * twice gives the same ids, so outputs can be compared and diffed, and every id is a valid version 4 UUID.
 */
public final class Ids {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final SplittableRandom random;

    public Ids(String seedText) {
        long seed = 1125899906842597L;
        for (int i = 0; i < seedText.length(); i++) {
            seed = 31 * seed + seedText.charAt(i);
        }
        this.random = new SplittableRandom(seed);
    }

    public String next() {
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        // bytes rather than chars: the String keeps them as they are instead of compressing chars to Latin-1
        byte[] c = new byte[36];
        int p = 0;
        for (int nibble = 0; nibble < 32; nibble++) {
            if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20) {
                c[p++] = '-';
            }
            long word = nibble < 16 ? hi : lo;
            int shift = 60 - 4 * (nibble % 16);
            c[p++] = HEX[(int) (word >>> shift) & 0xf];
        }
        return new String(c, StandardCharsets.ISO_8859_1);
    }

    /** A seed for generation tools, in the range the draft allows. */
    public long seed() {
        return random.nextLong(1, 2147483648L);
    }
}

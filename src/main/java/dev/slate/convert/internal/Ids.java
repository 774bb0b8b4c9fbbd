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
        hex(hi >>> 32, c, 0, 8);
        c[8] = '-';
        hex(hi >>> 16, c, 9, 4);
        c[13] = '-';
        hex(hi, c, 14, 4);
        c[18] = '-';
        hex(lo >>> 48, c, 19, 4);
        c[23] = '-';
        hex(lo, c, 24, 12);
        return new String(c, StandardCharsets.ISO_8859_1);
    }

    /** The low {@code digits} hex digits of {@code v} into {@code c} from {@code at}. */
    private static void hex(long v, byte[] c, int at, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            c[i] = HEX[(int) v & 0xf];
            v >>>= 4;
        }
    }
}

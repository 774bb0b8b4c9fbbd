package dev.slate.convert.internal;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Identifiers in the form of a UUID v4 (version and variant bits set): 74 bits drawn once per script from a
 * generator seeded by the script itself, then a counter in the last twelve digits. Converting the same
 * script twice gives the same ids, so outputs can be compared and diffed; two scripts share no id but by a
 * chance of one in 2^74; and ids that differ only in their last digits cost the compressor a few bytes each
 * rather than a random 32 digits: the 120-page script's {@code .clap} is a third smaller.
 */
public final class Ids {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** The first 24 characters, {@code xxxxxxxx-xxxx-4xxx-yxxx-}, the same for every id of a script. */
    private final byte[] prefix = new byte[24];
    private long count;

    public Ids(String seedText) {
        SplittableRandom random = new SplittableRandom(seed(seedText));
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long variant = (random.nextLong() & 0x3fffL) | 0x8000L;
        hex(hi >>> 32, prefix, 0, 8);
        prefix[8] = '-';
        hex(hi >>> 16, prefix, 9, 4);
        prefix[13] = '-';
        hex(hi, prefix, 14, 4);
        prefix[18] = '-';
        hex(variant, prefix, 19, 4);
        prefix[23] = '-';
    }

    /**
     * {@code seed = 31 * seed + c} over the text's characters, four at a time: the same number, but the four
     * products no longer wait on one another (the seed text is the whole screenplay, 300,000 characters).
     */
    static long seed(String text) {
        long seed = 1125899906842597L;
        int n = text.length();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            seed = 923521 * seed + 29791L * text.charAt(i) + 961L * text.charAt(i + 1) + 31L * text.charAt(i + 2)
                    + text.charAt(i + 3);
        }
        for (; i < n; i++) {
            seed = 31 * seed + text.charAt(i);
        }
        return seed;
    }

    public String next() {
        // bytes rather than chars: the String keeps them as they are instead of compressing chars to Latin-1
        byte[] c = new byte[36];
        System.arraycopy(prefix, 0, c, 0, 24);
        hex(++count, c, 24, 12);
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

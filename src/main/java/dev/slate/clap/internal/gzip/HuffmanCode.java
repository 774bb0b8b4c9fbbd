package dev.slate.clap.internal.gzip;

import java.util.Arrays;

/**
 * A length-limited canonical Huffman code over a deflate alphabet (RFC 1951, 3.2.2), built from symbol
 * counts: the code lengths, and each code bit-reversed, because deflate sends codes from their most
 * significant bit but packs bits from the least.
 */
final class HuffmanCode {
    final int[] lengths;
    final int[] codes;

    private HuffmanCode(int[] lengths, int[] codes) {
        this.lengths = lengths;
        this.codes = codes;
    }

    /**
     * The code for {@code freq}, no longer than {@code maxBits}. At least two symbols get a code (symbol 0
     * and 1 are added when fewer are used), since inflaters differ on what a one-symbol code means. The
     * counts must sum to less than 2^31: a block counts at most the bytes of one pass.
     */
    static HuffmanCode of(int[] freq, int maxBits) {
        int n = freq.length;
        // symbol in the low 16 bits, count above, so one sort orders by count then symbol
        long[] used = new long[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            if (freq[s] != 0) {
                used[m++] = ((long) freq[s] << 16) | s;
            }
        }
        for (int s = 0; m < 2; s++) {
            if (freq[s] == 0) {
                used[m++] = (1L << 16) | s;
            }
        }
        Arrays.sort(used, 0, m);
        int[] a = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = (int) (used[i] >>> 16);
        }
        minimumRedundancy(a, m);
        int[] count = new int[maxBits + 1];
        for (int i = 0; i < m; i++) {
            count[Math.min(a[i], maxBits)]++;
        }
        limit(count, maxBits);
        // the most frequent symbols (at the end of the sorted list) take the shortest codes
        int[] lengths = new int[n];
        int i = m - 1;
        for (int len = 1; len <= maxBits; len++) {
            for (int k = count[len]; k > 0; k--) {
                lengths[(int) (used[i--] & 0xFFFF)] = len;
            }
        }
        return new HuffmanCode(lengths, canonicalCodes(lengths, maxBits));
    }

    /**
     * Moffat and Katajainen's in-place computation of minimum-redundancy code lengths: {@code a} holds the
     * counts in ascending order and is replaced by each one's code length.
     */
    private static void minimumRedundancy(int[] a, int n) {
        a[0] += a[1];
        int root = 0;
        int leaf = 2;
        for (int next = 1; next < n - 1; next++) {
            if (leaf >= n || a[root] < a[leaf]) {
                a[next] = a[root];
                a[root++] = next;
            } else {
                a[next] = a[leaf++];
            }
            if (leaf >= n || (root < next && a[root] < a[leaf])) {
                a[next] += a[root];
                a[root++] = next;
            } else {
                a[next] += a[leaf++];
            }
        }
        a[n - 2] = 0;
        for (int next = n - 3; next >= 0; next--) {
            a[next] = a[a[next]] + 1;
        }
        int avail = 1;
        int used = 0;
        int depth = 0;
        root = n - 2;
        int next = n - 1;
        while (avail > 0) {
            while (root >= 0 && a[root] == depth) {
                used++;
                root--;
            }
            while (avail > used) {
                a[next--] = depth;
                avail--;
            }
            avail = 2 * used;
            depth++;
            used = 0;
        }
    }

    /** Moves codes longer than {@code maxBits} up the tree until the lengths are a complete code again. */
    private static void limit(int[] count, int maxBits) {
        long total = 0;
        for (int len = 1; len <= maxBits; len++) {
            total += (long) count[len] << (maxBits - len);
        }
        while (total > (1L << maxBits)) {
            count[maxBits]--;
            for (int len = maxBits - 1; len > 0; len--) {
                if (count[len] != 0) {
                    count[len]--;
                    count[len + 1] += 2;
                    break;
                }
            }
            total--;
        }
    }

    private static int[] canonicalCodes(int[] lengths, int maxBits) {
        int[] count = new int[maxBits + 1];
        for (int len : lengths) {
            count[len]++;
        }
        count[0] = 0;
        int[] next = new int[maxBits + 1];
        int code = 0;
        for (int len = 1; len <= maxBits; len++) {
            code = (code + count[len - 1]) << 1;
            next[len] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int len = lengths[s];
            if (len != 0) {
                codes[s] = Integer.reverse(next[len]++) >>> (32 - len);
            }
        }
        return codes;
    }
}

package dev.slate.clap.internal.gzip;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * A gzip stream (RFC 1952) whose deflate data (RFC 1951) is made in Java by one greedy pass: for the
 * YAML of a project, which repeats the same field lines item after item, it takes about half the time of
 * zlib's fastest level, for files about 5% smaller (527 KB for zlib's 552 KB on a 120-page script).
 *
 * <p>Why it is fast on such text: each position is looked up once in a table of the last place its next
 * seven bytes were seen, and first at the distance of the previous match, which is where the same field of
 * the previous item usually is; a match is extended by a vectorised comparison and its inside is never
 * looked up. Each block gets its own Huffman codes, so the output is ordinary deflate that any
 * inflater reads.
 *
 * <p>A writer that knows which of its bytes are random (ids, seeds) can say so with
 * {@link #write(byte[], int, int, int[], int)}: they are written as literals without being looked up, which
 * takes a quarter off the time on a project's YAML (a third of its lookups were in ids and seeds).
 *
 * <p>Not thread-safe; {@link #finish()} ends the gzip member without closing the target.
 */
public final class FastGzipOutputStream extends OutputStream {

    private static final int WINDOW = 1 << 15;
    private static final int MAX_MATCH = 258;
    /** Input compressed per pass; a match never reaches past the end of a pass. */
    private static final int CHUNK = 1 << 18;
    private static final int HASH_BITS = 15;
    /**
     * Positions are looked up by their next seven bytes, though a match needs four: the last place the same seven
     * stood starts a longer match more often than the last place of the same four. On the 120-page script's YAML:
     * 527 KB, against 540, 535 and 533 KB by five, six and eight bytes, and 556 KB by four, in as much time.
     */
    private static final int HASH_BYTES = 7;
    /** Bytes looked at per call of the matching loop, and tokens per call of the encoding loop: see their callers. */
    private static final int SLICE_BYTES = 512;
    private static final int SLICE_TOKENS = 64;
    private static final int NO_POSITION = -WINDOW - 1;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Hint of a region of input: nothing known, look for matches as usual. */
    public static final int SEARCH = 0;
    /** Hint of a region of input: random bytes, written as literals without looking for matches. */
    public static final int LITERAL = -1;

    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};
    /** Order in which the code-length code's lengths are sent. */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    /** Length code (0-28) of each match length 3-258. */
    private static final byte[] LENGTH_CODE = new byte[MAX_MATCH + 1];
    /** Distance code of distances 1-256 (index distance - 1), and of larger ones by (distance - 1) >> 7. */
    private static final byte[] DIST_CODE_SMALL = new byte[256];
    private static final byte[] DIST_CODE_LARGE = new byte[256];

    static {
        for (int code = 0; code < 29; code++) {
            int end = code == 28 ? MAX_MATCH + 1 : LENGTH_BASE[code + 1];
            for (int len = LENGTH_BASE[code]; len < end; len++) {
                LENGTH_CODE[len] = (byte) code;
            }
        }
        LENGTH_CODE[MAX_MATCH] = 28;
        for (int code = 0; code < 30; code++) {
            int end = code == 29 ? WINDOW + 1 : DIST_BASE[code + 1];
            for (int d = DIST_BASE[code]; d < end; d++) {
                if (d <= 256) {
                    DIST_CODE_SMALL[d - 1] = (byte) code;
                } else {
                    DIST_CODE_LARGE[(d - 1) >> 7] = (byte) code;
                }
            }
        }
    }

    private final OutputStream out;
    private final CRC32 crc = new CRC32();
    private long inputSize;
    private boolean finished;

    /** History (the last {@link #WINDOW} bytes already compressed) followed by pending input. */
    private final byte[] in = new byte[WINDOW + CHUNK];
    private int fill;
    /** Start of the bytes not yet compressed. */
    private int pending;
    /** Where each hash of four bytes was last seen, as {@link #base} plus its index in {@link #in}. */
    private final int[] head = new int[1 << HASH_BITS];
    /** Stream position of {@code in[0]}, less any multiple of 2^30 already subtracted from the table. */
    private int base;
    /** Distance of the last match, tried before the table at the next position. */
    private int lastDistance;
    /** Start of the literals not yet made a token. */
    private int literalStart;

    /**
     * The hinted regions of the pending input, in order: each runs from its start (an index in {@link #in})
     * to the next one's, and is {@link #SEARCH} or {@link #LITERAL}. Input before the first region is searched.
     */
    private int[] regionStart = new int[1 << 10];
    private int[] regionHint = new int[1 << 10];
    private int regionCount;

    /**
     * Tokens of the block being built: a match is {@code 1 << 31 | distanceCode << 23 | (length - 3) << 15 |
     * (distance - 1)}, its distance code kept so that encoding does not look it up again; a run of literals
     * is its count followed by its start in {@link #in}.
     */
    private final int[] tokens = new int[maxTokens(WINDOW + CHUNK)];
    private int tokenCount;
    private final int[] literalFreq = new int[286];
    private final int[] distanceFreq = new int[30];
    /** The codes of the block being written: see writeBlock. */
    private final int[] literalFields = new int[286];
    private final int[] lengthFields = new int[MAX_MATCH + 1];
    private final int[] distanceFields = new int[30];
    private final int[] distanceCodeLengths = new int[30];

    private byte[] buf = new byte[1 << 16];
    private int bufPos;
    private long bits;
    private int bitCount;

    public FastGzipOutputStream(OutputStream out) throws IOException {
        this.out = out;
        Arrays.fill(head, NO_POSITION);
        // magic, deflate, no flags, no time, no extra flags, OS unknown: as java.util.zip writes it
        byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0};
        out.write(header);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (finished) {
            throw new IOException("gzip stream already finished");
        }
        Objects.checkFromIndexSize(off, len, b.length);
        if (regionCount > 0 && regionHint[regionCount - 1] == LITERAL) {
            addRegion(fill, SEARCH); // bytes without hints are searched, whatever the last hint said
        }
        crc.update(b, off, len);
        inputSize += len;
        while (len > 0) {
            int n = Math.min(len, in.length - fill);
            System.arraycopy(b, off, in, fill, n);
            fill += n;
            off += n;
            len -= n;
            if (fill == in.length) {
                compressPending();
                writeBlock(false); // its literals are read from the buffer that slide() moves
                slide();
            }
        }
    }

    /**
     * Writes {@code len} bytes with hints about them: {@code hints} holds {@code hintCount} pairs, each the
     * offset of a region from {@code off} (in increasing order, within the bytes written) and what the region
     * is: {@link #SEARCH} or {@link #LITERAL}. A region runs to the next one, on past these bytes into the next
     * call that has hints; {@link #write(byte[], int, int)} searches all it writes.
     */
    public void write(byte[] b, int off, int len, int[] hints, int hintCount) throws IOException {
        if (finished) {
            throw new IOException("gzip stream already finished");
        }
        Objects.checkFromIndexSize(off, len, b.length);
        Objects.checkFromIndexSize(0, 2 * hintCount, hints.length);
        for (int i = 0, last = 0; i < hintCount; i++) {
            int at = hints[2 * i];
            if (at < last || at >= len) {
                throw new IllegalArgumentException("hint " + i + " at offset " + at + ": not in increasing order within "
                        + len + " bytes");
            }
            if (hints[2 * i + 1] != SEARCH && hints[2 * i + 1] != LITERAL) {
                throw new IllegalArgumentException("hint " + i + ": unknown kind " + hints[2 * i + 1]);
            }
            last = at;
        }
        crc.update(b, off, len);
        inputSize += len;
        int h = 0;
        int done = 0;
        while (len > 0) {
            int n = Math.min(len, in.length - fill);
            System.arraycopy(b, off, in, fill, n);
            for (; h < hintCount && hints[2 * h] < done + n; h++) {
                addRegion(fill + hints[2 * h] - done, hints[2 * h + 1]);
            }
            fill += n;
            off += n;
            len -= n;
            done += n;
            if (fill == in.length) {
                compressPending();
                writeBlock(false);
                slide();
            }
        }
    }

    private void addRegion(int start, int hint) {
        if (regionCount > 0 && regionStart[regionCount - 1] == start) {
            regionHint[regionCount - 1] = hint; // an empty region: the later hint holds
            return;
        }
        if (regionCount == regionStart.length) {
            regionStart = Arrays.copyOf(regionStart, regionCount * 2);
            regionHint = Arrays.copyOf(regionHint, regionCount * 2);
        }
        regionStart[regionCount] = start;
        regionHint[regionCount] = hint;
        regionCount++;
    }

    /** Compresses what is left, ends the gzip member with its checksum and size, and flushes the target. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        compressPending();
        writeBlock(true);
        flushBits();
        writeIntLE((int) crc.getValue());
        writeIntLE((int) inputSize);
        out.write(buf, 0, bufPos);
        bufPos = 0;
        out.flush();
        finished = true;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }

    // ---------------------------------------------------------------- matching

    private void compressPending() {
        final int limit = fill;
        final int last = limit - 8; // the last position with eight bytes to read
        int p = pending;
        literalStart = p;
        int r = 0; // the first region that starts after p
        while (p <= last) {
            while (r < regionCount && regionStart[r] <= p) {
                r++;
            }
            int end = r < regionCount ? Math.min(last, regionStart[r] - 1) : last;
            if (r > 0 && regionHint[r - 1] == LITERAL) {
                final int[] freq = literalFreq;
                for (; p <= end; p++) {
                    freq[in[p] & 0xFF]++;
                }
                continue;
            }
            // in slices, so that a cold JVM compiles the slice's method after a hundred calls rather than
            // running a whole pass in the interpreter until the loop itself is compiled
            p = compressSlice(p, Math.min(p + SLICE_BYTES, end), limit);
        }
        // the region in force at the end goes on into the next pass, past its start
        boolean literal = regionCount > 0 && regionHint[regionCount - 1] == LITERAL;
        regionCount = 0;
        if (literal) {
            addRegion(limit, LITERAL);
        }
        for (int i = p; i < limit; i++) {
            literalFreq[in[i] & 0xFF]++;
        }
        if (limit > literalStart) {
            literals(literalStart, limit - literalStart);
        }
        pending = limit;
    }

    /**
     * Finds the matches that start from {@code p} up to {@code end}; a match may run on to {@code limit}.
     * Returns where the next slice starts.
     */
    private int compressSlice(int p, int end, int limit) {
        final byte[] in = this.in;
        final int[] head = this.head;
        final int[] freq = literalFreq;
        // the table holds positions counted from the start of the stream, so sliding the buffer leaves it be
        final int base = this.base;
        int rep = lastDistance;
        while (p <= end) {
            long w = (long) LONG.get(in, p);
            int here = (int) w;
            int distance = 0;
            // first where the last match came from: after a value of the same length, the next field's line
            if (rep != 0 && int32(in, p - rep) == here) {
                distance = rep;
            } else {
                int h = (int) ((w << (64 - 8 * HASH_BYTES)) * 0x9E3779B97F4A7C15L >>> (64 - HASH_BITS));
                // an empty slot, or one from before the window, is more than a window back
                int d = p + base - head[h];
                head[h] = p + base;
                if (d <= WINDOW && int32(in, p - d) == here) {
                    distance = d;
                }
            }
            if (distance == 0) {
                freq[in[p] & 0xFF]++;
                p++;
                continue;
            }
            int length = 4 + matchLength(in, p + 4 - distance, p + 4, Math.min(MAX_MATCH, limit - p) - 4);
            if (p > literalStart) {
                literals(literalStart, p - literalStart);
            }
            match(length, distance);
            p += length;
            literalStart = p;
            rep = distance;
        }
        lastDistance = rep;
        return p;
    }

    /**
     * Four bytes as an int, in one load: a tenth less time for the whole encoder, warm, than four byte loads
     * (C2 does not merge them). Cold, a VarHandle costs some milliseconds to set up and is slow until compiled,
     * which is why a single conversion from the command line writes with zlib ({@code ClapWriter.Encoder}).
     */
    private static int int32(byte[] b, int i) {
        return (int) INT.get(b, i);
    }

    private static void putInt32(byte[] b, int i, int v) {
        INT.set(b, i, v);
    }

    /** How many of the next {@code max} bytes at {@code a} and {@code b} are equal. */
    private static int matchLength(byte[] in, int a, int b, int max) {
        // vectorised by the JIT: most matches here run tens or hundreds of bytes
        int n = Arrays.mismatch(in, a, a + max, in, b, b + max);
        return n < 0 ? max : n;
    }

    /** Keeps the last window of input as history for the next pass. */
    private void slide() {
        int shift = fill - WINDOW;
        System.arraycopy(in, shift, in, 0, WINDOW);
        fill = WINDOW;
        pending = WINDOW;
        for (int i = 0; i < regionCount; i++) {
            regionStart[i] -= shift;
        }
        base += shift;
        if (base > 1 << 30) { // before stream positions overflow, count them from the buffer again
            for (int i = 0; i < head.length; i++) {
                head[i] = Math.max(head[i] - base, NO_POSITION);
            }
            base = 0;
        }
    }

    /** A run of literals, already counted. */
    private void literals(int start, int count) {
        tokens[tokenCount++] = count;
        tokens[tokenCount++] = start;
    }

    private void match(int length, int distance) {
        int dc = distanceCode(distance);
        literalFreq[257 + LENGTH_CODE[length]]++;
        distanceFreq[dc]++;
        tokens[tokenCount++] = 1 << 31 | dc << 23 | (length - 3) << 15 | (distance - 1);
    }

    /**
     * Token entries a pass over {@code bytes} can make: each match covers at least four bytes and each run
     * of literals at least one, and a pass is one block.
     */
    private static int maxTokens(int bytes) {
        return bytes / 5 * 3 + 8;
    }

    private static int distanceCode(int distance) {
        return distance <= 256 ? DIST_CODE_SMALL[distance - 1] : DIST_CODE_LARGE[(distance - 1) >> 7];
    }

    // ---------------------------------------------------------------- blocks

    /** Writes the tokens so far as one block with its own codes (RFC 1951, 3.2.7). */
    private void writeBlock(boolean last) throws IOException {
        literalFreq[256] = 1; // end of block
        HuffmanCode lit = HuffmanCode.of(literalFreq, 15);
        HuffmanCode dist = HuffmanCode.of(distanceFreq, 15);
        ensure(1 << 10);
        bits(last ? 1 : 0, 1);
        bits(2, 2);
        writeCodeLengths(lit.lengths, dist.lengths);
        // no code is longer than 15 bits, no extra field than 13: a literal costs at most 15 bits, a match 48
        int literalBytes = 0;
        for (int i = 0; i < 256; i++) {
            literalBytes += literalFreq[i];
        }
        ensure((int) (((long) literalBytes * 15 + (long) tokenCount * 48) / 8 + 64));
        // each symbol's code and length in one int: code in the low 16 bits, length above
        for (int i = 0; i < 286; i++) {
            literalFields[i] = lit.codes[i] | lit.lengths[i] << 16;
        }
        // a match length's code followed by its extra bits, as one field
        for (int len = 3; len <= MAX_MATCH; len++) {
            int lc = LENGTH_CODE[len];
            int codeLen = lit.lengths[257 + lc];
            lengthFields[len] = (lit.codes[257 + lc] | (len - LENGTH_BASE[lc]) << codeLen) | (codeLen + LENGTH_EXTRA[lc]) << 24;
        }
        for (int i = 0; i < 30; i++) {
            distanceFields[i] = dist.codes[i] | (dist.lengths[i] + DIST_EXTRA[i]) << 16;
            distanceCodeLengths[i] = dist.lengths[i];
        }
        // in slices, as the matching: a cold JVM compiles encodeTokens after a hundred calls
        for (int t = 0, n = tokenCount; t < n;) {
            t = encodeTokens(t, Math.min(t + SLICE_TOKENS, n));
        }
        bits(lit.codes[256], lit.lengths[256]);
        tokenCount = 0;
        Arrays.fill(literalFreq, 0);
        Arrays.fill(distanceFreq, 0);
        if (bufPos > (1 << 15)) {
            out.write(buf, 0, bufPos);
            bufPos = 0;
        }
    }

    /** Writes the tokens from {@code from} to {@code to} with this block's codes; returns the next token. */
    private int encodeTokens(int from, int to) {
        final byte[] in = this.in;
        final int[] tokens = this.tokens;
        final int[] litCode = literalFields;
        final int[] lengthField = lengthFields;
        final int[] distCode = distanceFields;
        final int[] distLength = distanceCodeLengths;
        final byte[] buf = this.buf;
        int pos = bufPos;
        long bits = this.bits;
        int count = bitCount;
        int t = from;
        // after each literal or match, the whole accumulator is stored and the pointer moved by its whole bytes: no
        // branch on whether a word is full, which a processor cannot predict. Whole bytes are stored first, so that
        // at most 7 + 48 bits are ever held (a match) and no bit is shifted out
        LONG.set(buf, pos, bits);
        pos += count >>> 3;
        bits >>>= count & ~7;
        count &= 7;
        for (; t < to; t++) {
            int token = tokens[t];
            if (token >= 0) {
                int start = tokens[++t];
                for (int i = start, end = start + token; i < end; i++) {
                    int c = litCode[in[i] & 0xFF];
                    bits |= (long) (c & 0xFFFF) << count;
                    count += c >>> 16;
                    LONG.set(buf, pos, bits);
                    int whole = count >>> 3;
                    pos += whole;
                    bits >>>= whole << 3;
                    count &= 7;
                }
            } else {
                int length = ((token >>> 15) & 0xFF) + 3;
                int distance = (token & 0x7FFF) + 1;
                int lf = lengthField[length];
                int dc = (token >>> 23) & 0x1F;
                int df = distCode[dc];
                // length and distance with their extra bits, 48 bits at most, stored at once
                bits |= ((long) (lf & 0xFFFFFF)
                        | ((long) (df & 0xFFFF) | (long) (distance - DIST_BASE[dc]) << distLength[dc]) << (lf >>> 24)) << count;
                count += (lf >>> 24) + (df >>> 16);
                LONG.set(buf, pos, bits);
                int whole = count >>> 3;
                pos += whole;
                bits >>>= whole << 3;
                count &= 7;
            }
        }
        this.bits = bits;
        this.bitCount = count;
        this.bufPos = pos;
        return t;
    }

    private void ensure(int bytes) {
        if (bufPos + bytes > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, bufPos + bytes));
        }
    }

    /** The block header's HLIT, HDIST and HCLEN, then both codes' lengths, run-length coded. */
    private void writeCodeLengths(int[] litLengths, int[] distLengths) {
        int nlit = 286;
        while (nlit > 257 && litLengths[nlit - 1] == 0) {
            nlit--;
        }
        int ndist = 30;
        while (ndist > 1 && distLengths[ndist - 1] == 0) {
            ndist--;
        }
        int[] all = new int[nlit + ndist];
        System.arraycopy(litLengths, 0, all, 0, nlit);
        System.arraycopy(distLengths, 0, all, nlit, ndist);
        // each entry: symbol in the low 5 bits, its extra bits' value above
        int[] runs = new int[all.length];
        int nruns = 0;
        int[] freq = new int[19];
        for (int i = 0; i < all.length;) {
            int len = all[i];
            int run = 1;
            while (i + run < all.length && all[i + run] == len) {
                run++;
            }
            i += run;
            if (len == 0) {
                while (run >= 11) {
                    int r = Math.min(run, 138);
                    runs[nruns++] = 18 | (r - 11) << 5;
                    freq[18]++;
                    run -= r;
                }
                if (run >= 3) {
                    runs[nruns++] = 17 | (run - 3) << 5;
                    freq[17]++;
                    run = 0;
                }
            } else {
                runs[nruns++] = len;
                freq[len]++;
                run--;
                while (run >= 3) {
                    int r = Math.min(run, 6);
                    runs[nruns++] = 16 | (r - 3) << 5;
                    freq[16]++;
                    run -= r;
                }
            }
            for (; run > 0; run--) {
                runs[nruns++] = len;
                freq[len]++;
            }
        }
        HuffmanCode cl = HuffmanCode.of(freq, 7);
        int ncl = 19;
        while (ncl > 4 && cl.lengths[CODE_LENGTH_ORDER[ncl - 1]] == 0) {
            ncl--;
        }
        bits(nlit - 257, 5);
        bits(ndist - 1, 5);
        bits(ncl - 4, 4);
        for (int i = 0; i < ncl; i++) {
            bits(cl.lengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int i = 0; i < nruns; i++) {
            int sym = runs[i] & 31;
            bits(cl.codes[sym], cl.lengths[sym]);
            if (sym == 16) {
                bits(runs[i] >>> 5, 2);
            } else if (sym == 17) {
                bits(runs[i] >>> 5, 3);
            } else if (sym == 18) {
                bits(runs[i] >>> 5, 7);
            }
        }
    }

    // ---------------------------------------------------------------- bits

    private void bits(int value, int count) {
        bits |= (long) value << bitCount;
        bitCount += count;
        if (bitCount >= 32) {
            putInt32(buf, bufPos, (int) bits);
            bufPos += 4;
            bits >>>= 32;
            bitCount -= 32;
        }
    }

    private void flushBits() {
        ensure(8);
        while (bitCount > 0) {
            buf[bufPos++] = (byte) bits;
            bits >>>= 8;
            bitCount -= 8;
        }
        bitCount = 0;
        bits = 0;
    }

    private void writeIntLE(int v) {
        ensure(4);
        putInt32(buf, bufPos, v);
        bufPos += 4;
    }
}

package dev.slate.clap.internal.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A fast streaming writer of block-style YAML: one top-level sequence whose items are block mappings.
 * It encodes UTF-8 straight into its own byte buffer (no {@code Writer}, no formatting library), because
 * a feature film's project is tens of megabytes of YAML and snakeyaml's emitter is several times slower.
 *
 * <p>Strings are written plain only when {@link #isPlainSafe} proves that every YAML reader, 1.1 or
 * 1.2, reads them back as the same string; everything else is double-quoted on one line with escapes
 * for anything a reader could mangle (controls, line breaks, C1, U+2028/2029, BOM, noncharacters and
 * lone surrogates). A value therefore always fits on the line of its key.
 *
 * <p>Usage: {@link #item()} starts a top-level item; then {@link #key} and one value call per field.
 * Nested plain-Java values (String, Boolean, Integer, Long, BigInteger, Double, null, List, Map) go
 * through {@link #value(Object)}. A list of mappings that the caller writes field by field (scene
 * events) uses {@link #beginList}, {@link #listItem()} and {@link #endList()}.
 */
public final class YamlEmitter {
    /** Keys longer than this are written as explicit keys ({@code ? key}): YAML caps implicit keys at 1024 chars. */
    static final int MAX_IMPLICIT_KEY_CHARS = 128;
    /** Nesting beyond this is almost certainly a value that contains itself. */
    public static final int MAX_DEPTH = 1000;

    // Character classes, as bits so that one pass over a string can OR them together. The pairs that end a
    // plain scalar, ": " and " #", are looked for only in the rare strings that hold both halves.
    private static final byte SAFE = 0;
    /** Must be escaped inside double quotes. */
    private static final byte ESCAPE = 1;
    /** Printable, but not in a plain scalar: needs quotes, no escape. */
    private static final byte QUOTE = 2;
    private static final byte COLON = 4;
    private static final byte SPACE = 8;
    private static final byte HASH = 16;
    /** Not ASCII: always double-quoted, through the general encoder. */
    private static final byte WIDE = 32 | ESCAPE;

    /** The class of every UTF-16 code unit (a table, so the hot loop has no branch on the character). */
    private static final byte[] CLASS = new byte[0x10000];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = bytes("null");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    private static final byte[] NAN = bytes(".nan");
    private static final byte[] INF = bytes(".inf");
    private static final byte[] NEG_INF = bytes("-.inf");
    private static final byte[] EMPTY_LIST = bytes("[]");
    private static final byte[] EMPTY_MAP = bytes("{}");
    private static final byte[] SPACES = bytes(" ".repeat(64));
    /** "00" to "99": two digits per division when writing numbers. */
    private static final byte[] DIGIT_PAIRS = new byte[200];
    private static final byte[] LONG_MIN = bytes(Long.toString(Long.MIN_VALUE));

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        Arrays.fill(CLASS, 0, 0x80, QUOTE);
        Arrays.fill(CLASS, 0x80, 0x10000, WIDE);
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = SAFE;
            CLASS[c - 'a' + 'A'] = SAFE;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = SAFE;
        }
        for (char c : "_-.,/()'!?+=;&%$@".toCharArray()) {
            CLASS[c] = SAFE;
        }
        CLASS[' '] = SPACE;
        CLASS[':'] = COLON;
        CLASS['#'] = HASH;
        for (int c = 0; c < 0x20; c++) {
            CLASS[c] = ESCAPE;
        }
        CLASS[0x7f] = ESCAPE;
        CLASS['"'] = ESCAPE;
        CLASS['\\'] = ESCAPE;
    }

    private final ByteSink sink;
    /** Hints for the sink, as {@link HintedByteSink} takes them, when it takes them; else null. */
    private int[] hints;
    private int hintCount;
    /** The last value of a random key, to tell ids that share a prefix from random ones. */
    private String lastRandom;
    /** Where the bytes of the last random value's first {@link #RANDOM_PREFIX} characters lie, or -1. */
    private int randomPrefixAt = -1;
    /** The classes of those characters, ORed. */
    private int randomPrefixClasses;
    private static final int RANDOM_PREFIX = 24;
    /** A shorter number (a seed of 0) is not worth a region of its own, and a compressor finds no match in it. */
    private static final int MIN_RANDOM_DIGITS = 6;
    private final int drainThreshold;
    private byte[] buf;
    private int pos;
    /** Bytes handed to the sink so far. */
    private long drained;
    /**
     * Per key slot, the value last written for it and where its bytes lie in {@link #buf}, until the buffer is
     * drained: segments repeat their scene's id, the prompt of the shot before and the like, and the same
     * string object's bytes are copied rather than worked out again.
     */
    private String[] lastValue = new String[64];
    private int[] lastFrom = new int[64];
    private int[] lastLength = new int[64];
    /** The value {@link #repeatableScalar} wrote last, whatever its key, and where its bytes lie. */
    private String previousValue;
    private int previousFrom;
    private int previousLength;

    /** Column of the keys of the mapping being written. */
    private int indent;
    /** The next key goes on the current line, right after a {@code "- "}. */
    private boolean inline;
    private int[] savedIndents = new int[4];
    private int savedCount;
    private boolean anyItem;

    /** An emitter that keeps everything in memory: read it with {@link #bytes()} / {@link #size()}. */
    public YamlEmitter() {
        this(1 << 16);
    }

    /** An in-memory emitter whose buffer starts at {@code initialCapacity} bytes. */
    public YamlEmitter(int initialCapacity) {
        this.sink = null;
        this.drainThreshold = Integer.MAX_VALUE;
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    /**
     * An emitter that hands its buffer to {@code sink} whenever it holds more than {@code drainThreshold}
     * bytes at the start of an item, and on {@link #finish()}.
     */
    public YamlEmitter(ByteSink sink, int drainThreshold) {
        this.sink = sink;
        this.drainThreshold = drainThreshold;
        this.hints = sink instanceof HintedByteSink ? new int[256] : null;
        this.buf = new byte[Math.max(1 << 12, Math.min(drainThreshold, 1 << 24) + (1 << 12))];
    }

    /** A key encoded once, for keys written many times (field names). */
    public static final class Key {
        private static final java.util.concurrent.atomic.AtomicInteger SLOTS = new java.util.concurrent.atomic.AtomicInteger();
        final String name;
        /** {@code key:} */
        final byte[] bytes;
        /** {@code key: } for a value on the same line. */
        final byte[] spaced;
        /** {@code   key: } as written in a top-level item after its first line. */
        final byte[] indentedSpaced;
        /** Its values are random and unique (ids, seeds): see {@link HintedByteSink#RANDOM}. */
        final boolean random;
        /** This key's place in an emitter's record of the value it last wrote for each key. */
        final int slot;

        private Key(String name, byte[] bytes, boolean random) {
            this.name = name;
            this.random = random;
            this.slot = SLOTS.getAndIncrement();
            this.bytes = bytes;
            this.spaced = Arrays.copyOf(bytes, bytes.length + 1);
            spaced[bytes.length] = ' ';
            this.indentedSpaced = new byte[bytes.length + 3];
            indentedSpaced[0] = ' ';
            indentedSpaced[1] = ' ';
            System.arraycopy(spaced, 0, indentedSpaced, 2, spaced.length);
        }

        public static Key of(String name) {
            return of(name, false);
        }

        /** A key whose values are random and unique to it, such as ids and seeds. */
        public static Key ofRandom(String name) {
            return of(name, true);
        }

        private static Key of(String name, boolean random) {
            if (name.length() > MAX_IMPLICIT_KEY_CHARS) {
                throw new IllegalArgumentException("key too long for a field name: " + name.length() + " chars");
            }
            YamlEmitter e = new YamlEmitter(64);
            e.keyText(name);
            return new Key(name, Arrays.copyOf(e.buf, e.pos), random);
        }

        public String name() {
            return name;
        }
    }

    // ---------------------------------------------------------------- structure

    /** Starts a top-level item (a block mapping); its first key goes on the {@code "- "} line. */
    public void item() throws IOException {
        if (savedCount != 0) {
            throw new IllegalStateException("item() inside an open list");
        }
        if (sink != null && pos > drainThreshold) {
            drain();
        }
        ensure(2);
        buf[pos++] = '-';
        buf[pos++] = ' ';
        indent = 2;
        inline = true;
        anyItem = true;
    }

    /** Writes an empty top-level sequence when no item was written; drains to the sink, if any. */
    public void finish() throws IOException {
        if (!anyItem) {
            ensure(3);
            buf[pos++] = '[';
            buf[pos++] = ']';
            buf[pos++] = '\n';
            anyItem = true;
        }
        if (sink != null) {
            drain();
        }
    }

    public void key(Key key) {
        startKey();
        write(key.bytes);
    }

    public void key(String key) {
        if (key == null) {
            throw new IllegalArgumentException("map key is null");
        }
        startKey();
        mapKey(key, indent);
    }

    private void startKey() {
        if (inline) {
            inline = false;
        } else {
            spaces(indent);
        }
    }

    /** Writes {@code key: } where the next key goes; the value follows on the same line. */
    private void startField(Key key) {
        if (inline) {
            inline = false;
            write(key.spaced);
        } else if (indent == 2) {
            write(key.indentedSpaced);
        } else {
            spaces(indent);
            write(key.spaced);
        }
    }

    /** A key and a string value: {@code key(k); string(v)} in one step, the usual field. */
    public void field(Key key, String v) {
        startField(key);
        int from = pos;
        if (v == null) {
            write(NULL);
        } else if (key.random) {
            boolean like = likeLastRandom(v);
            randomScalar(v, like);
            if (hints != null && !like) {
                hintRandom(from);
            }
        } else {
            repeatableScalar(key.slot, v);
        }
        newline();
    }

    /** A value as {@link #scalar} writes it, copied from where the same string was last written for the key. */
    private void repeatableScalar(int slot, String v) {
        if (slot >= lastValue.length) {
            int size = Math.max(slot + 1, 2 * lastValue.length);
            lastValue = Arrays.copyOf(lastValue, size);
            lastFrom = Arrays.copyOf(lastFrom, size);
            lastLength = Arrays.copyOf(lastLength, size);
        }
        int from = pos;
        if (same(lastValue[slot], v)) {
            copy(lastFrom[slot], lastLength[slot]);
        } else {
            if (same(previousValue, v)) { // a label that repeats its segment's prompt
                copy(previousFrom, previousLength);
            } else {
                scalar(v);
            }
            lastValue[slot] = v;
            lastFrom[slot] = from;
            lastLength[slot] = pos - from;
        }
        previousValue = v;
        previousFrom = from;
        previousLength = pos - from;
    }

    /** Whether a value written before (or null) is this one: the same object, or equal (labels made twice over). */
    private static boolean same(String before, String v) {
        return before == v || before != null && before.length() == v.length() && before.equals(v);
    }

    /** Writes again the {@code n} bytes written at {@code from}. */
    private void copy(int from, int n) {
        ensure(n);
        System.arraycopy(buf, from, buf, pos, n);
        pos += n;
    }

    /**
     * A random key's value; one that starts as the last one did ({@code like}) has the bytes of that start copied
     * from where the last one's lie, and only the rest looked at: Slate's ids differ in their last 12 characters.
     */
    private void randomScalar(String v, boolean like) {
        int n = v.length();
        if (like && randomPrefixAt >= 0) {
            ensure(n + 2);
            int start = pos;
            System.arraycopy(buf, randomPrefixAt, buf, start, RANDOM_PREFIX);
            scalar(v, RANDOM_PREFIX, randomPrefixClasses, start);
        } else {
            int start = pos;
            scalar(v);
            if (n <= RANDOM_PREFIX) {
                randomPrefixAt = -1;
                return;
            }
            int all = 0;
            for (int i = 0; i < RANDOM_PREFIX; i++) {
                all |= CLASS[v.charAt(i)];
            }
            randomPrefixClasses = all;
            if ((all & ESCAPE) != 0) {
                randomPrefixAt = -1; // its bytes are not its characters
                return;
            }
            randomPrefixAt = start;
        }
        // plain, or quoted with the start's characters as bytes after the quote
        randomPrefixAt = buf[randomPrefixAt] == '"' ? randomPrefixAt + 1 : randomPrefixAt;
    }

    /**
     * Whether a value of a random key starts as the last one did: ids made by one generator share their first
     * 24 characters and differ in a counter (Slate's own), so a compressor finds most of each in the one before.
     */
    private boolean likeLastRandom(String v) {
        boolean like = lastRandom != null && v.length() == lastRandom.length() && v.length() > RANDOM_PREFIX
                && v.regionMatches(0, lastRandom, 0, RANDOM_PREFIX);
        lastRandom = v;
        return like;
    }

    public void field(Key key, long v) {
        startField(key);
        int from = pos;
        writeLong(v);
        if (key.random && hints != null && pos - from >= MIN_RANDOM_DIGITS) {
            hintRandom(from);
        }
        newline();
    }

    /** The bytes from {@code from} to here are random; what follows is not. */
    private void hintRandom(int from) {
        if (hintCount + 2 > hints.length / 2) {
            hints = Arrays.copyOf(hints, hints.length * 2);
        }
        hints[2 * hintCount] = from;
        hints[2 * hintCount + 1] = HintedByteSink.RANDOM;
        hints[2 * hintCount + 2] = pos;
        hints[2 * hintCount + 3] = HintedByteSink.ORDINARY;
        hintCount += 2;
    }

    public void field(Key key, boolean v) {
        startField(key);
        write(v ? TRUE : FALSE);
        newline();
    }

    /** A key and a typed number: see {@link #number(double)}. */
    public void numberField(Key key, double v) {
        startField(key);
        writeNumber(v);
        newline();
    }

    /**
     * After a key: a list whose items the caller writes as mappings, each started with
     * {@link #listItem()}; close with {@link #endList()}. An empty list is written {@code []}.
     */
    public void beginList(int size) {
        if (savedCount == savedIndents.length) {
            savedIndents = Arrays.copyOf(savedIndents, savedCount * 2);
        }
        savedIndents[savedCount++] = indent;
        if (size == 0) {
            ensure(4);
            buf[pos++] = ' ';
            buf[pos++] = '[';
            buf[pos++] = ']';
        }
        newline();
    }

    public void listItem() {
        int listIndent = savedIndents[savedCount - 1] + 2;
        spaces(listIndent);
        ensure(2);
        buf[pos++] = '-';
        buf[pos++] = ' ';
        indent = listIndent + 2;
        inline = true;
    }

    public void endList() {
        indent = savedIndents[--savedCount];
        inline = false;
    }

    /** Where the next byte goes, counted from the start of the document (drained bytes included). */
    public long position() {
        return drained + pos;
    }

    /**
     * Writes again, as whole lines after an item's first field, the bytes written from {@code from} to {@code to}
     * ({@link #position()}s) when they are still in the buffer, not yet drained; says whether they were.
     */
    public boolean repeat(long from, long to) {
        if (inline) {
            throw new IllegalStateException("repeat() where a key belongs on the current line");
        }
        if (from < drained || to > position() || from > to) {
            return false;
        }
        copy((int) (from - drained), (int) (to - from));
        return true;
    }

    /**
     * Whole lines of fields that an emitter of this class wrote for the same place in an item (after its
     * first field), copied as they are: a run of fields repeated item after item costs one copy.
     */
    public void lines(byte[] fields) {
        if (inline) {
            throw new IllegalStateException("lines() where a key belongs on the current line");
        }
        write(fields);
    }

    // ---------------------------------------------------------------- values after a key

    public void string(String s) {
        space();
        if (s == null) {
            write(NULL);
        } else {
            scalar(s);
        }
        newline();
    }

    public void integer(long v) {
        space();
        writeLong(v);
        newline();
    }

    public void bool(boolean v) {
        space();
        write(v ? TRUE : FALSE);
        newline();
    }

    /** A typed number: integral values as integers ({@code 3000}), others as floats. */
    public void number(double v) {
        space();
        writeNumber(v);
        newline();
    }

    /** A double that must read back as a double: always with a {@code .} or an exponent. */
    public void floating(double v) {
        space();
        writeFloat(v);
        newline();
    }

    /** Any plain-Java value, nested lists and maps in block style. */
    public void value(Object v) {
        entryValue(v, indent, 0);
    }

    /** A list of strings (tags, ids): block style, {@code []} when empty. */
    public void stringList(List<String> list) {
        if (list.isEmpty()) {
            ensure(4);
            buf[pos++] = ' ';
            write(EMPTY_LIST);
            newline();
            return;
        }
        newline();
        int listIndent = indent + 2;
        for (String s : list) {
            spaces(listIndent);
            ensure(2);
            buf[pos++] = '-';
            buf[pos++] = ' ';
            if (s == null) {
                write(NULL);
            } else {
                scalar(s);
            }
            newline();
        }
    }

    // ---------------------------------------------------------------- output

    /** The buffer; valid up to {@link #size()}. */
    public byte[] bytes() {
        return buf;
    }

    public int size() {
        return pos;
    }

    public String toUtf8String() {
        return new String(buf, 0, pos, StandardCharsets.UTF_8);
    }

    private void drain() throws IOException {
        if (pos > 0) {
            if (hints != null) {
                ((HintedByteSink) sink).write(buf, 0, pos, hints, hintCount);
                hintCount = 0;
            } else {
                sink.write(buf, 0, pos);
            }
            drained += pos;
            pos = 0;
            Arrays.fill(lastValue, null); // their bytes are gone
            previousValue = null;
            randomPrefixAt = -1;
        }
    }

    // ---------------------------------------------------------------- generic values

    private void entryValue(Object v, int ind, int depth) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            newline();
            mapBody(m, ind + 2, depth + 1, false);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            newline();
            listBody(l, ind + 2, depth + 1, false);
        } else {
            space();
            scalarValue(v);
            newline();
        }
    }

    private void mapBody(Map<?, ?> m, int ind, int depth, boolean firstInline) {
        checkDepth(depth);
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(first && firstInline)) {
                spaces(ind);
            }
            first = false;
            if (!(e.getKey() instanceof String k)) {
                throw new IllegalArgumentException("map key is not a string: " + typeName(e.getKey()));
            }
            mapKey(k, ind);
            entryValue(e.getValue(), ind, depth);
        }
    }

    private void listBody(List<?> l, int ind, int depth, boolean firstInline) {
        checkDepth(depth);
        boolean first = true;
        for (Object v : l) {
            if (!(first && firstInline)) {
                spaces(ind);
            }
            first = false;
            ensure(2);
            buf[pos++] = '-';
            buf[pos++] = ' ';
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                mapBody(m, ind + 2, depth + 1, true);
            } else if (v instanceof List<?> inner && !inner.isEmpty()) {
                listBody(inner, ind + 2, depth + 1, true);
            } else {
                scalarValue(v);
                newline();
            }
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH + " levels (does it contain itself?)");
        }
    }

    private void scalarValue(Object v) {
        if (v == null) {
            write(NULL);
        } else if (v instanceof String s) {
            scalar(s);
        } else if (v instanceof Boolean b) {
            write(b ? TRUE : FALSE);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            writeLong(((Number) v).longValue());
        } else if (v instanceof Double d) {
            writeFloat(d);
        } else if (v instanceof Float f) {
            writeFloat(Double.parseDouble(Float.toString(f)));
        } else if (v instanceof BigInteger b) {
            write(bytes(b.toString()));
        } else if (v instanceof Map<?, ?>) {
            write(EMPTY_MAP);
        } else if (v instanceof List<?>) {
            write(EMPTY_LIST);
        } else if (v instanceof CharSequence || v instanceof Character) {
            scalar(v.toString());
        } else {
            throw new IllegalArgumentException("cannot write a value of type " + typeName(v)
                    + " (expected String, Boolean, Integer, Long, BigInteger, Double, null, List or Map)");
        }
    }

    private static String typeName(Object v) {
        return v == null ? "null" : v.getClass().getName();
    }

    // ---------------------------------------------------------------- numbers

    private void writeNumber(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v)) {
            if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                write(bytes("-0.0")); // an integer 0 would lose the sign
            } else if (Math.abs(v) < 0x1p63) {
                writeLong((long) v);
            } else {
                write(bytes(new BigDecimal(v).toBigInteger().toString()));
            }
        } else {
            writeFloat(v);
        }
    }

    private void writeFloat(double v) {
        if (Double.isNaN(v)) {
            write(NAN);
        } else if (Double.isInfinite(v)) {
            write(v > 0 ? INF : NEG_INF);
        } else {
            String s = Double.toString(v);
            int e = s.indexOf('E');
            // YAML 1.1 floats need a signed exponent: 1.0E+10, not 1.0E10
            if (e >= 0 && s.charAt(e + 1) != '-') {
                s = s.substring(0, e + 1) + '+' + s.substring(e + 1);
            }
            write(bytes(s));
        }
    }

    private void writeLong(long v) {
        if (v == Long.MIN_VALUE) {
            write(LONG_MIN);
            return;
        }
        ensure(20);
        byte[] b = buf;
        int p = pos;
        if (v < 0) {
            b[p++] = '-';
            v = -v;
        }
        int digits = digits(v);
        int end = p + digits;
        int q = end;
        while (v >= Integer.MAX_VALUE) {
            long next = v / 100;
            int two = (int) (v - next * 100) * 2;
            b[--q] = DIGIT_PAIRS[two + 1];
            b[--q] = DIGIT_PAIRS[two];
            v = next;
        }
        int i = (int) v; // int arithmetic is cheaper for the usual small numbers
        while (i >= 100) {
            int next = i / 100;
            int two = (i - next * 100) * 2;
            b[--q] = DIGIT_PAIRS[two + 1];
            b[--q] = DIGIT_PAIRS[two];
            i = next;
        }
        if (i >= 10) {
            b[--q] = DIGIT_PAIRS[i * 2 + 1];
            b[--q] = DIGIT_PAIRS[i * 2];
        } else {
            b[--q] = (byte) ('0' + i);
        }
        pos = end;
    }

    private static int digits(long v) {
        long limit = 10;
        for (int d = 1; d < 19; d++) {
            if (v < limit) {
                return d;
            }
            limit *= 10;
        }
        return 19;
    }

    // ---------------------------------------------------------------- strings

    /** Whether {@code s} may be written without quotes and still read back as the same string everywhere. */
    public static boolean isPlainSafe(String s, boolean asKey) {
        int n = s.length();
        if (n == 0 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            switch (CLASS[c]) {
                case SAFE:
                    break;
                case SPACE:
                    if (i == n - 1 || s.charAt(i + 1) == '#') {
                        return false;
                    }
                    break;
                case COLON:
                    if (asKey || i == n - 1 || s.charAt(i + 1) == ' ') {
                        return false;
                    }
                    break;
                case HASH:
                    if (asKey) {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
        }
        return !resolvesToNonString(s);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether a string that starts with a letter still resolves to something else than a string in some
     * reader: the words YAML 1.1 or 1.2 read as booleans or null (y n no on yes off true null false, in any
     * case), and {@code e1}, {@code E+5}..., which the {@code yaml} package's YAML 1.1 schema reads as floats.
     */
    private static boolean resolvesToNonString(String s) {
        int n = s.length();
        switch (s.charAt(0) | 0x20) {
            case 'e': {
                char c = s.charAt(n > 1 ? 1 : 0);
                return n >= 2 && ((c >= '0' && c <= '9') || c == '+' || c == '-');
            }
            case 'y':
                return n == 1 || (n == 3 && lower(s, 1) == 'e' && lower(s, 2) == 's');
            case 'n':
                return n == 1 || (n == 2 && lower(s, 1) == 'o')
                        || (n == 4 && lower(s, 1) == 'u' && lower(s, 2) == 'l' && lower(s, 3) == 'l');
            case 'o':
                return (n == 2 && lower(s, 1) == 'n') || (n == 3 && lower(s, 1) == 'f' && lower(s, 2) == 'f');
            case 't':
                return n == 4 && lower(s, 1) == 'r' && lower(s, 2) == 'u' && lower(s, 3) == 'e';
            case 'f':
                return n == 5 && lower(s, 1) == 'a' && lower(s, 2) == 'l' && lower(s, 3) == 's' && lower(s, 4) == 'e';
            default:
                return false;
        }
    }

    /** The ASCII letter at {@code i} in lower case (other characters come out as something no letter equals). */
    private static int lower(String s, int i) {
        char c = s.charAt(i);
        return c < 0x80 ? c | 0x20 : -1;
    }

    /** A key and its colon; a long key as an explicit key, its colon on the next line at {@code ind}. */
    private void mapKey(String k, int ind) {
        if (k.length() > MAX_IMPLICIT_KEY_CHARS) {
            ensure(2);
            buf[pos++] = '?';
            buf[pos++] = ' ';
            scalar(k);
            newline();
            spaces(ind);
            ensure(1);
            buf[pos++] = ':';
        } else {
            keyText(k);
        }
    }

    private void keyText(String k) {
        if (isPlainSafe(k, true)) {
            ensure(k.length() + 1);
            for (int i = 0, n = k.length(); i < n; i++) {
                buf[pos++] = (byte) k.charAt(i);
            }
        } else {
            quoted(k);
        }
        ensure(1);
        buf[pos++] = ':';
    }

    /**
     * A string scalar. One pass copies the characters as bytes and ORs their classes together; the general
     * quoted encoder takes over when one needs more than a byte copy (an escape or a non-ASCII character).
     */
    private void scalar(String s) {
        ensure(s.length() + 2);
        scalar(s, 0, 0, pos);
    }

    /**
     * {@link #scalar(String)} once its first {@code k} characters, whose classes ORed are {@code all}, stand as
     * bytes from {@code start} (= the position); room for the rest and two quotes is made.
     */
    private void scalar(String s, int k, int all, int start) {
        int n = s.length();
        byte[] b = buf;
        for (int i = k; i < n; i++) {
            char c = s.charAt(i);
            all |= CLASS[c];
            b[start + i] = (byte) c;
        }
        if ((all & ESCAPE) != 0) {
            quoted(s);
            return;
        }
        boolean plain = n > 0 && (all & QUOTE) == 0 && isAsciiLetter(s.charAt(0))
                && (CLASS[s.charAt(n - 1)] & (COLON | SPACE)) == 0
                && ((all & (COLON | HASH)) == 0 || (all & SPACE) == 0 || !hasColonSpaceOrSpaceHash(s))
                && !resolvesToNonString(s);
        if (plain) {
            pos = start + n;
        } else {
            System.arraycopy(b, start, b, start + 1, n);
            b[start] = '"';
            b[start + n + 1] = '"';
            pos = start + n + 2;
        }
    }

    /** ": " starts a mapping value and " #" a comment, anywhere in a plain scalar. */
    private static boolean hasColonSpaceOrSpaceHash(String s) {
        for (int i = 1, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            char p = s.charAt(i - 1);
            if ((c == ' ' && p == ':') || (c == '#' && p == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A double-quoted scalar with escapes; valid surrogate pairs as 4-byte UTF-8, lone ones as {@code \\uD800}. */
    private void quoted(String s) {
        int n = s.length();
        ensure(2); // the quotes round an empty string; each part makes room for itself and the closing quote
        buf[pos++] = '"';
        // in parts, each by a call: a method called often is compiled soon after a program starts, where one long
        // loop in a method called once per project (the screenplay's 300,000 characters) waited behind the parser's
        // methods for C2, in the interpreter, for 12 s in one JVM in five on 2 cores
        for (int from = 0; from < n;) {
            int to = Math.min(n, from + QUOTED_PART);
            if (to < n && Character.isHighSurrogate(s.charAt(to - 1))) {
                to++; // a surrogate pair in one part
            }
            ensure(6 * (to - from) + 1);
            pos = quotedPart(s, from, to, buf, pos);
            from = to;
        }
        buf[pos++] = '"';
    }

    /** Characters of a string that are at most this many are escaped by one call. */
    private static final int QUOTED_PART = 1 << 10;

    /** Characters {@code from} to {@code to} of a double-quoted scalar, into {@code b} from {@code p}; returns the end. */
    private static int quotedPart(String s, int from, int to, byte[] b, int p) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (CLASS[c] != ESCAPE) {
                    b[p++] = (byte) c;
                } else {
                    b[p++] = '\\';
                    switch (c) {
                        case '"': b[p++] = '"'; break;
                        case '\\': b[p++] = '\\'; break;
                        case '\n': b[p++] = 'n'; break;
                        case '\t': b[p++] = 't'; break;
                        case '\r': b[p++] = 'r'; break;
                        case 0: b[p++] = '0'; break;
                        default:
                            b[p++] = 'x';
                            b[p++] = HEX[c >> 4];
                            b[p++] = HEX[c & 0xf];
                    }
                }
            } else if (c < 0x800) {
                if (c < 0xa0) { // C1 controls, NEL included: readers may treat them as line breaks
                    b[p++] = '\\';
                    b[p++] = 'x';
                    b[p++] = HEX[c >> 4];
                    b[p++] = HEX[c & 0xf];
                } else {
                    b[p++] = (byte) (0xc0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3f));
                }
            } else if (Character.isSurrogate(c)) {
                char d;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(d = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, d);
                    b[p++] = (byte) (0xf0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    b[p++] = (byte) (0x80 | (cp & 0x3f));
                    i++;
                } else {
                    p = unicodeEscape(b, p, c);
                }
            } else if (c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe || c == 0xffff) {
                p = unicodeEscape(b, p, c);
            } else {
                b[p++] = (byte) (0xe0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return p;
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xf];
        b[p++] = HEX[(c >> 8) & 0xf];
        b[p++] = HEX[(c >> 4) & 0xf];
        b[p++] = HEX[c & 0xf];
        return p;
    }

    // ---------------------------------------------------------------- bytes

    private void space() {
        ensure(1);
        buf[pos++] = ' ';
    }

    private void newline() {
        ensure(1);
        buf[pos++] = '\n';
    }

    private void spaces(int n) {
        ensure(n);
        if (n <= SPACES.length) {
            System.arraycopy(SPACES, 0, buf, pos, n);
            pos += n;
        } else {
            Arrays.fill(buf, pos, pos + n, (byte) ' ');
            pos += n;
        }
    }

    private void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void ensure(int extra) {
        if (extra > buf.length - pos) {
            grow(extra);
        }
    }

    private void grow(int extra) {
        long needed = (long) pos + extra;
        if (needed > Integer.MAX_VALUE - 16) {
            throw new UncheckedIOException(new IOException("YAML output over 2 GB"));
        }
        long size = Math.max(needed, Math.min((long) buf.length * 2, Integer.MAX_VALUE - 16));
        buf = Arrays.copyOf(buf, (int) size);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}

package dev.slate.convert.internal;

import dev.slate.parse.internal.Grammar;

/**
 * The one-word entries of a grammar section (weather, music), looked up where a word stands in a text:
 * every word of every action line is a candidate, and copying and uppercasing each one to look it up
 * took a quarter of a conversion.
 */
final class GrammarWords {
    /** What {@link #hash} gives for a word with a letter beyond ASCII, which is looked up as a copy. */
    static final long WIDE = Long.MIN_VALUE;
    private final String section;
    private final Grammar grammar;
    /** Open addressing: the entry whose uppercase hash lands in each slot, or null. */
    private final String[] entries;
    private final int[] hashes;
    private final int mask;
    private final boolean[] firstAscii = new boolean[128];
    private boolean firstWide;
    private int longest;
    /**
     * For a word of ASCII letters, by its first two letters in capitals ({@link #pair}): the lengths of the
     * entries that start so, a bit each (bit 31 for 31 and longer). Of the 120-page script's words, 5% start as a
     * weather word of their length does, where 77% shared a first letter with one: the rest are let go unhashed.
     */
    private final int[] lengthsByPair = new int[27 * 27];

    GrammarWords(Grammar grammar, String section) {
        this.grammar = grammar;
        this.section = section;
        int size = 16;
        int count = grammar.entries(section).size();
        while (size < 2 * count) {
            size <<= 1;
        }
        this.entries = new String[size];
        this.hashes = new int[size];
        this.mask = size - 1;
        for (String entry : grammar.entries(section)) {
            if (entry.isEmpty()) {
                continue;
            }
            char c = entry.charAt(0);
            if (c < 128) {
                firstAscii[c] = true;
            } else {
                firstWide = true;
            }
            longest = Math.max(longest, entry.length());
            if (isAsciiLetters(entry)) {
                lengthsByPair[pair(entry, 0, entry.length())] |= lengthBit(entry.length());
                int h = entry.hashCode();
                int slot = h & mask;
                while (entries[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                entries[slot] = entry;
                hashes[slot] = h;
            }
        }
    }

    /** Whether the word {@code text[from, to)} may be an entry, by its length and first letter alone. */
    boolean mayHold(String text, int from, int to) {
        if (to - from > longest) {
            return false; // uppercasing never shortens a word
        }
        char first = Character.toUpperCase(text.charAt(from));
        return first < 128 ? firstAscii[first] : firstWide;
    }

    /**
     * Whether the word {@code text[from, to)} may be an entry; {@code ascii} when the word is all ASCII letters,
     * which lets its first two letters and its length rule it out.
     */
    boolean mayHold(String text, int from, int to, boolean ascii) {
        if (!ascii) {
            return mayHold(text, from, to);
        }
        return (lengthsByPair[pair(text, from, to)] & lengthBit(to - from)) != 0;
    }

    /** The first two letters of an ASCII word in capitals, as a number below 27 * 27 (26 for no second letter). */
    private static int pair(String s, int from, int to) {
        int first = (s.charAt(from) & ~0x20) - 'A';
        int second = to - from > 1 ? (s.charAt(from + 1) & ~0x20) - 'A' : 26;
        return first * 27 + second;
    }

    private static int lengthBit(int length) {
        return 1 << Math.min(length, 31);
    }

    /**
     * The {@link String#hashCode} of the word {@code text[from, to)} in uppercase, or {@link #WIDE} for a word with
     * a letter beyond ASCII: worked out once for a word looked up in several sections.
     */
    static long hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return WIDE;
            }
            h = 31 * h + (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
        }
        return h;
    }

    /** The entry the word {@code text[from, to)}, whose {@link #hash} is {@code hash}, is, in any case, or null. */
    String entryAt(String text, int from, int to, long hash) {
        if (hash == WIDE) {
            return wide(text, from, to);
        }
        int h = (int) hash;
        for (int slot = h & mask; entries[slot] != null; slot = (slot + 1) & mask) {
            String e = entries[slot];
            if (hashes[slot] == h && e.length() == to - from && e.regionMatches(true, 0, text, from, to - from)) {
                return e;
            }
        }
        return null;
    }

    /** A word with a letter beyond ASCII, whose uppercase may differ in length: looked up as a copy. */
    private String wide(String text, int from, int to) {
        String u = Grammar.upper(text.substring(from, to));
        return grammar.has(section, u) ? u : null;
    }

    private static boolean isAsciiLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}

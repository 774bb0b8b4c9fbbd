package dev.slate.parse.internal;

import dev.slate.internal.Cases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One language's screenplay conventions, loaded from {@code grammars/<lang>.grammar} (see
 * grammars/README.md) merged with {@code common.grammar}. Entries are kept uppercase; lookups take
 * uppercase text. Immutable and shared by every parse.
 */
public final class Grammar {

    private final String language;
    private final Map<String, Entries> exact;
    private final Map<String, List<String>> longestFirst;
    /** Per section, the entries longest first, grouped by their first character: prefix lookups are hot. */
    private final Map<String, FirstChars> byFirstChar;

    private Grammar(String language, Map<String, List<String>> sections) {
        this.language = language;
        Map<String, Entries> e = new LinkedHashMap<>();
        Map<String, List<String>> l = new LinkedHashMap<>();
        sections.forEach((name, entries) -> {
            List<String> sorted = new ArrayList<>(new HashSet<>(entries));
            sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            e.put(name, new Entries(Collections.unmodifiableSet(new HashSet<>(entries)), sorted.isEmpty() ? 0 : sorted.get(0).length()));
            l.put(name, Collections.unmodifiableList(sorted));
        });
        this.exact = Collections.unmodifiableMap(e);
        this.longestFirst = Collections.unmodifiableMap(l);
        Map<String, FirstChars> f = new LinkedHashMap<>();
        l.forEach((name, entries) -> f.put(name, new FirstChars(entries)));
        this.byFirstChar = Collections.unmodifiableMap(f);
    }

    /** A section's entries, and the length of the longest: text longer than that is none of them. */
    private record Entries(Set<String> set, int longest) {
    }

    /** A section's entries, longest first, by their first character: an array for ASCII, a map for the rest. */
    private static final class FirstChars {
        private final String[][] ascii = new String[128][];
        private final Map<Character, String[]> wide = new java.util.HashMap<>();

        FirstChars(List<String> longestFirst) {
            Map<Character, List<String>> index = new LinkedHashMap<>();
            for (String entry : longestFirst) {
                if (!entry.isEmpty()) {
                    index.computeIfAbsent(entry.charAt(0), k -> new ArrayList<>()).add(entry);
                }
            }
            index.forEach((c, list) -> {
                String[] a = list.toArray(new String[0]);
                if (c < 128) {
                    ascii[c] = a;
                } else {
                    wide.put(c, a);
                }
            });
        }

        String[] startingWith(char c) {
            return c < 128 ? ascii[c] : wide.get(c);
        }
    }

    public String language() {
        return language;
    }

    /** The languages bundled in grammars/. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "de");

    /**
     * Loads {@code common} and {@code language} from the classpath's grammars/ folder. Every language
     * also gets the English conventions, which screenwriting software spreads everywhere (a French
     * script says {@code CUT TO:} and {@code (V.O.)} as often as {@code COUPE À :}), except its
     * {@code language.words}, which must tell the languages apart.
     */
    public static Grammar load(String language) {
        Grammar g = LOADED.get(language);
        return g != null ? g : LOADED.computeIfAbsent(language, Grammar::read);
    }

    /** Grammars are immutable and read from the jar: once per language per process, shared by parsers and converters. */
    private static final Map<String, Grammar> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Grammar read(String language) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        read("common", sections, java.util.Set.of());
        if (!language.equals("en")) {
            read("en", sections, java.util.Set.of());
            sections.remove("language.words");
        }
        // the words of a language (its pronouns, its words for a man or a woman) are its own: the English "SON" is a
        // man, the French "son" anyone's
        java.util.Set<String> own = new java.util.HashSet<>();
        for (String entry : sections.getOrDefault("language.own", List.of())) {
            own.add(entry.toLowerCase(java.util.Locale.ROOT));
        }
        read(language, sections, own);
        return new Grammar(language, sections);
    }

    /** Reads a grammar file into {@code into}; a section named in {@code own} replaces what came before, others add to it. */
    private static void read(String name, Map<String, List<String>> into, java.util.Set<String> own) {
        String path = "/grammars/" + name + ".grammar";
        try (InputStream in = Grammar.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no grammar for language '" + name + "' (looked for " + path + ")");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            java.util.Set<String> replaced = new java.util.HashSet<>();
            String section = null;
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    // Interned: the parser asks for sections by literal names, millions of times a script, and a
                    // key that is the same object as the literal is found without comparing their characters.
                    section = s.substring(1, s.length() - 1).strip().intern();
                    if (own.contains(section) && replaced.add(section)) {
                        into.put(section, new ArrayList<>());
                    }
                    into.computeIfAbsent(section, k -> new ArrayList<>());
                } else if (section != null) {
                    into.get(section).add(upper(s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uppercase, keeping ß (its uppercase "SS" would change the length and the name); see {@link Cases}. */
    public static String upper(String s) {
        if (s.indexOf('ß') < 0) {
            return Cases.upper(s);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (String part : s.split("ß", -1)) {
            if (b.length() > 0 || s.startsWith("ß")) {
                b.append('ß');
            }
            b.append(Cases.upper(part));
        }
        return s.startsWith("ß") ? b.substring(0) : b.toString();
    }

    /** Whether {@code upperText} is an entry of {@code section}. */
    public boolean has(String section, String upperText) {
        Entries s = exact.get(section);
        return s != null && upperText.length() <= s.longest() && s.set().contains(upperText);
    }

    /** Whether any of {@code texts}, uppercased, is an entry of {@code section} (a cue's extensions, say). */
    public boolean hasAny(String section, java.util.List<String> texts) {
        for (String t : texts) {
            if (has(section, upper(t))) {
                return true;
            }
        }
        return false;
    }

    public Set<String> entries(String section) {
        Entries s = exact.get(section);
        return s == null ? Set.of() : s.set();
    }

    /**
     * The length of the longest entry of {@code section}, 0 when it has none. Uppercase is never shorter than
     * the text it comes from, so text longer than this is no entry, uppercased or not: a caller can skip
     * making the uppercase copy of most lines.
     */
    public int longest(String section) {
        Entries s = exact.get(section);
        return s == null ? 0 : s.longest();
    }

    /**
     * The longest entry of {@code section} that starts {@code text}, in any case, and ends at a word
     * boundary (so {@code INT} does not match {@code INTERCUT}), or null. Takes the text as written:
     * comparing without making an uppercase copy keeps this hot lookup free of allocation.
     */
    public String prefix(String section, String upperText) {
        FirstChars index = byFirstChar.get(section);
        if (index == null || upperText.isEmpty()) {
            return null;
        }
        String[] entries = index.startingWith(Character.toUpperCase(upperText.charAt(0)));
        if (entries == null) {
            return null;
        }
        for (String p : entries) {
            if (upperText.regionMatches(true, 0, p, 0, p.length())) {
                if (upperText.length() == p.length()) {
                    return p;
                }
                char last = p.charAt(p.length() - 1);
                char next = upperText.charAt(p.length());
                if (!Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(next)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The longest entry of {@code section} that ends {@code upperText} after a word boundary, or null. */
    public String suffix(String section, String upperText) {
        List<String> entries = longestFirst.get(section);
        if (entries == null) {
            return null;
        }
        for (String p : entries) {
            if (upperText.length() >= p.length() && upperText.regionMatches(true, upperText.length() - p.length(), p, 0, p.length())) {
                int at = upperText.length() - p.length();
                if (at == 0 || !Character.isLetterOrDigit(upperText.charAt(at - 1)) || !Character.isLetterOrDigit(p.charAt(0))) {
                    return p;
                }
            }
        }
        return null;
    }
}

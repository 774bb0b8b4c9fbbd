package dev.slate.clap.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The fast parser never silently disagrees with snakeyaml-engine: on every text it accepts, its values are
 * exactly (types and order included) what the engine's {@code Load} with the core schema gives, and what
 * the general path ({@link YamlLoader}) gives. Texts: seeded generated documents in many block styles,
 * random mutations of them, and hand-written edge cases.
 */
class YamlParserDifferentialTest {
    private static final int MAX = Integer.MAX_VALUE;

    /** The outcome of one reader on one text: the documents, or the failure. */
    record Outcome(List<Object> docs, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    static Outcome fast(String text) {
        char[] chars = text.toCharArray();
        int n = YamlReader.normalize(chars, chars.length);
        try {
            return new Outcome(YamlParser.parse(chars, n, false, 1000, MAX).documents(), null);
        } catch (YamlParserGiveUp e) {
            return new Outcome(null, "gave up: " + e.getMessage());
        }
    }

    static Outcome general(String text) {
        char[] chars = text.toCharArray();
        int n = YamlReader.normalize(chars, chars.length);
        try {
            return new Outcome(YamlLoader.load(new String(chars, 0, n), 1000, 1000, MAX).documents(), null);
        } catch (YamlReaderError e) {
            return new Outcome(null, e.getMessage());
        }
    }

    static Outcome engine(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX).build();
        try {
            List<Object> docs = new ArrayList<>();
            for (Object o : new Load(settings).loadAllFromString(text)) {
                docs.add(o);
            }
            return new Outcome(docs, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, String.valueOf(e).replace('\n', ' '));
        }
    }

    /** Texts where the fast path reads what the engine rejects, on purpose (see YamlReaderScalars, YamlParser). */
    static boolean hasKnownDeparture(String text) {
        return text.contains("<<") || text.toLowerCase(java.util.Locale.ROOT).contains("+.inf") || text.contains("\\L")
                || text.contains("\\P");
    }

    /** Deep equality with exact types and map order. */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> ia = ma.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ib = mb.entrySet().iterator();
            while (ia.hasNext()) {
                Map.Entry<?, ?> ea = ia.next();
                Map.Entry<?, ?> eb = ib.next();
                if (!same(ea.getKey(), eb.getKey()) || !same(ea.getValue(), eb.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** Checks one text; returns null when fine, else what went wrong. */
    static String check(String text, boolean strict) {
        Outcome f = fast(text);
        if (!f.ok()) {
            return null;
        }
        Outcome e = engine(text);
        boolean departure = hasKnownDeparture(text);
        if (!e.ok()) {
            // JS yaml writes "\n" as "|+" plus a blank line indented past the next key; the engine rejects that
            boolean blankLines = e.failure().contains("the leading empty lines contain more spaces");
            return departure || blankLines ? null : "fast path read what the engine rejects (" + e.failure() + ")";
        }
        if (!same(f.docs(), e.docs())) {
            return "fast " + f.docs() + " != engine " + e.docs();
        }
        Outcome g = general(text);
        if (!g.ok()) {
            return departure ? null : "general path failed: " + g.failure();
        }
        if (!same(f.docs(), g.docs())) {
            return "fast " + f.docs() + " != general " + g.docs();
        }
        return null;
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 40).boxed();
    }

    @ParameterizedTest(name = "generated documents, seed {0}")
    @MethodSource("seeds")
    void generatedDocumentsReadAsTheEngineReadsThem(int seed) {
        YamlParserTestDocuments gen = new YamlParserTestDocuments(seed);
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        int total = 100;
        for (int i = 0; i < total; i++) {
            String text = gen.text();
            String problem = check(text, true);
            if (problem != null) {
                problems.add("seed " + seed + " #" + i + ": " + problem + "\n--- text:\n" + text);
            }
            if (fast(text).ok()) {
                accepted++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(accepted).as("documents the fast path handled, seed %d", seed).isGreaterThan(total / 2);
    }

    @ParameterizedTest(name = "mutated documents, seed {0}")
    @MethodSource("seeds")
    void mutatedDocumentsNeverReadDifferently(int seed) {
        YamlParserTestDocuments gen = new YamlParserTestDocuments(1000 + seed);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String text = gen.mutate(gen.text());
            String problem = check(text, false);
            if (problem != null) {
                problems.add("seed " + seed + " #" + i + ": " + problem + "\n--- text:\n" + text);
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "ClapWriter output, seed {0}")
    @MethodSource("seeds")
    void theClapWritersOutputIsReadOnTheFastPathAsTheEngineReadsIt(int seed) {
        String text = new dev.slate.clap.ClapWriter().toYaml(new dev.slate.clap.testing.RandomProjects(seed).anyProject());
        assertThat(fast(text).failure()).isNull();
        assertThat(check(text, true)).isNull();
    }

    /** Where the fast path gives up, the general path still reads what the engine reads. */
    static String checkGeneral(String text) {
        Outcome g = general(text);
        if (!g.ok()) {
            return null; // an error (or a limit) where the engine may read: never a different value
        }
        Outcome e = engine(text);
        if (!e.ok()) {
            return hasKnownDeparture(text) ? null : "general path read what the engine rejects (" + e.failure() + ")";
        }
        return same(g.docs(), e.docs()) ? null : "general " + g.docs() + " != engine " + e.docs();
    }

    @ParameterizedTest(name = "general path, seed {0}")
    @MethodSource("seeds")
    void theGeneralPathReadsAsTheEngineReadsIt(int seed) {
        YamlParserTestDocuments gen = new YamlParserTestDocuments(5000 + seed);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = gen.text();
            if (i % 2 == 1) {
                text = gen.mutate(text);
            }
            String problem = checkGeneral(text);
            if (problem != null) {
                problems.add("seed " + seed + " #" + i + ": " + problem + "\n--- text:\n" + text);
            }
        }
        assertThat(problems).isEmpty();
    }

    static Stream<String> generalEdgeCases() {
        return Stream.of("- &a x\n- *a\n", "a: &m {b: 1}\nc: *m\n", "- !!str 1\n- !!int '12'\n- !!float 1\n- !!bool true\n- !!null x\n",
                "- ! 12\n- !!float .5\n- !!int 0x1F\n", "a: !!map {b: 1}\nc: !!seq [1]\n", "%YAML 1.2\n---\na: 1\n",
                "a:\tb\n", "- a\t# c\n", "- [a, [b, {c: d}]]\n", "{a: 1, b: [x, y]}\n", "a: 1\n---\nb: 2\n");
    }

    @ParameterizedTest
    @MethodSource("generalEdgeCases")
    void anEdgeCaseOfTheGeneralPathReadsAsTheEngineReadsIt(String text) {
        assertThat(checkGeneral(text)).isNull();
        assertThat(general(text).ok()).as(general(text).failure()).isTrue();
    }

    static Stream<String> edgeCases() {
        return Stream.of(
                "- a\n- b\n", "- a\n  - b\n", "- a\n  b\n", "- a\n\n  b\n", "- a\n  # c\n  b\n", "a: b\n  c\n",
                "a:\n- x\n- y\nb: 1\n", "a:\n  - x\n  - y\n", "- - a\n  - b\n- c\n", "- a: 1\n  b: 2\n- c: 3\n",
                "- ? long\n  : v\n", "? a\n: b\n", "a: |\n  x\n  y\n", "a: |-\n  x\n", "a: |+\n  x\n\n\n",
                "a: >\n  x\n  y\n\n  z\n   w\n  v\n", "a: >-\n  x\n\n\n", "a: |2\n    x\n   y\n", "- |2-\n    indented\n    block\n",
                "a: |\n\n  x\n", "a: |\n   \n  x\n", "a: |\nb: 1\n", "a: >\n\n\n", "a: |+\n\nb: 1\n", "a: |\n  x\n # c\nb: 1\n",
                "a: \"x\n  y\"\n", "a: \"x\n\n  y\"\n", "a: \"x\\\n  y\"\n", "a: \"x \\\n  y\"\n", "a: 'x\n  y'\n",
                "a: 'it''s'\n", "a: \"\\x41\\u00e9\\U0001F600\\N\\_\\e\\0\\/\\ \\\t\"\n", "a: \"\\ud800\"\n",
                "a: [a, b, \"c\", 'd']\n", "a: {x: 1, y: two}\n", "a: []\nb: {}\n", "a: [ ]\n", "a: [a,b]\n",
                "--- \n- a\n...\n---\n- b\n", "---\n---\n", "- a # c\n- b#c\n", "a: b # c\n", "a: 'b' # c\n",
                "\"a\": 1\n'b': 2\n", "a : 1\n", "1: a\n'1': b\n", "true: 1\nnull: 2\n~: 3\n", "a: 1\na: 2\n",
                "a: x: y\n", "- a\n - b\n", "a: 1\n b: 2\n", "a:\n  b: 1\n c: 2\n", "a: b\n---\nc\n",
                "- \"a\nb\"\n", "a: \"\n  x\"\n", "- -1\n- -.5\n- -\n", "- ---\n", "a: ---\n", "- ...x\n",
                "- a\n---\n- b\n", "key: value:\n", "- key:value\n", "- http://example.com/a?b=c#d\n",
                "a: \ufeffb\n", "a: x\u0085y\n", "a: x\u2028y\n", "- 'a\n\n\n  b'\n", "a: >\n  a\n\n  b\n",
                "a: >+\n  a\n\n", "a: |1\n  x\n", "a: >2\n  x\n", "- >\n  folded\n   more\n  back\n", "a:\n  |\n  x\n",
                "a:\n  plain\n  more\n", "a:\n  \"q\"\n", "- a\n-\n- c\n", "a:\nb:\n", "- []\n- {}\n- [1, 2]\n",
                "a: 'x'y\n", "a: \"x\"y\n", "- !!str 1\n", "- &a x\n- *a\n", "%YAML 1.2\n---\na: 1\n", "a:\tb\n",
                "- a\t# c\n", "a: b\t\n", "a: x\t y\n", "- [a, [b]]\n", "- {a: [b]}\n", "- [a: b]\n", "- [?a]\n",
                "a: \"x\\Ly\"\n", "- +.inf\n", "- <<\n", "a: \"x\u007fy\"\n", "a: x\u007fy\n", "a: 'x\u007f'\n",
                "a: |\n  x\u007f\n", "- [a\u007f]\n", "x\u007f: 1\n", "\"x\u007f\": 1\n", "a: b # \u007f\n",
                "- |+\n  \n- x\n", "- a: |+\n    \n  b: 1\n", "- a: |\n    \n  b: 1\n", "x".repeat(1030) + ": 1\n", "? " + "y".repeat(1100) + "\n: 1\n");
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void anEdgeCaseReadsAsTheEngineReadsIt(String text) {
        assertThat(check(text, true)).isNull();
    }

    @Test
    void theGeneratedTextsCoverManyFastPathShapes() {
        // What the generator mostly produces must be read by the fast path: report why it gave up otherwise.
        Map<String, Integer> reasons = new TreeMap<>();
        YamlParserTestDocuments gen = new YamlParserTestDocuments(99);
        int accepted = 0;
        for (int i = 0; i < 500; i++) {
            String text = gen.text();
            Outcome f = fast(text);
            if (f.ok()) {
                accepted++;
            } else if (engine(text).ok()) {
                reasons.merge(f.failure(), 1, Integer::sum);
            }
        }
        assertThat(accepted).as("give-up reasons on valid texts: %s", reasons).isGreaterThan(350);
    }
}

package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.clap.internal.yaml.HintedByteSink;
import dev.slate.clap.internal.yaml.YamlEmitter;
import dev.slate.clap.testing.RandomProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * What {@link YamlEmitter} writes reads back as exactly what was given, in a YAML 1.2 core-schema reader
 * (snakeyaml-engine here; the JS {@code yaml} package in ReferenceReaderInteropTest), and its plain
 * scalars are strings for YAML 1.1 readers too.
 */
class YamlEmitterTest {

    private static final Load CORE = new Load(LoadSettings.builder().setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false).setCodePointLimit(Integer.MAX_VALUE).build());

    static Stream<String> trickyStrings() {
        return RandomProjects.TRICKY_STRINGS.stream();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("trickyStrings")
    void aTrickyStringReadsBackIdenticallyAsAValueAndAsAKey(String s) throws IOException {
        assertThat(readBack(Map.of("v", s))).isEqualTo(Map.of("v", s));
        assertThat(readBack(Map.of(s, "k"))).isEqualTo(Map.of(s, "k"));
    }

    /**
     * Long strings with escapes are escaped a thousand characters at a time: whatever stands where one part ends
     * and the next begins (a surrogate pair, a lone surrogate, a line break, a quote) reads back as it was.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aLongStringWithEscapesReadsBackWhateverStandsWherePartsMeet(long seed) throws IOException {
        Random random = new Random(seed);
        String[] pieces = {"\uD83C\uDFAC", "\uD83C", "\uDFAC", "\n", "\"", "\\", "\u2028", "\u00e9", "\u2026"};
        List<Map<String, Object>> items = new ArrayList<>();
        for (String piece : pieces) {
            for (int before = 1021; before <= 1024; before++) {
                items.add(Map.of("v", "x".repeat(before) + piece + "\n" + piece)); // across the first parts' meeting
            }
        }
        for (int k = 0; k < 20; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(5000); i < n; i++) {
                b.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)] : "y");
            }
            items.add(Map.of("v", b.toString()));
        }
        assertReadBack(items);
        // a pair where the parts meet is still written as the character, in UTF-8, not as two escapes
        assertThat(valueText("x".repeat(1023) + "\uD83C\uDFAC\n")).endsWith("x\uD83C\uDFAC\\n\"");
    }

    /**
     * The emitter copies what it wrote before rather than work it out again: the start of an id shared with the
     * id before, a value equal to the one last written for its key or to the field before. Whatever follows or
     * differs (a colon, a space, a quote, a line break, a letter from outside ASCII, an id that starts like a
     * boolean), each item is written exactly as on its own, and reads back as it was.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void valuesWrittenLikeTheOnesBeforeAreWrittenAsOnTheirOwn(long seed) throws IOException {
        Random random = new Random(seed);
        YamlEmitter.Key id = YamlEmitter.Key.ofRandom("id");
        YamlEmitter.Key prompt = YamlEmitter.Key.of("prompt");
        YamlEmitter.Key label = YamlEmitter.Key.of("label");
        List<String[]> items = new ArrayList<>();
        String start = "";
        String lastLabel = "x";
        for (int i = 0; i < 300; i++) {
            if (i % 25 == 0) {
                start = text(random, 24);
            }
            String v = start + text(random, random.nextInt(3) == 0 ? random.nextInt(30) : 12);
            String p = text(random, random.nextInt(40));
            String l = switch (random.nextInt(4)) {
                case 0 -> new String(p.toCharArray()); // equal to the field before, another object
                case 1 -> new String(lastLabel.toCharArray()); // equal to the last label, another object
                case 2 -> p;
                default -> text(random, random.nextInt(40));
            };
            lastLabel = l;
            items.add(new String[] {v, p, l});
        }
        YamlEmitter all = new YamlEmitter(64);
        StringBuilder alone = new StringBuilder();
        for (String[] item : items) {
            YamlEmitter one = new YamlEmitter(64);
            for (YamlEmitter e : List.of(all, one)) {
                e.item();
                e.field(id, item[0]);
                e.field(prompt, item[1]);
                e.field(label, item[2]);
            }
            alone.append(one.toUtf8String());
        }
        assertThat(all.toUtf8String()).isEqualTo(alone.toString());
        List<?> read = (List<?>) CORE.loadFromString(all.toUtf8String());
        for (int i = 0; i < items.size(); i++) {
            assertThat(read.get(i)).as("item %d", i).isEqualTo(Map.of("id", items.get(i)[0], "prompt", items.get(i)[1],
                    "label", items.get(i)[2]));
        }
    }

    /** Hex digits; with what decides quoting (a colon, a space, a hash, a bracket); with what must be escaped too. */
    private static final String[][] ALPHABETS = {{"a", "f", "0", "9"},
            {"a", "f", "0", "9", "-", ":", " ", "#", "e", "y", "(", "*", "["},
            {"a", "f", "0", "9", "-", ":", " ", "#", "e", "y", "(", "*", "[", "\"", "\u00e9", "\n", "\\", "\uD83C\uDFAC"}};

    /** {@code n} pieces of one of the alphabets, hex digits most often. */
    private static String text(Random random, int n) {
        String[] alphabet = ALPHABETS[random.nextInt(6) < 3 ? 0 : random.nextInt(3)];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomStringsReadBackIdentically(long seed) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String s : ReferenceReaderInteropTest.RandomStrings.many(new Random(seed), 500)) {
            items.add(Map.of("v", s));
            items.add(Map.of(s, "k"));
        }
        assertReadBack(items);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyValueReadsBackWithItsCanonicalJavaType(long seed) throws IOException {
        RandomProjects random = new RandomProjects(seed);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("x", random.anyValue(4));
            items.add(item);
        }
        assertReadBack(items);
    }

    /** Every resolver of YAML 1.2 core and YAML 1.1 (the spec's and the yaml package's lenient ones). */
    private static final List<Pattern> NON_STRING_RESOLVERS = Stream.of(
            // YAML 1.2 core
            "(?:~|null|Null|NULL)?", "true|True|TRUE|false|False|FALSE", "[-+]?[0-9]+", "0o[0-7]+", "0x[0-9a-fA-F]+",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?", "[-+]?\\.(inf|Inf|INF)", "\\.(nan|NaN|NAN)",
            // YAML 1.1 spec
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "[-+]?0b[0-1_]+", "[-+]?0[0-7_]+", "[-+]?(0|[1-9][0-9_]*)", "[-+]?0x[0-9a-fA-F_]+",
            "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+", "[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?",
            "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*", "<<", "=",
            "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \\t]+)?.*",
            // the yaml package's YAML 1.1 schema, more lenient than the spec
            "[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+", "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*")
            .map(Pattern::compile).toList();

    @ParameterizedTest
    @MethodSource("seeds")
    void aPlainScalarIsAStringForEveryYamlReader(long seed) throws IOException {
        List<String> strings = new ArrayList<>(RandomProjects.TRICKY_STRINGS);
        strings.addAll(ReferenceReaderInteropTest.RandomStrings.many(new Random(seed), 2000));
        strings.addAll(List.of("e1", "E+5", "e-3", "eleven", "Yes please", "nobody", "True story", "on it"));
        List<String> problems = new ArrayList<>();
        for (String s : strings) {
            String written = valueText(s);
            boolean plain = !written.startsWith("\"");
            if (plain != YamlEmitter.isPlainSafe(s, false)) {
                problems.add(written + ": written plain " + plain + ", isPlainSafe says the opposite");
            }
            if (plain) {
                if (!written.equals(s) || !s.matches("[A-Za-z][ -~]*") || s.endsWith(" ") || s.endsWith(":")
                        || s.contains(": ") || s.contains(" #")) {
                    problems.add(written + ": plain but not a safe plain scalar");
                }
                for (Pattern p : NON_STRING_RESOLVERS) {
                    if (p.matcher(s).matches()) {
                        problems.add(written + ": plain but matches " + p);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everydayTextStaysPlainAndReadable() throws IOException {
        for (String s : List.of("INT. HOUSE - NIGHT", "AMY (V.O.)", "the light falls across an empty kitchen.",
                "https://example.com/a?b=c#d", "Benchmark feature", "TO_GENERATE", "it's 5 o'clock", "eleven",
                "Yesterday", "nonce", "offset")) {
            assertThat(valueText(s)).isEqualTo(s);
        }
        for (String s : List.of("yes", "No", "ON", "null", "e1", "0o17", "2024-01-01", "key: value", "a #b", "-x",
                "trailing ", "[x]", "café", "")) {
            assertThat(valueText(s)).startsWith("\"").endsWith("\"");
        }
    }

    @Test
    void escapesAnythingAReaderCouldMangleAndWritesTheRestAsUtf8() throws IOException {
        assertThat(valueText("a\u0000b\u0007\u001b\u007f")).isEqualTo("\"a\\0b\\x07\\x1B\\x7F\"");
        assertThat(valueText("t\tn\nr\r\"q\" \\")).isEqualTo("\"t\\tn\\nr\\r\\\"q\\\" \\\\\"");
        assertThat(valueText("nel\u0085 c1\u009f")).isEqualTo("\"nel\\x85 c1\\x9F\"");
        assertThat(valueText("\u2028\u2029\ufeff\ufffe\uffff")).isEqualTo("\"\\u2028\\u2029\\uFEFF\\uFFFE\\uFFFF\"");
        assertThat(valueText("lone \ud800 \udc00 reversed \udc00\ud800"))
                .isEqualTo("\"lone \\uD800 \\uDC00 reversed \\uDC00\\uD800\"");
        assertThat(valueBytes("😀")).containsExactly('"', 0xf0 - 256, 0x9f - 256, 0x98 - 256, 0x80 - 256, '"');
        assertThat(valueBytes("é\u00a0日")).isEqualTo("\"é\u00a0日\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void typedNumbersAreIntegersWhenIntegralAndDoublesAlwaysLookLikeFloats() throws IOException {
        assertThat(line(e -> e.number(3000.0))).isEqualTo("3000");
        assertThat(line(e -> e.number(-42.0))).isEqualTo("-42");
        assertThat(line(e -> e.number(12.5))).isEqualTo("12.5");
        assertThat(line(e -> e.number(-0.0))).isEqualTo("-0.0");
        assertThat(line(e -> e.number(0x1p70))).isEqualTo("1180591620717411303424");
        assertThat(line(e -> e.number(Double.NaN))).isEqualTo(".nan");
        assertThat(line(e -> e.number(Double.NEGATIVE_INFINITY))).isEqualTo("-.inf");
        assertThat(line(e -> e.floating(3.0))).isEqualTo("3.0");
        assertThat(line(e -> e.floating(1e10))).isEqualTo("1.0E+10");
        assertThat(line(e -> e.floating(1.5e-7))).isEqualTo("1.5E-7");
        assertThat(line(e -> e.floating(Double.POSITIVE_INFINITY))).isEqualTo(".inf");
        assertThat(line(e -> e.integer(Long.MIN_VALUE))).isEqualTo("-9223372036854775808");
        assertThat(line(e -> e.value(new BigInteger("123456789012345678901234567890"))))
                .isEqualTo("123456789012345678901234567890");
        for (double d : new double[] {3.0, 1e10, 1.5e-7, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 0.1, 1e300}) {
            assertThat(readBack(Map.of("d", d))).isEqualTo(Map.of("d", d));
        }
    }

    @Test
    void nestedValuesAreBlockStyleWithEmptyCollectionsInFlowStyle() throws IOException {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("k", "v");
        inner.put("k2", List.of());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("list", List.of("x", List.of("y", "z"), inner, Map.of())); // "y" alone is a YAML 1.1 boolean
        item.put("map", Map.of("k", Map.of()));
        item.put("none", null);

        YamlEmitter e = new YamlEmitter();
        e.item();
        e.key("a");
        e.integer(1);
        for (Map.Entry<String, Object> x : item.entrySet()) {
            e.key(x.getKey());
            e.value(x.getValue());
        }
        e.item();
        e.key("events");
        e.beginList(1);
        e.listItem();
        e.key("id");
        e.string("e1");
        e.key("count");
        e.integer(2);
        e.endList();
        e.key("after");
        e.bool(false);
        e.finish();

        assertThat(e.toUtf8String()).isEqualTo("""
                - a: 1
                  list:
                    - x
                    - - "y"
                      - z
                    - k: v
                      k2: []
                    - {}
                  map:
                    k: {}
                  none: null
                - events:
                    - id: "e1"
                      count: 2
                  after: false
                """);
    }

    @Test
    void anEmptyDocumentIsAnEmptySequence() throws IOException {
        YamlEmitter e = new YamlEmitter();
        e.finish();
        assertThat(e.toUtf8String()).isEqualTo("[]\n");
        assertThat(CORE.loadFromString(e.toUtf8String())).isEqualTo(List.of());
    }

    @Test
    void aVeryLongKeyIsWrittenAsAnExplicitKey() throws IOException {
        String key = "k".repeat(2000);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(key, List.of(1, 2));
        item.put("x".repeat(300), Map.of(key, "v"));
        String yaml = text(item);
        assertThat(yaml).startsWith("- ? " + key + "\n  :\n");
        assertThat(CORE.loadFromString(yaml)).isEqualTo(List.of(item));
    }

    @Test
    void drainingToASinkWritesTheSameBytesInWholeItems() throws IOException {
        RandomProjects random = new RandomProjects(5);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("t", random.text() + "é😀");
            item.put("v", random.anyValue(3));
            items.add(item);
        }
        YamlEmitter memory = new YamlEmitter();
        ByteArrayOutputStream drained = new ByteArrayOutputStream();
        List<String> chunks = new ArrayList<>();
        YamlEmitter streaming = new YamlEmitter((b, off, len) -> {
            drained.write(b, off, len);
            chunks.add(new String(b, off, len, StandardCharsets.UTF_8));
        }, 1000);
        for (YamlEmitter e : List.of(memory, streaming)) {
            for (Map<String, Object> item : items) {
                e.item();
                for (Map.Entry<String, Object> x : item.entrySet()) {
                    e.key(x.getKey());
                    e.value(x.getValue());
                }
            }
            e.finish();
        }
        assertThat(drained.toString(StandardCharsets.UTF_8)).isEqualTo(memory.toUtf8String());
        assertThat(chunks).hasSizeGreaterThan(5).allMatch(c -> c.startsWith("- "));
    }

    @Test
    void aSinkThatTakesHintsIsToldExactlyWhichBytesAreRandomIdsAndSeeds() throws IOException {
        YamlEmitter.Key id = YamlEmitter.Key.ofRandom("id");
        YamlEmitter.Key seed = YamlEmitter.Key.ofRandom("seed");
        YamlEmitter.Key label = YamlEmitter.Key.of("label");
        ByteArrayOutputStream drained = new ByteArrayOutputStream();
        List<int[]> hints = new ArrayList<>(); // absolute offset, kind
        YamlEmitter e = new YamlEmitter(new HintedByteSink() {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                throw new AssertionError("a sink that takes hints gets them");
            }

            @Override
            public void write(byte[] bytes, int offset, int length, int[] h, int count) {
                for (int i = 0; i < count; i++) {
                    hints.add(new int[] {drained.size() + h[2 * i], h[2 * i + 1]});
                }
                drained.write(bytes, offset, length);
            }
        }, 60);
        // random ids, then ids of one generator that share all but their counter (Slate's own), which a
        // compressor finds in the one before; seeds of a few digits (0, as Slate writes them) are no region
        String[] ids = {"0e8d9f1a-3b2c-4d5e-8f70-1a2b3c4d5e6f", "c0ffee12-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
            "5a1e0000-0000-4000-8000-000000000001", "5a1e0000-0000-4000-8000-000000000002"};
        long[] seeds = {1000000, 1000001, 0, 42};
        for (int i = 0; i < 4; i++) {
            e.item();
            e.field(id, ids[i]);
            e.field(label, "AMY " + i);
            e.field(seed, seeds[i]);
        }
        e.finish();

        String yaml = drained.toString(StandardCharsets.UTF_8);
        List<String> random = new ArrayList<>();
        for (int i = 0; i < hints.size(); i += 2) {
            assertThat(hints.get(i)[1]).isEqualTo(HintedByteSink.RANDOM);
            assertThat(hints.get(i + 1)[1]).isEqualTo(HintedByteSink.ORDINARY);
            random.add(yaml.substring(hints.get(i)[0], hints.get(i + 1)[0]));
        }
        assertThat(random).containsExactly("\"0e8d9f1a-3b2c-4d5e-8f70-1a2b3c4d5e6f\"", "1000000",
                "c0ffee12-7a6b-4c5d-9e8f-0a1b2c3d4e5f", "1000001", "\"5a1e0000-0000-4000-8000-000000000001\"");
        assertThat(yaml).startsWith("- id: \"0e8d9f1a-3b2c-4d5e-8f70-1a2b3c4d5e6f\"\n  label: AMY 0\n  seed: 1000000\n");
    }

    @Test
    void refusesValuesItCannotWriteFaithfully() {
        assertThatThrownBy(() -> text(Map.of("x", new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> text(Map.of("x", Map.of(1, "one")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a string");
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatThrownBy(() -> text(Map.of("x", cycle))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested deeper");
    }

    // ------------------------------------------------------------------ helpers

    /** All items in one document, read back at once; a difference is reported with its item. */
    private static void assertReadBack(List<Map<String, Object>> items) throws IOException {
        YamlEmitter e = new YamlEmitter();
        for (Map<String, Object> item : items) {
            e.item();
            for (Map.Entry<String, Object> x : item.entrySet()) {
                e.key(x.getKey());
                e.value(x.getValue());
            }
        }
        e.finish();
        List<?> read = (List<?>) CORE.loadFromString(e.toUtf8String());
        assertThat(read).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(read.get(i)).as("item %d: %s", i, ReferenceReaderInteropTest.Codes.encode(items.get(i)))
                    .isEqualTo(items.get(i));
        }
    }

    private static Object readBack(Map<String, Object> item) throws IOException {
        List<?> items = (List<?>) CORE.loadFromString(text(item));
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String text(Map<String, Object> item) throws IOException {
        YamlEmitter e = new YamlEmitter(256);
        e.item();
        for (Map.Entry<String, Object> x : item.entrySet()) {
            e.key(x.getKey());
            e.value(x.getValue());
        }
        e.finish();
        return e.toUtf8String();
    }

    private static byte[] valueBytes(String s) throws IOException {
        YamlEmitter e = new YamlEmitter(256);
        e.item();
        e.key("v");
        e.string(s);
        String prefix = "- v: ";
        byte[] all = java.util.Arrays.copyOf(e.bytes(), e.size());
        return java.util.Arrays.copyOfRange(all, prefix.length(), all.length - 1);
    }

    private static String valueText(String s) throws IOException {
        return new String(valueBytes(s), StandardCharsets.UTF_8);
    }

    private static String line(java.util.function.Consumer<YamlEmitter> value) throws IOException {
        YamlEmitter e = new YamlEmitter(256);
        e.item();
        e.key("v");
        value.accept(e);
        String text = e.toUtf8String();
        return text.substring("- v: ".length(), text.length() - 1);
    }
}

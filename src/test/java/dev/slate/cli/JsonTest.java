package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.clap.testing.RandomProjects;
import dev.slate.internal.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON writer behind {@code inspect --json}. */
class JsonTest {

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(Json.quote("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
        assertThat(Json.quote("a\nb\rc\td\be\ff")).isEqualTo("\"a\\nb\\rc\\td\\be\\ff\"");
        assertThat(Json.quote("nul\u0000 esc\u001b us\u001f")).isEqualTo("\"nul\\u0000 esc\\u001b us\\u001f\"");
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertThat(Json.quote("x\ud800y")).isEqualTo("\"x\\ud800y\"");
        assertThat(Json.quote("x\udc00y")).isEqualTo("\"x\\udc00y\"");
        assertThat(Json.quote("\udc00\ud800")).isEqualTo("\"\\udc00\\ud800\"");
        assertThat(Json.quote("end\ud83c")).isEqualTo("\"end\\ud83c\"");
        assertThat(Json.quote("🎬")).isEqualTo("\"🎬\"");
    }

    @Test
    void lineSeparatorsAreEscapedOtherUnicodeKept() {
        assertThat(Json.quote("a\u2028b\u2029c é 日本")).isEqualTo("\"a\\u2028b\\u2029c é 日本\"");
    }

    @Test
    void numbersAreWrittenAsJsonNumbers() {
        assertThat(Json.toJson(List.of(3000.0, 1.5, -0.25, 1e20, 1e-7, 42, 7L, new BigInteger("123456789012345678901"),
                new BigDecimal("1.10"))))
                .isEqualTo("[3000,1.5,-0.25,1.0E20,1.0E-7,42,7,123456789012345678901,1.10]");
        assertThat(Json.toJson(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, null, true, false)))
                .isEqualTo("[null,null,null,true,false]");
    }

    @Test
    void mapsKeepTheirOrderAndPrettyOutputIndents() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", List.of());
        m.put("m", Map.of());
        m.put("l", List.of("x", Map.of("k", 2)));
        assertThat(Json.toJson(m)).isEqualTo("{\"z\":1,\"a\":[],\"m\":{},\"l\":[\"x\",{\"k\":2}]}");
        assertThat(Json.toPrettyJson(m)).isEqualTo(String.join("\n",
                "{",
                "  \"z\": 1,",
                "  \"a\": [],",
                "  \"m\": {},",
                "  \"l\": [",
                "    \"x\",",
                "    {",
                "      \"k\": 2",
                "    }",
                "  ]",
                "}"));
    }

    @Test
    void otherObjectsAreRefused() {
        assertThatThrownBy(() -> Json.toJson(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 50);
    }

    /** Whatever the strings hold, the output is valid JSON that gives them back (lone surrogates included). */
    @ParameterizedTest
    @MethodSource("seeds")
    void anyStringsRoundTripThroughAStrictParser(long seed) {
        RandomProjects r = new RandomProjects(seed);
        List<Object> strings = new ArrayList<>(RandomProjects.TRICKY_STRINGS);
        Map<String, Object> keyed = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            String s = r.text();
            strings.add(s);
            keyed.put(s, i);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("strings", strings);
        doc.put("keyed", keyed);
        for (String json : List.of(Json.toJson(doc), Json.toPrettyJson(doc))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> back = (Map<String, Object>) MiniJson.parse(json);
            assertThat(back.get("strings")).isEqualTo(strings);
            assertThat(new ArrayList<Object>(((Map<?, ?>) back.get("keyed")).keySet())).isEqualTo(new ArrayList<Object>(keyed.keySet()));
            assertThat(json.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        }
    }
}

package dev.slate.clap.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * What the JS {@code yaml} package's {@code stringify} writes (the reference implementation serializes
 * with it), in sixteen option sets: the reader gives back what JS {@code YAML.parse} gives, and the fast
 * path agrees with snakeyaml-engine on every text it accepts. Cases come from
 * {@code fixtures/js-yaml-stringify.json} (see fixtures/README.md).
 */
class YamlParserJsFixturesTest {
    private static List<Map<String, Object>> cases;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        try (InputStream in = YamlParserJsFixturesTest.class.getResourceAsStream("/fixtures/js-yaml-stringify.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setCodePointLimit(Integer.MAX_VALUE).build();
            cases = (List<Map<String, Object>>) new Load(settings).loadFromString(json);
        }
    }

    @Test
    void theFastPathAgreesWithTheEngineOnEveryStringifiedText() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String yaml = (String) cases.get(i).get("yaml");
            String problem = YamlParserDifferentialTest.check(yaml, true);
            if (problem != null) {
                problems.add("case " + i + " " + cases.get(i).get("options") + ": " + problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReaderGivesWhatJsYamlParseGives() {
        List<String> problems = new ArrayList<>();
        int fastPath = 0;
        for (int i = 0; i < cases.size(); i++) {
            String yaml = (String) cases.get(i).get("yaml");
            Object expected = cases.get(i).get("json");
            char[] text = yaml.toCharArray();
            int n = YamlReader.normalize(text, text.length);
            YamlReaderStream stream;
            try {
                stream = YamlReader.read(text, n, false, 100, 1000, Integer.MAX_VALUE);
            } catch (YamlReaderError e) {
                problems.add("case " + i + " " + cases.get(i).get("options") + ": " + e.getMessage());
                continue;
            }
            if (stream.slowPathReason() == null) {
                fastPath++;
            }
            List<Object> docs = stream.documents();
            if (docs.size() != 1 || !sameAsJson(docs.get(0), expected)) {
                problems.add("case " + i + " " + cases.get(i).get("options") + ": read " + docs + " but JS read " + expected);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(fastPath).as("cases read on the fast path").isGreaterThan(cases.size() * 9 / 10);
    }

    /** Equality as JavaScript sees it: numbers by value, objects by keys. */
    static boolean sameAsJson(Object ours, Object js) {
        if (ours == null || js == null) {
            return ours == js;
        }
        if (ours instanceof Number a && js instanceof Number b) {
            return toDecimal(a).compareTo(toDecimal(b)) == 0
                    || a.doubleValue() == b.doubleValue(); // JS numbers are doubles
        }
        if (ours instanceof List<?> la && js instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!sameAsJson(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (ours instanceof Map<?, ?> ma && js instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> ia = ma.entrySet().iterator();
            for (Map.Entry<?, ?> eb : mb.entrySet()) {
                Map.Entry<?, ?> ea = ia.next();
                if (!String.valueOf(ea.getKey()).equals(String.valueOf(eb.getKey())) || !sameAsJson(ea.getValue(), eb.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return ours.equals(js);
    }

    private static BigDecimal toDecimal(Number n) {
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? BigDecimal.valueOf(Long.MAX_VALUE) : BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(n.longValue());
    }
}

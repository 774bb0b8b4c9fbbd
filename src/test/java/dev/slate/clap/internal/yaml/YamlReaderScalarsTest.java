package dev.slate.clap.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Plain scalars resolve to exactly what snakeyaml-engine's CoreSchema gives, type included. */
class YamlReaderScalarsTest {
    private static final CoreSchema CORE = new CoreSchema();

    /** The engine's own resolver and constructors; a String for STR. */
    static Object engine(String value) {
        Tag tag = CORE.getScalarResolver().resolve(value, true);
        if (tag.equals(Tag.STR)) {
            return value;
        }
        ConstructNode c = CORE.getSchemaTagConstructors().get(tag);
        if (c == null) { // ${ENV} without an EnvConfig: Load gives the text
            return value;
        }
        return c.construct(new ScalarNode(tag, value, ScalarStyle.PLAIN));
    }

    static Stream<String> edgeCases() {
        return Stream.of("", "~", "null", "Null", "NULL", "nULL", "nul", "true", "True", "TRUE", "tRUE", "false",
                "False", "FALSE", "yes", "no", "on", "off", "y", "0", "-0", "+0", "00", "007", "0000000000012",
                "00000000000000000000012", "12", "-12", "+12", "2147483647", "2147483648", "-2147483648",
                "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "-9223372036854775809", "99999999999999999999999", "0x", "0x0", "0x1F", "0xff", "0xFFFFFFFF",
                "0x7fffffff", "0x80000000", "0xffffffffffffffff", "0x7fffffffffffffff", "0x1_0", "0X1F", "0o",
                "0o17", "0o8", "0o17777777777", "0o20000000000", "0o1777777777777777777777", "0o2000000000000000000000",
                "1.", ".5", "-.5", "+.5", "1.5", "1e3", "1E3", "1e+3", "1e-3", "1.5e10", "-1.5E-10", "1e", "1e+",
                ".", "-.", "+", "-", "..", "1..2", "1.2.3", ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF",
                ".iNf", ".nan", ".NaN", ".NAN", "-.nan", ".nAn", "1e400", "-1e400", "4.9e-325", "1_000", "1,000",
                "12:30", "2024-01-01", "1.0.0", "0.1", "0.30000000000000004", "123456789012345678901234567890.5",
                "-0.0", "0.0", "+0.0", "1e0", "01e1", "~~", " ", "a", "0b101", "$1", "${HOME}", "1 2", "١٢");
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void anEdgeCaseReadsAsTheEngineReadsIt(String value) {
        assertSame(value);
    }

    @Test
    void randomNumberLikeStringsReadAsTheEngineReadsThem() {
        Random r = new Random(12345);
        String alphabet = "0123456789+-.eExXoOabcdfABCDFinfINFnaNul~tTrRsS_: ";
        String digits = "0123456789";
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(24);
            String pool = r.nextInt(3) == 0 ? alphabet : digits + "+-.eEx";
            for (int k = 0; k < len; k++) {
                b.append(pool.charAt(r.nextInt(pool.length())));
            }
            String v = b.toString();
            if (isKnownDeparture(v)) {
                continue;
            }
            Object mine = YamlReaderScalars.resolvePlain(v);
            Object theirs;
            try {
                theirs = engine(v);
            } catch (RuntimeException e) {
                failures.add(v + " -> engine threw " + e);
                continue;
            }
            if (!same(mine, theirs)) {
                failures.add(v + " -> " + show(mine) + " but engine " + show(theirs));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void plusInfinityIsReadWhereTheEngineWouldThrow() {
        assertThat(YamlReaderScalars.resolvePlain("+.inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(YamlReaderScalars.resolvePlain("+.INF")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aPlainMergeKeyIsTheStringItLooksLike() {
        assertThat(YamlReaderScalars.resolvePlain("<<")).isEqualTo("<<");
    }

    @Test
    void integersTakeTheSmallestTypeByDigitCountAsTheEngineDoes() {
        assertThat(YamlReaderScalars.resolvePlain("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(YamlReaderScalars.resolvePlain("2147483648")).isEqualTo(2147483648L);
        assertThat(YamlReaderScalars.resolvePlain("00000000012")).isEqualTo(12L);
        assertThat(YamlReaderScalars.resolvePlain("9223372036854775808"))
                .isEqualTo(new BigInteger("9223372036854775808"));
    }

    /** {@code +.inf} (engine throws) and {@code <<} (engine: merge key) are read on purpose. */
    static boolean isKnownDeparture(String v) {
        return v.equals("<<") || v.toLowerCase(java.util.Locale.ROOT).equals("+.inf");
    }

    private static void assertSame(String value) {
        if (isKnownDeparture(value)) {
            return;
        }
        Object mine = YamlReaderScalars.resolvePlain(value);
        Object theirs = engine(value);
        assertThat(same(mine, theirs)).as("%s: mine %s, engine %s", value, show(mine), show(theirs)).isTrue();
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    static String show(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName() + "(" + o + ")";
    }
}

package dev.slate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Upper and lower case as the JDK makes them, for text of any length and any characters. */
class CasesTest {
    /** Characters whose case takes two (ß, ligatures, İ, ŉ), a sigma, letters of three scripts, a surrogate pair. */
    private static final String[] UNITS = {"a", "Z", "é", "ß", "\uFB01", "\uFB00", "\u0130", "\u0149", "Σ", "σ", "ς",
        "中", "\uD801\uDC00", "\uD801\uDC28", " ", " ", "-", "1"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textOfAnyLengthComesOutAsTheJdkConvertsItWhole(long seed) {
        Random r = new Random(seed);
        int length = r.nextBoolean() ? r.nextInt(2 * Cases.PIECE) : Cases.PIECE * (1 + r.nextInt(12)) + r.nextInt(5) - 2;
        StringBuilder b = new StringBuilder();
        int sinceSpace = 0;
        while (b.length() < length) {
            // words under a piece's half, as in any text: the final sigma rule looks at whole words
            String unit = sinceSpace > 40 ? " " : UNITS[r.nextInt(UNITS.length)];
            sinceSpace = unit.equals(" ") ? 0 : sinceSpace + 1;
            b.append(unit);
        }
        String s = b.toString();
        assertThat(Cases.upper(s)).isEqualTo(s.toUpperCase(Locale.ROOT));
        assertThat(Cases.lower(s)).isEqualTo(s.toLowerCase(Locale.ROOT));
    }

    @Test
    void aLineOfHundredsOfThousandsOfCharactersThatGrowWhenConvertedComesOutWhole() {
        // the JDK alone takes tens of seconds over this: it copies its whole result again for each such character
        String ligatures = "\uFB01".repeat(300_000);
        assertThat(Cases.upper(ligatures)).hasSize(600_000).isEqualTo("FI".repeat(300_000));
        String dotted = "\u0130".repeat(300_000);
        assertThat(Cases.lower(dotted)).isEqualTo("i\u0307".repeat(300_000));
        String pairs = "\uD801\uDC28".repeat(200_000); // a piece never ends between the halves of a pair
        assertThat(Cases.upper(pairs)).isEqualTo("\uD801\uDC00".repeat(200_000));
    }
}

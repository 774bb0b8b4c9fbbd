package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.Slate;
import dev.slate.convert.ProgressListener;
import dev.slate.source.ScriptFormat;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Found by the fuzzer (text:1:55099, a 37 KB line of a few characters between runs of thousands of spaces:
 * a second to parse): the patterns that find page numbers, scene numbers and a heading's parts backtracked
 * through every run of spaces from every position, so a line of 60,000 spaces took from ten seconds to
 * minutes. The timeout only guards against a hang; it measures nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LongRunsOfSpacesTest {
    private static final Slate SLATE = Slate.create();
    private static final String GAP = " ".repeat(30_000);

    @Test
    void aSceneNumberedHeadingWithLongGapsKeepsItsNumberPlaceAndTime() throws Exception {
        Screenplay s = parse("12 INT. KITCHEN" + GAP + "LATER" + GAP + "- NIGHT  12");
        SceneHeading h = s.scenes().get(1).heading();
        assertThat(h.sceneNumber()).isEqualTo("12");
        assertThat(h.time()).isEqualTo("NIGHT");
        assertThat(h.location()).startsWith("KITCHEN").endsWith("LATER");
    }

    @Test
    void aHeadingWhoseDashStandsBetweenLongGapsHasItsTime() throws Exception {
        Screenplay s = parse("INT. HALL" + GAP + "-" + GAP + "DAY");
        assertThat(s.scenes()).hasSize(2);
        assertThat(s.scenes().get(1).heading().location()).isEqualTo("HALL");
        assertThat(s.scenes().get(1).heading().time()).isEqualTo("DAY");
    }

    @Test
    void aLineOfActionWithLongGapsOfSpacesOrTabsEndingInANumberStaysAction() throws Exception {
        for (String gap : new String[] {GAP, "\t".repeat(30_000)}) {
            Screenplay s = parse("The kettle" + gap + "boils" + gap + "13.");
            assertThat(s.lines()).extracting(TaggedLine::tag)
                    .containsExactly(LineTag.HEADING, LineTag.ACTION, LineTag.ACTION, LineTag.ACTION);
            assertThat(s.scenes()).hasSize(1);
            assertThat(s.scenes().get(0).events()).hasSize(3);
        }
    }

    private static Screenplay parse(String line) throws Exception {
        String script = "INT. ROOM - DAY\n\nAmy waits.\n\n" + line + "\n\nShe leaves.\n";
        return SLATE.parse(script.getBytes(StandardCharsets.UTF_8), "gaps.txt", ScriptFormat.TEXT, ProgressListener.NONE);
    }
}

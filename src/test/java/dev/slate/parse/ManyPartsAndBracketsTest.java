package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.source.ScriptText;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs made to find the cost of reading a script in parts and of learning names from introductions: each
 * must be read once, not once per part or per bracket (a first draft read a line of brackets back to its
 * start from each of them: minutes for a megabyte). The timeout only guards against a hang; it measures
 * nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ManyPartsAndBracketsTest {
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    @Test
    void aScriptWhoseColumnsMoveFourThousandTimesIsReadInFourThousandParts() {
        StringBuilder b = new StringBuilder("INT. ROOM - DAY\n\n");
        for (int part = 0; part < 4000; part++) {
            int action = part % 2 == 0 ? 15 : 0;
            int dialogue = part % 2 == 0 ? 25 : 10;
            int cue = part % 2 == 0 ? 37 : 22;
            b.append(" ".repeat(action)).append("Amy crosses the long room to the window and looks out at the rain.\n\n");
            for (int speech = 0; speech < 6; speech++) {
                b.append(" ".repeat(cue)).append("AMY\n").append(" ".repeat(dialogue)).append("Hello there.\n\n");
            }
        }
        Screenplay s = PARSER.parse(ScriptText.of(b.toString()));
        assertThat(s.lines()).filteredOn(l -> l.tag() == LineTag.CHARACTER).hasSize(24_000);
        assertThat(s.lines()).filteredOn(l -> l.tag() == LineTag.DIALOGUE).hasSize(24_000)
                .allMatch(l -> "AMY".equals(l.speaker()));
    }

    @Test
    void aLineOfAThirdOfAMillionBracketsAndNoSpaceIsReadOnce() {
        Screenplay s = PARSER.parse(ScriptText.of("INT. ROOM - DAY\n\n" + "A(1".repeat(350_000) + "\n"));
        assertThat(s.lines()).extracting(TaggedLine::tag).containsExactly(LineTag.HEADING, LineTag.ACTION);
    }
}

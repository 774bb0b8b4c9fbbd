package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.Slate;
import dev.slate.convert.ProgressListener;
import dev.slate.source.ScriptFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Found by the fuzzer (fountain:1:50090): a paragraph that opens a parenthesis and never closes it, then runs
 * on for megabytes of sentences, took minutes: each sentence joined to the open one recounted its
 * parentheses from the start. The timeout only guards against a hang; it measures nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HugeParagraphTest {
    private static final Slate SLATE = Slate.create();

    @Test
    void aParenthesisLeftOpenKeepsTheRestOfItsParagraphInOneEvent() throws Exception {
        String sentences = "INT. HOUSE - DAY. ".repeat(60_000);
        String script = "INT. KITCHEN - DAY\n\nAmy waits (smiling, then " + sentences + "\n\nShe leaves. The door bangs.\n";
        List<Event> events = firstSceneEvents(script, "long.fountain", ScriptFormat.FOUNTAIN);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).text()).startsWith("Amy waits (smiling").hasSizeGreaterThan(sentences.length());
        assertThat(events.get(1).text()).isEqualTo("She leaves.");
        assertThat(events.get(2).text()).isEqualTo("The door bangs.");
    }

    /**
     * Every line is upper-cased to be compared with the grammar, and the JDK's upper-casing copies its whole
     * result again for each character that grows (the ligature {@code ﬁ} of a PDF's text, {@code ß}): a line of
     * a million of them took minutes.
     */
    @Test
    void aLineOfHundredsOfThousandsOfLigaturesIsReadAsAction() throws Exception {
        String ligatures = "\uFB01\uFB02".repeat(300_000);
        String script = "INT. KITCHEN - DAY\n\n" + ligatures + "\n\nShe leaves.\n";
        List<Event> events = firstSceneEvents(script, "ligatures.txt", ScriptFormat.TEXT);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).text()).isEqualTo(ligatures);
        assertThat(events.get(1).text()).isEqualTo("She leaves.");
    }

    /**
     * Found by the fuzzer (pdf:1:9363, with the full run's 4 MB lines): a "word" of megabytes with stops in it took
     * minutes, the sentence detector looking for the next space after each stop. Such text is split at its stops.
     */
    @Test
    void aWordOfMegabytesWithStopsInItIsSplitAtItsStopsWithoutTheDetector() throws Exception {
        String damage = "x.y!z?".repeat(300_000);
        String script = "INT. KITCHEN - DAY\n\nAmy waits. " + damage + " She leaves; the door bangs. Mr. Orr sighs.\n";
        List<Event> events = firstSceneEvents(script, "damaged.txt", ScriptFormat.TEXT);
        assertThat(events).extracting(Event::text)
                .containsExactly("Amy waits.", damage, "She leaves; the door bangs.", "Mr. Orr sighs.");
    }

    private static List<Event> firstSceneEvents(String script, String name, ScriptFormat format) throws Exception {
        Screenplay s = SLATE.parse(script.getBytes(StandardCharsets.UTF_8), name, format, ProgressListener.NONE);
        return s.scenes().get(0).events();
    }
}

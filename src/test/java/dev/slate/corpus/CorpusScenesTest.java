package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.parse.Scene;
import dev.slate.parse.SceneHeading;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.DecodedText;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every corpus scene's heading, split as its gold ({@code scenes.tsv}, made by {@link SceneHeadingGold}, which
 * shares no rule with the parser) splits it: interior or exterior, the place and the time of day, in each
 * layout the tags are scored in. A heading's curly apostrophe is compared as the straight one the parser reads
 * it as.
 */
class CorpusScenesTest {
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    @ParameterizedTest
    @EnumSource(CorpusAccuracy.Layout.class)
    void everySceneHeadingIsSplitAsItsGoldSplitsIt(CorpusAccuracy.Layout layout) throws IOException {
        List<String> wrong = new ArrayList<>();
        int headings = 0;
        for (Path txt : CorpusAccuracy.scripts(Path.of("corpus"))) {
            DecodedText decoded = TextDecoder.decode(Files.readAllBytes(txt));
            CorpusAccuracy.Reshaped shaped = CorpusAccuracy.reshape(decoded.text(), layout);
            Screenplay parsed = PARSER.parse(ScriptText.of(shaped.text(), decoded.charset()));
            Map<Integer, SceneHeading> byLine = new HashMap<>();
            for (Scene s : parsed.scenes()) {
                if (s.heading() != null) {
                    byLine.put(s.startLine(), s.heading());
                }
            }
            for (String row : Files.readAllLines(txt.resolveSibling("scenes.tsv"), StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                String[] f = row.split("\t", -1);
                headings++;
                SceneHeading h = byLine.get(shaped.line(Integer.parseInt(f[0])));
                String want = straight(f[2] + " | " + f[3] + " | " + f[4]);
                String got = h == null ? "no scene" : h.place().code() + " | " + h.location() + " | " + h.time();
                if (!want.equals(got)) {
                    wrong.add(txt.getFileName() + ":" + f[0] + " " + want + " -> " + got);
                }
            }
        }
        assertThat(headings).isGreaterThan(150);
        assertThat(wrong).as(layout + ": headings split otherwise than their gold").isEmpty();
    }

    private static String straight(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}

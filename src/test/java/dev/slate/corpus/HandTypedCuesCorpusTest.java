package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.corpus.CorpusAccuracy.Gold;
import dev.slate.corpus.CorpusAccuracy.Layout;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus with its cues typed as scripts written by hand, in a notes app or by a language model have them: a
 * colon after every cue ({@code KEREM (AM TELEFON):} alone over the speech), or a blank line under every other cue of
 * someone the script has heard speak.
 * Each script reads tag for tag as it does without them.
 */
class HandTypedCuesCorpusTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.slate.corpus.CorpusAccuracy#scriptsInEachLayout")
    void cuesWithAColonReadAsCuesWithout(String name, Layout layout, Path txt) throws IOException {
        String written = TextDecoder.decode(Files.readAllBytes(txt)).text();
        Set<Integer> cueLines = new HashSet<>();
        for (Gold g : CorpusAccuracy.gold(txt)) {
            if (g.tag().equals("CHARACTER")) {
                cueLines.add(g.line());
            }
        }
        String[] lines = written.split("\n", -1);
        StringBuilder colons = new StringBuilder(written.length() + cueLines.size());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean cr = line.endsWith("\r");
            String body = cr ? line.substring(0, line.length() - 1) : line;
            colons.append(i > 0 ? "\n" : "").append(cueLines.contains(i + 1) ? body.stripTrailing() + ":" : body).append(cr ? "\r" : "");
        }

        String plain = CorpusAccuracy.reshape(written, layout).text();
        String withColons = CorpusAccuracy.reshape(colons.toString(), layout).text();

        assertThat(rows(PARSER.parse(ScriptText.of(withColons)).lines()))
                .isEqualTo(rows(PARSER.parse(ScriptText.of(plain)).lines()));
    }

    /** Without indentation (which sets a cue apart by itself): flattened, and tight. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.slate.corpus.CorpusAccuracy#scriptsInEachLayout")
    void aBlankLineUnderSomeCuesLeavesThemCues(String name, Layout layout, Path txt) throws IOException {
        if (layout == Layout.INDENTED) {
            return;
        }
        String plain = CorpusAccuracy.reshape(TextDecoder.decode(Files.readAllBytes(txt)).text(), layout).text();
        String[] lines = plain.split("\n", -1);
        // every other cue of someone heard before: a name the script has never heard speak needs its colon
        Set<String> heard = new HashSet<>();
        Set<Integer> gapped = new HashSet<>();
        int again = 0;
        for (TaggedLine l : PARSER.parse(ScriptText.of(plain)).lines()) {
            if (l.tag() == dev.slate.parse.LineTag.CHARACTER && !heard.add(l.speaker()) && again++ % 2 == 0) {
                gapped.add(l.number());
            }
        }
        StringBuilder b = new StringBuilder(plain.length() + gapped.size());
        int[] back = new int[lines.length + gapped.size() + 2];
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            b.append(i > 0 ? "\n" : "").append(lines[i]);
            back[++n] = i + 1;
            if (gapped.contains(i + 1)) {
                b.append(lines[i].endsWith("\r") ? "\n\r" : "\n");
                n++;
            }
        }

        List<String> read = new ArrayList<>();
        for (TaggedLine l : PARSER.parse(ScriptText.of(b.toString())).lines()) {
            read.add(back[l.number()] + "\t" + l.tag() + "\t" + l.speaker());
        }
        assertThat(read).isEqualTo(rows(PARSER.parse(ScriptText.of(plain)).lines()));
    }

    private static List<String> rows(List<TaggedLine> lines) {
        return lines.stream().map(l -> l.number() + "\t" + l.tag() + "\t" + l.speaker()).toList();
    }
}

package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.corpus.CorpusAccuracy.Layout;
import dev.slate.corpus.CorpusAccuracy.Reshaped;
import dev.slate.corpus.CorpusAccuracy.Score;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapSegment;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus double-spaced: a blank line under every line, as a PDF turned into a word processor's document
 * (each printed line a paragraph) and saved as text hands a script over. Each script, in each layout, must read
 * line for line as it does single-spaced, and convert to the same timeline.
 */
class DoubleSpacedCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();
    private static final ScreenplayConverter CONVERTER = new ScreenplayConverter(ConvertOptions.defaults().withCreatedAt(Instant.EPOCH));

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.slate.corpus.CorpusAccuracy#scriptsInEachLayout")
    void aDoubleSpacedScriptReadsLineForLineAsItsSingleSpacedText(String name, Layout layout, Path txt) throws IOException {
        String text = CorpusAccuracy.reshape(TextDecoder.decode(Files.readAllBytes(txt)).text(), layout).text();
        Reshaped doubled = doubleSpace(text);

        List<String> single = rows(PARSER.parse(ScriptText.of(text)).lines(), null);
        List<String> read = rows(PARSER.parse(ScriptText.of(doubled.text())).lines(), doubled);

        assertThat(read).isEqualTo(single);
    }

    /** The same timeline: the segments and their times, prompts and entities; only their lines are the double-spaced text's. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.slate.corpus.CorpusAccuracy#scriptsInEachLayout")
    void aDoubleSpacedScriptConvertsToTheSameTimeline(String name, Layout layout, Path txt) throws IOException {
        String text = CorpusAccuracy.reshape(TextDecoder.decode(Files.readAllBytes(txt)).text(), layout).text();
        Reshaped doubled = doubleSpace(text);

        ClapProject single = CONVERTER.convert(PARSER.parse(ScriptText.of(text)));
        ClapProject read = CONVERTER.convert(PARSER.parse(ScriptText.of(doubled.text())));

        assertThat(timeline(read, doubled)).isEqualTo(timeline(single, null));
        assertThat(withoutIdPrefix(read.entities().toString(), read)).isEqualTo(withoutIdPrefix(single.entities().toString(), single));
    }

    /** The scores the README gives, each layout double-spaced against the corpus gold. */
    @Test
    void theReadmeFiguresHold() throws IOException {
        Map<Layout, Score> scores = new EnumMap<>(Layout.class);
        for (Layout layout : Layout.values()) {
            Score s = new Score();
            for (Path txt : CorpusAccuracy.scripts(CORPUS)) {
                Reshaped shaped = CorpusAccuracy.reshape(TextDecoder.decode(Files.readAllBytes(txt)).text(), layout);
                Reshaped doubled = doubleSpace(shaped.text());
                CorpusAccuracy.score(txt.getFileName().toString(), PARSER.parse(ScriptText.of(doubled.text())),
                        CorpusAccuracy.gold(txt), s, n -> doubled.line(shaped.line(n)));
            }
            scores.put(layout, s);
        }
        String figures = String.format(Locale.ROOT, "macro-F1 %.4f (indented), %.4f (flattened), %.4f (tight)",
                scores.get(Layout.INDENTED).macroF1(), scores.get(Layout.FLATTENED).macroF1(), scores.get(Layout.TIGHT).macroF1());
        assertThat(figures).isEqualTo("macro-F1 1.0000 (indented), 1.0000 (flattened), 0.9994 (tight)");
        assertThat(Files.readString(Path.of("README.md")).replaceAll("\\s+", " ")).contains(figures);
    }

    /**
     * A blank line under every line that is not blank; {@code lineAt} maps a line of {@code text} to its number in
     * the result. A line that is only a page break is blank here, as the parser reads it.
     */
    static Reshaped doubleSpace(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length() * 2);
        int[] at = new int[lines.length + 1];
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                b.append('\n');
            }
            b.append(line);
            at[i + 1] = ++n;
            boolean blank = line.replace("\f", "").replace("\r", "").isBlank();
            if (!blank && i + 1 < lines.length) {
                b.append(line.endsWith("\r") ? "\n\r" : "\n");
                n++;
            }
        }
        return new Reshaped(b.toString(), at);
    }

    /** One row per segment, its lines those of the single-spaced text. */
    private static List<String> timeline(ClapProject project, Reshaped doubled) {
        int[] back = doubled == null ? null : backwards(doubled);
        List<String> rows = new ArrayList<>(project.segments().size());
        for (ClapSegment s : project.segments()) {
            int from = back == null ? s.startTimeInLines() : back[s.startTimeInLines()];
            int to = back == null ? s.endTimeInLines() : back[s.endTimeInLines()];
            rows.add(withoutIdPrefix(s.id() + " " + s.track() + " " + s.category() + " " + s.startTimeInMs() + "-" + s.endTimeInMs() + " lines "
                    + from + "-" + to + " " + s.entityId() + " " + s.sceneId() + " " + s.prompt() + " | " + s.label(), project));
        }
        return rows;
    }

    /** Ids are seeded by the script's text: the same ids but their first part, the same for every id of a project. */
    private static String withoutIdPrefix(String text, ClapProject project) {
        String id = project.segments().get(0).id();
        return text.replace(id.substring(0, id.lastIndexOf('-') + 1), "");
    }

    /** For each line of the double-spaced text that is a line of the single-spaced one, its number there. */
    private static int[] backwards(Reshaped doubled) {
        int[] back = new int[doubled.lineAt()[doubled.lineAt().length - 1] + 2];
        for (int i = 1; i < doubled.lineAt().length; i++) {
            back[doubled.lineAt()[i]] = i;
        }
        return back;
    }

    /** One row per line: the number it had single-spaced, its tag and speaker. */
    private static List<String> rows(List<TaggedLine> lines, Reshaped doubled) {
        int[] back = doubled == null ? null : backwards(doubled);
        List<String> rows = new ArrayList<>(lines.size());
        for (TaggedLine l : lines) {
            int number = back == null ? l.number() : back[l.number()];
            rows.add(number + "\t" + l.tag() + "\t" + l.speaker() + "\t" + l.text());
        }
        return rows;
    }
}

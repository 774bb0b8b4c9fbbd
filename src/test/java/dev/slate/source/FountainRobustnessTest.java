package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a Fountain file holds, every non-blank line is tagged once, in order, and nothing is lost or thrown. */
class FountainRobustnessTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();
    private static final String[] PIECES = {"INT. HOUSE - DAY", "EXT. ROOF", ".FORCED", "@McCLANE", "BOB ^", "AMY",
        "(beat)", "(wrapped", "still)", "Hello there.", "CUT TO:", "> FADE OUT.", "> THE END <", "~la la", "===",
        "# Act", "= synopsis", "[[note", "]]", "[[whole note]]", "/* bone", "yard */", "*bold", "_under_", "\\*",
        "Title: X", "    indented", "!FORCED ACTION", "", "", "", "  ", "\t", "#1A#", "...", "^", "@", ">", "<", "~"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 7919L * i + 13);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyNonBlankLineGetsOneTagInOrder(long seed) throws UnreadableScriptException {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        int n = 20 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(p + 1 < parts ? " " : "");
            }
            b.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        ScriptText text = ScriptSources.read(b.toString().getBytes(StandardCharsets.UTF_8), ScriptFormat.FOUNTAIN);

        List<TaggedLine> lines = PARSER.parse(text).lines();

        List<Integer> nonBlank = text.lines().stream().filter(l -> !l.isBlank()).map(ScriptLine::number).toList();
        assertThat(lines).extracting(TaggedLine::number).containsExactlyElementsOf(nonBlank);
        assertThat(text.elements()).extracting(ScriptElement::line).isSortedAccordingTo(Integer::compare)
                .containsExactlyElementsOf(nonBlank);
    }

    @Test
    void hugeLinesOfMarkupAreReadInOnePass() throws UnreadableScriptException {
        String script = "INT. HALL - DAY\n\n"
                + "_a ".repeat(200_000) + "b* ".repeat(200_000) + "\n\n" // openers no closer pairs with
                + "#".repeat(500_000) + "1#\n\n"
                + "Amy waits. " + "[[ ".repeat(200_000) + "\n\n"
                + "/* never closed\n\nEXT. GONE - DAY\n";
        ScriptText text = ScriptSources.read(script.getBytes(StandardCharsets.UTF_8), ScriptFormat.FOUNTAIN);

        List<TaggedLine> lines = PARSER.parse(text).lines();

        assertThat(lines).extracting(l -> l.number() + " " + l.tag()).containsExactly(
                "1 HEADING", "3 ACTION", "5 SECTION", "7 ACTION", "9 NOTE", "11 NOTE");
        assertThat(lines.get(3).text()).isEqualTo("Amy waits.");
    }

    @Test
    void theCorpusFountainFilesAreRecognisedByTheirMarkupAndItsTextFilesAreNot() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("corpus"))) {
            for (Path d : dirs.filter(d -> Files.exists(d.resolve(d.getFileName() + ".fountain"))).toList()) {
                String slug = d.getFileName().toString();
                assertThat(ScriptFormat.sniff(Files.readAllBytes(d.resolve(slug + ".fountain")))).as(slug + ".fountain")
                        .isEqualTo(ScriptFormat.FOUNTAIN);
                assertThat(ScriptFormat.sniff(Files.readAllBytes(d.resolve(slug + ".txt")))).as(slug + ".txt")
                        .isEqualTo(ScriptFormat.TEXT);
            }
        }
    }
}

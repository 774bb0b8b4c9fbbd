package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapSegment;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code slate convert script.fountain} gives the project the same script as text gives. */
class FountainConvertTest {

    @TempDir
    Path dir;

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("corpus"))) {
            return dirs.filter(d -> Files.exists(d.resolve(d.getFileName() + ".fountain")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    private ClapProject convert(Path script) throws Exception {
        Path out = dir.resolve(script.getFileName() + ".clap");
        Cli.Result r = Cli.run("convert", script.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        return new ClapReader().read(out).project();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aFountainScriptConvertsToTheSameCharactersScenesAndDialogueAsItsText(String slug) throws Exception {
        ClapProject fountain = convert(Path.of("corpus", slug, slug + ".fountain"));
        ClapProject text = convert(Path.of("corpus", slug, slug + ".txt"));

        assertThat(characters(fountain)).isEqualTo(characters(text));
        assertThat(fountain.scenes()).hasSameSizeAs(text.scenes());
        assertThat(count(fountain, "DIALOGUE")).isEqualTo(count(text, "DIALOGUE")).isPositive();
        assertThat(fountain.meta().screenplay()).as("the Fountain file as written")
                .isEqualTo(ScriptSources.read(Files.readAllBytes(Path.of("corpus", slug, slug + ".fountain")),
                        ScriptFormat.FOUNTAIN).text());
    }

    @Test
    void theTitlePageTitlesTheProject() throws Exception {
        Path script = Files.writeString(dir.resolve("untitled-file.fountain"),
                "Title:\n    _**BRICK & STEEL**_\nCredit: Written by\nAuthor: Stu\n\nEXT. ROOF - DAY\n\nWind.\n",
                StandardCharsets.UTF_8);
        assertThat(convert(script).meta().title()).isEqualTo("BRICK & STEEL");
    }

    @Test
    void fountainMarkupInAFileOfAnyNameIsReadAsFountain() throws Exception {
        Path script = Files.writeString(dir.resolve("draft"),
                "Title: Marks\n\n.THE ROOF #1#\n\n[[windy]]\n\n@McCLANE\nYippee.\n\n> THE END <\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("parse", script.toString(), "--tags");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("1\tTITLE\t\tMarks\n3\tHEADING\t\tTHE ROOF\n5\tNOTE\t\twindy\n"
                + "7\tCHARACTER\tMCCLANE\tMcCLANE\n8\tDIALOGUE\tMCCLANE\tYippee.\n10\tCENTERED\t\tTHE END\n");
    }

    @Test
    void aBinaryFileCalledFountainIsRefusedOnOneLine() throws Exception {
        Path script = Files.write(dir.resolve("broken.fountain"), new byte[] {'I', 'N', 'T', 0, 1, 2, 3, 0, 0});
        Cli.Result r = Cli.run("convert", script.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).contains("broken.fountain").contains("binary data");
        assertThat(dir.resolve("broken.clap")).doesNotExist();
    }

    private static Set<String> characters(ClapProject p) {
        Set<String> names = new TreeSet<>();
        p.entities().stream().filter(e -> e.category().equals("CHARACTER")).forEach(e -> names.add(e.triggerName()));
        return names;
    }

    private static long count(ClapProject p, String category) {
        List<ClapSegment> segments = p.segments();
        return segments.stream().filter(s -> s.category().equals(category)).count();
    }
}

package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.convert.ScreenplayConverter;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import dev.slate.source.ScriptText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus script, converted from its text, from its Fountain file and from its Final Draft file, loads
 * in the reference reader (@aitube/clap's parseClap) with no warning.
 */
class ConvertedCorpusInteropTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void node() throws IOException {
        ReferenceReaderInteropTest.Node.node();
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("corpus"))) {
            return dirs.filter(d -> Files.exists(d.resolve(d.getFileName() + ".txt"))).map(d -> d.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aConvertedScriptLoadsInTheReferenceReaderWithNoWarning(String slug) throws IOException {
        byte[] text = Files.readAllBytes(Path.of("corpus", slug, slug + ".txt"));
        loadsWithNoWarning(slug, ScriptText.of(text));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aConvertedFountainScriptLoadsInTheReferenceReaderWithNoWarning(String slug) throws Exception {
        byte[] fountain = Files.readAllBytes(Path.of("corpus", slug, slug + ".fountain"));
        loadsWithNoWarning(slug + ".fountain", ScriptSources.read(fountain, ScriptFormat.FOUNTAIN));
    }

    private static void loadsWithNoWarning(String name, ScriptText script) throws IOException {
        ClapProject project = new ScreenplayConverter().convert(ScreenplayParser.builder().build().parse(script));
        Path file = dir.resolve(name + ".clap");
        new ClapWriter().writeFile(project, file);
        ReferenceReaderInteropTest.NodeRun run = ReferenceReaderInteropTest.Node.run("clap-check.mjs",
                List.of("--strict", "--quiet", file.toString()));
        assertThat(run.exitCode()).as("clap-check --strict: %s %s", run.stdout(), run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"warnings\": []").contains("\"segments\": " + project.segments().size());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aConvertedFinalDraftScriptLoadsInTheReferenceReaderWithNoWarning(String slug) throws Exception {
        byte[] fdx = Files.readAllBytes(Path.of("corpus", slug, slug + ".fdx"));
        ClapProject project = new ScreenplayConverter().convert(ScreenplayParser.builder().build()
                .parse(ScriptSources.read(fdx, ScriptFormat.FDX)));
        Path file = dir.resolve(slug + "-fdx.clap");
        new ClapWriter().writeFile(project, file);
        ReferenceReaderInteropTest.NodeRun run = ReferenceReaderInteropTest.Node.run("clap-check.mjs",
                List.of("--strict", "--quiet", file.toString()));
        assertThat(run.exitCode()).as("clap-check --strict: %s %s", run.stdout(), run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"warnings\": []").contains("\"segments\": " + project.segments().size());
    }
}

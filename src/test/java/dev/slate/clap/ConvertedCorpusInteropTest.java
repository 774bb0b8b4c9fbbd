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
 * Every corpus script, converted from its text, its Fountain file, its Final Draft file and its PDFs, loads
 * in the reference reader (@aitube/clap's parseClap) with no warning.
 */
class ConvertedCorpusInteropTest {
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

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
        ClapProject project = new ScreenplayConverter().convert(PARSER.parse(script));
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
        loadsWithNoWarning(slug + "-fdx", ScriptSources.read(fdx, ScriptFormat.FDX));
    }

    static Stream<String> pdfs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus", "pdf"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void aConvertedPdfLoadsInTheReferenceReaderWithNoWarning(String pdf) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("corpus", "pdf", pdf));
        loadsWithNoWarning(pdf, ScriptSources.read(bytes, ScriptFormat.PDF));
    }
}

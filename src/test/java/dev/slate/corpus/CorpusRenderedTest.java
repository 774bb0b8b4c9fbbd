package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rendered corpus files are exactly what their tagged sources and layouts give: nobody edits gold by hand. */
class CorpusRenderedTest {

    static Stream<Arguments> scripts() throws IOException {
        return CorpusRenderer.layouts(Path.of("corpus")).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void renderedFilesMatchTheirSource(String slug, Layout layout) throws IOException {
        Path dir = Path.of("corpus", slug);
        TaggedSource source = TaggedSource.read(Path.of("corpus", "sources", slug + ".tagged"));
        CorpusRenderer.Script script = CorpusRenderer.render(source, layout);
        String hint = "corpus/" + slug + " is out of date with its source; render the corpus again (corpus/README.md)";
        assertThat(Files.readAllBytes(dir.resolve(slug + ".txt"))).as(hint).isEqualTo(CorpusRenderer.textBytes(script));
        assertThat(Files.readString(dir.resolve(slug + ".fdx"), StandardCharsets.UTF_8)).as(hint)
                .isEqualTo(FdxWriter.write(source, layout));
        for (Map.Entry<String, String> gold : Map.of(
                slug + ".tags.tsv", CorpusRenderer.tagsTsv(script),
                "characters.tsv", CorpusRenderer.charactersTsv(script),
                "scenes.tsv", CorpusRenderer.scenesTsv(script, new SceneHeadingGold(source.language()))).entrySet()) {
            assertThat(Files.readString(dir.resolve(gold.getKey()), StandardCharsets.UTF_8)).as(hint).isEqualTo(gold.getValue());
        }
        CorpusRenderer.Script fountain = FountainWriter.render(source, FountainWriter.style(Path.of("corpus"), slug));
        assertThat(Files.readAllBytes(dir.resolve(slug + ".fountain"))).as(hint).isEqualTo(FountainWriter.bytes(fountain));
        assertThat(Files.readString(dir.resolve(slug + ".fountain.tags.tsv"), StandardCharsets.UTF_8)).as(hint)
                .isEqualTo(FountainWriter.tagsTsv(fountain));
    }
}

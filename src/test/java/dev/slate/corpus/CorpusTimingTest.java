package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.convert.ScreenplayConverter;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page, one minute: each corpus script, converted with the default rates, runs within 10% of its
 * page count. Pages are counted as the script stands in standard format (the team's source laid out in
 * word-processor columns, 55 lines a page, title page left out), so a layout with no blank lines or
 * double ones does not change what a page is.
 */
class CorpusTimingTest {

    static Stream<Arguments> scripts() throws IOException {
        return CorpusRenderer.layouts(Path.of("corpus")).keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void aScriptRunsAboutAMinuteAPage(String slug) throws IOException {
        TaggedSource source = TaggedSource.read(Path.of("corpus", "sources", slug + ".tagged"));
        CorpusRenderer.Script standard = CorpusRenderer.render(source, Layout.parse("columns=fd pagelines=55 pagenum=top-right"));
        int titlePage = 0;
        while (titlePage < standard.lines().size()
                && (standard.lines().get(titlePage).tag() == null || "TITLE".equals(standard.lines().get(titlePage).tag()))) {
            titlePage++;
        }
        double pages = (standard.lines().size() - titlePage) / 55.0;
        byte[] text = Files.readAllBytes(Path.of("corpus", slug, slug + ".txt"));
        double minutes = new ScreenplayConverter().convert(ScreenplayParser.builder().build().parse(ScriptText.of(text)))
                .meta().durationInMs() / 60_000.0;
        assertThat(minutes / pages).as("%s: %.1f minutes for %.1f pages", slug, minutes, pages).isBetween(0.9, 1.1);
    }
}

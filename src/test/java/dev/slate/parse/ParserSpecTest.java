package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.corpus.CorpusAccuracy;
import dev.slate.source.ScriptText;
import dev.slate.testing.SpecFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of parser-spec.md: each script must get exactly the listed tags and speakers, as
 * written and, unless marked "(indented only)", with all indentation removed.
 */
class ParserSpecTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    record Example(String title, String script, List<String> tags) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (SpecFile.Example x : SpecFile.examples(ParserSpecTest.class, "parser-spec.md", "script")) {
            Example e = new Example(x.title(), x.input(), List.of(x.expected().strip().split("\n")));
            out.add(Arguments.of(e, "as written"));
            if (!e.title().contains("(indented only)")) {
                out.add(Arguments.of(e, "flattened"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("examples")
    void example(Example example, String layout) {
        String text = layout.equals("flattened") ? CorpusAccuracy.flatten(example.script()) : example.script();
        Screenplay screenplay = PARSER.parse(ScriptText.of(text));
        List<String> got = screenplay.lines().stream()
                .map(l -> l.speaker().isEmpty() ? l.tag().name() : l.tag() + " " + l.speaker()).toList();
        assertThat(got).as(screenplay.tagsTsv()).containsExactlyElementsOf(example.tags());
    }
}

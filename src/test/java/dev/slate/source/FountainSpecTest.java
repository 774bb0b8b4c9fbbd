package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.testing.SpecFile;
import dev.slate.parse.ScreenplayParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of fountain-spec.md: each Fountain script, read as Fountain and parsed, must print
 * exactly the listed {@code parse --tags} rows, with LF and with CRLF line endings.
 */
class FountainSpecTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    record Example(String title, String script, String tags) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (SpecFile.Example x : SpecFile.examples(FountainSpecTest.class, "fountain-spec.md", "fountain")) {
            Example e = new Example(x.title(), x.input(), x.expected());
            out.add(Arguments.of(e, "LF"));
            out.add(Arguments.of(e, "CRLF"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("examples")
    void example(Example example, String eol) throws UnreadableScriptException {
        String script = eol.equals("CRLF") ? example.script().replace("\n", "\r\n") : example.script();
        ScriptText text = ScriptSources.read(script.getBytes(StandardCharsets.UTF_8), ScriptFormat.FOUNTAIN);

        assertThat(PARSER.parse(text).tagsTsv()).isEqualTo(example.tags());
    }
}

package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.parse.ScreenplayParser;
import java.io.IOException;
import java.io.InputStream;
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

    static Stream<Arguments> examples() throws IOException {
        String spec;
        try (InputStream in = FountainSpecTest.class.getResourceAsStream("fountain-spec.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> out = new ArrayList<>();
        String title = null;
        String script = null;
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                title = lines[i].substring(3);
            } else if (lines[i].equals("```fountain") || lines[i].equals("```tags")) {
                boolean isScript = lines[i].equals("```fountain");
                StringBuilder b = new StringBuilder();
                while (!lines[++i].equals("```")) {
                    b.append(lines[i]).append('\n');
                }
                if (isScript) {
                    script = b.toString();
                } else {
                    Example e = new Example(title, script, b.toString());
                    out.add(Arguments.of(e, "LF"));
                    out.add(Arguments.of(e, "CRLF"));
                }
            }
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

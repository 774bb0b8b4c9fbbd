package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.corpus.CorpusAccuracy;
import dev.slate.source.ScriptText;
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

    static Stream<Arguments> examples() throws IOException {
        String spec;
        try (InputStream in = ParserSpecTest.class.getResourceAsStream("parser-spec.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> out = new ArrayList<>();
        String title = null;
        String script = null;
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                title = lines[i].substring(3);
            } else if (lines[i].equals("```script") || lines[i].equals("```tags")) {
                boolean isScript = lines[i].equals("```script");
                StringBuilder b = new StringBuilder();
                while (!lines[++i].equals("```")) {
                    b.append(lines[i]).append('\n');
                }
                if (isScript) {
                    script = b.toString();
                } else {
                    List<String> tags = List.of(b.toString().strip().split("\n"));
                    Example e = new Example(title, script, tags);
                    out.add(Arguments.of(e, "as written"));
                    if (!title.contains("(indented only)")) {
                        out.add(Arguments.of(e, "flattened"));
                    }
                }
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

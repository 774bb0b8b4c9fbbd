package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.testing.SpecFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of fdx-spec.md through the command line: each Final Draft snippet, saved as a
 * {@code .fdx}, must print exactly the listed {@code parse --tags} rows, or be refused with exactly the
 * listed one-line reason and exit code 1.
 */
class FdxSpecTest {

    record Example(String title, String fdx, String expected, boolean error) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Example> examples() {
        return SpecFile.examples(FdxSpecTest.class, "fdx-spec.md", "fdx").stream()
                .map(x -> new Example(x.title(), x.input(), x.expected(), x.expectedKind().equals("error")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example, @TempDir Path dir) throws IOException {
        String fdx = example.fdx();
        if (!fdx.startsWith("<?xml") && !fdx.startsWith("<FinalDraft")) {
            fdx = "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\"><Content>\n" + fdx
                    + "</Content></FinalDraft>\n";
        }
        Path file = dir.resolve("example.fdx");
        Files.writeString(file, fdx, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("parse", file.toString(), "--tags");

        if (example.error()) {
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
            assertThat(r.err()).isEqualTo("slate: " + file + ": " + example.expected());
        } else {
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).isEqualTo(example.expected());
        }
    }
}

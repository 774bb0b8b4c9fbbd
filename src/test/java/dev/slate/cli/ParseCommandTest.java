package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final String SCENE = """
            INT. KITCHEN - NIGHT

            Rain.

                                AMY (V.O.)
                          (quietly)
                      Nobody's coming.
            """;

    @TempDir
    Path dir;

    @Test
    void tagsAreOneRowPerNonBlankLine() throws IOException {
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        Cli.Result r = Cli.run("parse", script.toString(), "--tags");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                1\tHEADING\t\tINT. KITCHEN - NIGHT
                3\tACTION\t\tRain.
                5\tCHARACTER\tAMY\tAMY (V.O.)
                6\tPARENTHETICAL\tAMY\t(quietly)
                7\tDIALOGUE\tAMY\tNobody's coming.
                """);
        assertThat(Cli.run("parse", script.toString()).out()).as("tags are the default").isEqualTo(r.out());
    }

    @Test
    void standardInputIsADash() {
        Cli.Result r = Cli.run(SCENE.getBytes(StandardCharsets.UTF_16), "parse", "-");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("1\tHEADING\t\tINT. KITCHEN - NIGHT\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonIsTheStructure() throws IOException {
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        Cli.Result r = Cli.run("parse", script.toString(), "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        assertThat(json).containsEntry("language", "en").containsEntry("charset", "UTF-8");
        Map<String, Object> scene = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) ((List<Object>) json.get("sequences")).get(0)).get("scenes")).get(0);
        assertThat((Map<String, Object>) scene.get("heading")).containsEntry("place", "INT").containsEntry("location", "KITCHEN")
                .containsEntry("time", "NIGHT");
        List<Object> events = (List<Object>) scene.get("events");
        assertThat((Map<String, Object>) events.get(1)).containsEntry("type", "dialogue").containsEntry("speaker", "AMY")
                .containsEntry("text", "Nobody's coming.").containsEntry("parentheticals", List.of("quietly"));
    }

    @Test
    void aMissingFileOrABinaryFileIsOneLineAndExitOne() throws IOException {
        Cli.Result missing = Cli.run("parse", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.oneErrorLine()).as(missing.toString()).isTrue();
        assertThat(missing.err()).contains("nope.txt: no such file");

        Path pdf = Files.write(dir.resolve("script.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run("parse", pdf.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).contains("script.pdf: a damaged PDF (");

        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {1, 2, 0, 4});
        assertThat(Cli.run("parse", binary.toString()).err()).contains("x.bin: binary data at byte 2");
    }

    @Test
    void anInputOverTheLimitIsRejected() throws IOException {
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        Cli.Result r = Cli.run("parse", script.toString(), "--max-input-bytes", "10");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("slate: " + script + ": larger than 10 bytes (--max-input-bytes)\n");
    }

    @Test
    void anUnknownLanguageIsAUsageError() throws IOException {
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        Cli.Result r = Cli.run("parse", script.toString(), "--lang", "xx");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown language 'xx'");
        assertThat(Cli.run("parse", script.toString(), "--lang", "fr").code()).isZero();
    }
}

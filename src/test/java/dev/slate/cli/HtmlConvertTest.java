package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.source.TextDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slate convert} on web pages: a script archive's page, and a batch that holds one. */
class HtmlConvertTest {

    private static final String PAGE = """
            <html><head><title>Coyle's Well</title></head><body><a href="/">Home</a>
            <pre>
            %s</pre>
            <p>Writers: the Slate team</p></body></html>
            """;

    @TempDir
    Path dir;

    private Path archivePage(String name) throws Exception {
        // the corpus file is UTF-16; the page is UTF-8, as pages are
        String text = TextDecoder.decode(Files.readAllBytes(Path.of("corpus/en-coyles-well/en-coyles-well.txt"))).text();
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return Files.writeString(dir.resolve(name), PAGE.formatted(escaped));
    }

    @Test
    void anArchivePageConvertsToTheProjectItsScriptMakes() throws Exception {
        Path page = archivePage("coyles-well.html");
        Cli.Result fromPage = Cli.run("convert", page.toString(), "-o", dir.resolve("page.clap").toString());
        Cli.Result fromText = Cli.run("convert", "corpus/en-coyles-well/en-coyles-well.txt", "-o",
                dir.resolve("text.clap").toString());
        assertThat(fromPage.code()).as(fromPage.toString()).isZero();
        assertThat(fromText.code()).as(fromText.toString()).isZero();

        ClapProject a = new ClapReader().read(dir.resolve("page.clap")).project();
        ClapProject b = new ClapReader().read(dir.resolve("text.clap")).project();
        assertThat(a.meta().screenplay()).isEqualTo(b.meta().screenplay());
        assertThat(a.entities()).hasSameSizeAs(b.entities());
        assertThat(a.scenes()).hasSameSizeAs(b.scenes());
        assertThat(a.segments()).hasSameSizeAs(b.segments());
    }

    @Test
    void aBatchConvertsTheWebPagesInIt() throws Exception {
        Files.createDirectories(dir.resolve("archive/web"));
        Path page = archivePage("archive/web/coyles-well.htm");
        Cli.Result r = Cli.run("convert", dir.resolve("archive").toString(), "-o", dir.resolve("out").toString(),
                "--progress", "none");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(dir.resolve("out/web/coyles-well.clap")).exists();
        assertThat(page).exists();
    }

    @Test
    void aPageWithNoTextIsReportedOnOneLine() throws Exception {
        Path page = Files.writeString(dir.resolve("empty.html"), "<html><head><title>x</title></head><body></body></html>");
        Cli.Result r = Cli.run("convert", page.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("slate: " + page + ": a web page with no text outside its tags\n");
        assertThat(dir.resolve("empty.clap")).doesNotExist();
    }
}

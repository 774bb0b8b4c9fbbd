package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code slate convert} on PDFs of corpus scripts: the same people and scenes as the script as text. */
class PdfConvertTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en-kestrel-wharf.enscript", "fr-permanence-de-nuit.enscript", "en-salt-ledger.afterwriting"})
    void aPdfConvertsToTheSameCharactersAndScenesAsItsText(String fixture) throws Exception {
        String slug = fixture.substring(0, fixture.indexOf('.'));
        Path pdf = Files.copy(Path.of("corpus/pdf/" + fixture + ".pdf"), dir.resolve(slug + ".pdf"));
        Path txt = Files.copy(Path.of("corpus/" + slug + "/" + slug + ".txt"), dir.resolve(slug + ".txt"));

        Cli.Result fromPdf = Cli.run("convert", pdf.toString(), "-o", dir.resolve("pdf.clap").toString());
        Cli.Result fromText = Cli.run("convert", txt.toString(), "-o", dir.resolve("txt.clap").toString());

        assertThat(fromPdf.code()).as(fromPdf.toString()).isZero();
        assertThat(fromText.code()).as(fromText.toString()).isZero();
        ClapProject p = new ClapReader().read(dir.resolve("pdf.clap")).project();
        ClapProject t = new ClapReader().read(dir.resolve("txt.clap")).project();
        assertThat(characters(p)).isEqualTo(characters(t)).isNotEmpty();
        assertThat(p.scenes()).hasSameSizeAs(t.scenes());
        // the screenplay a timeline shows is the PDF's text as rebuilt, which its line numbers count
        String rebuilt = ScriptSources.read(Files.readAllBytes(pdf), ScriptFormat.PDF).text();
        assertThat(p.meta().screenplay()).isEqualTo(rebuilt);
    }

    @org.junit.jupiter.api.Test
    void aPdfLongerThanThePageLimitIsRefusedWithOneLine() throws Exception {
        Path pdf = Files.copy(Path.of("corpus/pdf/en-kestrel-wharf.enscript.pdf"), dir.resolve("wharf.pdf"));

        Cli.Result r = Cli.run("convert", pdf.toString(), "--max-pdf-pages", "2");
        Cli.Result parse = Cli.run("parse", pdf.toString(), "--max-pdf-pages=2");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).startsWith("slate: " + pdf + ": a PDF of ").endsWith(" pages, more than 2 (the PDF page limit)\n");
        assertThat(dir.resolve("wharf.clap")).doesNotExist();
        assertThat(parse.code()).isEqualTo(1);
        assertThat(parse.err()).contains("more than 2 (the PDF page limit)");
        assertThat(Cli.run("parse", pdf.toString(), "--max-pdf-pages=0").code()).isEqualTo(2);
    }

    private static List<String> characters(ClapProject project) {
        return project.entities().stream().filter(e -> e.category().equals("CHARACTER"))
                .map(ClapEntity::triggerName).sorted().toList();
    }
}

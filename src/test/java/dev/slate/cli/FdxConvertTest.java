package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapSceneEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code slate convert script.fdx} gives the project the same script as text gives: the same characters,
 * scenes and speeches, with the script laid out as printed text embedded as its screenplay.
 */
class FdxConvertTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-breakfast-shift", "en-firmware", "en-lowwater", "de-stellwerk"})
    void aFinalDraftFileConvertsToTheSameProjectAsItsText(String slug) throws Exception {
        Path fdx = Files.copy(Path.of("corpus", slug, slug + ".fdx"), dir.resolve(slug + ".fdx"));
        Path txt = Files.copy(Path.of("corpus", slug, slug + ".txt"), dir.resolve(slug + ".txt"));

        Cli.Result f = Cli.run("convert", fdx.toString(), "-o", dir.resolve("from-fdx.clap").toString());
        Cli.Result t = Cli.run("convert", txt.toString(), "-o", dir.resolve("from-txt.clap").toString());

        assertThat(f.code()).as(f.toString()).isZero();
        assertThat(t.code()).as(t.toString()).isZero();
        ClapProject fromFdx = new ClapReader().read(dir.resolve("from-fdx.clap")).project();
        ClapProject fromTxt = new ClapReader().read(dir.resolve("from-txt.clap")).project();
        assertThat(characters(fromFdx)).isNotEmpty().isEqualTo(characters(fromTxt));
        assertThat(fromFdx.scenes()).hasSameSizeAs(fromTxt.scenes());
        assertThat(speeches(fromFdx)).isPositive().isEqualTo(speeches(fromTxt));
        assertThat(fromFdx.meta().screenplay()).doesNotContain("<Paragraph").contains(fromFdx.scenes().get(1).line());
    }

    @org.junit.jupiter.api.Test
    void theReadmeExampleIsWhatSlatePrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String command = "$ slate parse corpus/en-breakfast-shift/en-breakfast-shift.fdx | head -3\n";
        int at = readme.indexOf(command);
        assertThat(at).as("README example").isPositive();
        String shown = readme.substring(at + command.length(), readme.indexOf("$ slate convert", at));

        Cli.Result r = Cli.run("parse", "corpus/en-breakfast-shift/en-breakfast-shift.fdx");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(shown);
    }

    private static List<String> characters(ClapProject p) {
        return p.entities().stream().filter(e -> e.category().equals("CHARACTER")).map(ClapEntity::triggerName).sorted().toList();
    }

    private static long speeches(ClapProject p) {
        return p.scenes().stream().flatMap(s -> s.events().stream()).filter(e -> e.type().equals(ClapSceneEvent.DIALOGUE)).count();
    }
}

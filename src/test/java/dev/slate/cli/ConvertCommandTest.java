package dev.slate.cli;

import static dev.slate.clap.testing.Gzip.gunzip;
import static dev.slate.clap.testing.Gzip.zlibFastest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapWriter;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.source.ScriptText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private Path corpusScript(String name, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(CORPUS.resolve(name).resolve(name + ".txt"), to);
    }

    private static ClapProject read(Path clap) throws Exception {
        return new ClapReader().read(clap).project();
    }

    @Test
    void oneScriptGoesNextToItsInput() throws Exception {
        Path script = corpusScript("en-firmware", dir.resolve("firmware.txt"));
        Cli.Result r = Cli.run("convert", script.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        Path clap = dir.resolve("firmware.clap");
        assertThat(r.out()).startsWith("wrote " + clap + ": ").contains(" scenes, ").contains(" segments, ");
        assertThat(r.err()).isEmpty();
        ClapProject p = read(clap);
        assertThat(p.scenes()).isNotEmpty();
        assertThat(p.meta().screenplay()).isEqualTo(ScriptText.of(Files.readAllBytes(script)).text());
    }

    @Test
    void aScriptWithoutExtensionOrWithAnyNameIsReadByItsContent() throws Exception {
        Path bare = corpusScript("en-firmware", dir.resolve("FIRMWARE"));
        assertThat(Cli.run("convert", bare.toString()).code()).isZero();
        assertThat(read(dir.resolve("FIRMWARE.clap")).scenes()).isNotEmpty();

        Path fountain = corpusScript("en-firmware", dir.resolve("firmware.draft"));
        assertThat(Cli.run("convert", fountain.toString()).code()).isZero();
        assertThat(dir.resolve("firmware.clap")).exists();
    }

    @Test
    void dashOWritesWhereItSays() throws Exception {
        Path script = corpusScript("en-breakfast-shift", dir.resolve("in/breakfast.txt"));
        Path out = dir.resolve("elsewhere.clap");
        Cli.Result r = Cli.run("convert", script.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(read(out).scenes()).isNotEmpty();
        assertThat(dir.resolve("in/breakfast.clap")).doesNotExist();

        Path outDir = Files.createDirectories(dir.resolve("outdir"));
        assertThat(Cli.run("convert", script.toString(), "-o", outDir.toString()).code()).isZero();
        assertThat(outDir.resolve("breakfast.clap")).exists();
    }

    @Test
    void dashReadsStandardInputAndWritesGzipToStandardOutput() throws Exception {
        byte[] script = Files.readAllBytes(CORPUS.resolve("en-firmware/en-firmware.txt"));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"convert", "-"}, new ByteArrayInputStream(script), stdout,
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).as("nothing but the .clap on standard output").isEmpty();
        byte[] clap = stdout.toByteArray();
        assertThat(Arrays.copyOf(clap, 2)).containsExactly(0x1f, 0x8b);
        ClapProject fromStdin = new ClapReader().read(clap, "stdout").project();

        Path file = Files.write(dir.resolve("firmware.txt"), script);
        assertThat(Cli.run("convert", file.toString()).code()).isZero();
        ClapProject fromFile = read(dir.resolve("firmware.clap"));
        assertThat(fromStdin.scenes()).isEqualTo(fromFile.scenes());
        assertThat(fromStdin.entities().size()).isEqualTo(fromFile.entities().size());
    }

    @Test
    void binaryInputIsRefusedWithOneLineAndNoOutput() throws IOException {
        Path pdf = Files.write(dir.resolve("script.txt"), PDF);
        Cli.Result r = Cli.run("convert", pdf.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).isEqualTo("slate: " + pdf + ": a damaged PDF (missing root object specification in trailer)\n");
        assertThat(dir.resolve("script.clap")).doesNotExist();

        Path zip = Files.write(dir.resolve("scripts.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Cli.Result z = Cli.run("convert", zip.toString());
        assertThat(z.code()).isEqualTo(1);
        assertThat(z.oneErrorLine()).as(z.toString()).isTrue();
        assertThat(z.err()).contains("scripts.zip: binary data at byte 5, not a plain-text script");

        Cli.Result stdin = Cli.run(PDF, "convert", "-");
        assertThat(stdin.code()).isEqualTo(1);
        assertThat(stdin.err()).startsWith("slate: <stdin>: a damaged PDF (");

        Path fdx = Files.writeString(dir.resolve("draft.fdx"), "<?xml version=\"1.0\"?><FinalDraft/>");
        Cli.Result f = Cli.run("convert", fdx.toString());
        assertThat(f.code()).isEqualTo(1);
        assertThat(f.oneErrorLine()).as(f.toString()).isTrue();
        assertThat(f.err()).isEqualTo("slate: " + fdx + ": a Final Draft file with no script content\n");
        assertThat(dir.resolve("draft.clap")).doesNotExist();

        Cli.Result missing = Cli.run("convert", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.oneErrorLine()).as(missing.toString()).isTrue();
        assertThat(missing.err()).contains("nope.txt: no such file");
    }

    @Test
    void aFileWithNoScriptTextIsRefusedWithOneLineAndNothingIsWritten() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli.Result r = Cli.run("convert", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("slate: " + empty + ": an empty file, not a script\n");
        assertThat(dir.resolve("empty.clap")).doesNotExist();

        Path blank = Files.writeString(dir.resolve("blank.fountain"), "\n  \t\r\n\f\n");
        Cli.Result b = Cli.run("convert", blank.toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).isEqualTo("slate: " + blank + ": no script text: every line is blank\n");
        assertThat(dir.resolve("blank.clap")).doesNotExist();

        Cli.Result stdin = Cli.run(new byte[0], "convert", "-");
        assertThat(stdin.code()).isEqualTo(1);
        assertThat(stdin.err()).isEqualTo("slate: <stdin>: an empty file, not a script\n");

        // one line of anything is a script: prose becomes a scene of action
        Path prose = Files.writeString(dir.resolve("prose.txt"), "She waits by the door.\n");
        Cli.Result p = Cli.run("convert", prose.toString());
        assertThat(p.code()).as(p.toString()).isZero();
        assertThat(read(dir.resolve("prose.clap")).scenes()).hasSize(1);
    }

    @Test
    void aScriptOverTheSizeLimitIsRefused() throws IOException {
        Path script = corpusScript("en-firmware", dir.resolve("firmware.txt"));
        Cli.Result r = Cli.run("convert", script.toString(), "--max-input-bytes", "1K");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).contains("firmware.txt: larger than 1024 bytes");
    }

    @Test
    void aScriptThatWouldMakeMoreSegmentsThanTheLimitIsRefusedAndNothingIsWritten() throws IOException {
        Path script = corpusScript("en-firmware", dir.resolve("firmware.txt"));
        Cli.Result r = Cli.run("convert", script.toString(), "--max-segments", "50");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).isEqualTo("slate: " + script + ": makes more than 50 segments (the segment limit)\n");
        assertThat(dir.resolve("firmware.clap")).doesNotExist();

        Cli.Result piped = Cli.run(Files.readAllBytes(script), "convert", "-", "--max-segments=50");
        assertThat(piped.code()).isEqualTo(1);
        assertThat(piped.err()).isEqualTo("slate: <stdin>: makes more than 50 segments (--max-segments)\n");
        assertThat(piped.out()).isEmpty();

        assertThat(Cli.run("convert", script.toString(), "--max-segments", "1000").code()).isZero();
        assertThat(Cli.run("convert", script.toString(), "--max-segments", "0").code()).isEqualTo(2);
    }

    @Test
    void oneScriptIsCompressedByZlibAndABatchBySlatesEncoderForTheSameYaml() throws Exception {
        Path script = corpusScript("en-firmware", dir.resolve("in/firmware.txt"));
        Path one = dir.resolve("one.clap");
        assertThat(Cli.run("convert", script.toString(), "-o", one.toString()).code()).isZero();
        Path out = dir.resolve("out");
        assertThat(Cli.run("convert", dir.resolve("in").toString(), "-o", out.toString()).code()).isZero();

        // a JVM that converts one script exits before Slate's encoder is compiled; a batch runs long enough
        byte[] single = Files.readAllBytes(one);
        byte[] yaml = gunzip(single);
        assertThat(single).isEqualTo(zlibFastest(yaml));
        byte[] batch = Files.readAllBytes(out.resolve("firmware.clap"));
        ClapProject batchProject = new ClapReader().read(batch, "batch").project();
        assertThat(batch).isEqualTo(new ClapWriter(1, ClapWriter.Encoder.SLATE).toBytes(batchProject))
                .isNotEqualTo(zlibFastest(gunzip(batch)));
        assertThat(new ClapReader().read(batch, "batch").project().segments())
                .hasSameSizeAs(new ClapReader().read(single, "single").project().segments());
    }

    /** An archive: scripts at two depths, a file that is not a script, and a PDF saved as .txt. */
    private Path archive() throws IOException {
        Path in = dir.resolve("archive");
        corpusScript("en-firmware", in.resolve("firmware.txt"));
        corpusScript("en-breakfast-shift", in.resolve("season1/breakfast.txt"));
        corpusScript("de-stellwerk", in.resolve("season1/de/stellwerk.text"));
        Files.write(in.resolve("season1/broken.txt"), PDF);
        Files.writeString(in.resolve("season1/notes.md"), "not a script");
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve(".git/HEAD.txt"), "ref: refs/heads/main\n");
        return in;
    }

    @Test
    void aBatchConvertsTheArchiveMirroringItsTreeAndReportsTheBadFile() throws Exception {
        Path in = archive();
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("convert", in.toString(), "-o", out.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(read(out.resolve("firmware.clap")).scenes()).isNotEmpty();
        assertThat(read(out.resolve("season1/breakfast.clap")).scenes()).isNotEmpty();
        assertThat(read(out.resolve("season1/de/stellwerk.clap")).scenes()).isNotEmpty();
        assertThat(out.resolve("season1/broken.clap")).doesNotExist();
        assertThat(out.resolve("season1/notes.clap")).doesNotExist();
        assertThat(out.resolve(".git")).doesNotExist();

        List<String> errLines = r.err().lines().toList();
        assertThat(errLines).filteredOn(l -> l.contains("broken.txt"))
                .containsExactly("slate: " + in.resolve("season1/broken.txt") + ": a damaged PDF (missing root object specification in trailer)");
        assertThat(r.out()).startsWith("4 scripts: converted 3, skipped 0 (up to date), failed 1, in ")
                .contains(" scripts/s)");
    }

    @Test
    void anEmptyFileInABatchIsReportedAndTheBatchGoesOn() throws Exception {
        Path in = dir.resolve("drafts");
        corpusScript("en-firmware", in.resolve("firmware.txt"));
        Path placeholder = Files.write(in.resolve("act2.fountain"), new byte[0]);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("convert", in.toString(), "-o", out.toString(), "--progress", "none");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(read(out.resolve("firmware.clap")).scenes()).isNotEmpty();
        assertThat(out.resolve("act2.clap")).doesNotExist();
        assertThat(r.err()).isEqualTo("slate: " + placeholder + ": an empty file, not a script\n");
        assertThat(r.out()).startsWith("2 scripts: converted 1, skipped 0 (up to date), failed 1, in ");
    }

    @Test
    void notOnATerminalProgressIsPlainLines() throws Exception {
        Path in = archive();
        Cli.Result r = Cli.run("convert", in.toString(), "-o", dir.resolve("out").toString());
        List<String> progress = r.err().lines().filter(l -> l.matches("slate: \\d+/4 \\(\\d+%\\).*")).toList();
        assertThat(progress).hasSize(4).last().asString()
                .startsWith("slate: 4/4 (100%), 1 failed").contains("scripts/s");
        assertThat(progress.get(0)).startsWith("slate: 1/4 (25%), ").contains("ETA ");
        assertThat(r.err()).doesNotContain("\r");
    }

    @Test
    void onATerminalProgressIsOneLineRedrawnInPlace() throws Exception {
        Path in = archive();
        Cli.Result r = Cli.run("convert", in.toString(), "-o", dir.resolve("out").toString(), "--progress", "bar");
        assertThat(r.err()).contains("\r[").contains("] 4/4 (100%), 1 failed");
        // the bar is wiped before the failure line and at the end: each printed line starts clean
        assertThat(r.err().split("\n")).filteredOn(l -> l.contains("broken.txt"))
                .allMatch(l -> l.substring(l.lastIndexOf('\r') + 1).startsWith("slate: "));
        assertThat(r.err()).endsWith("\r");

        Cli.Result quiet = Cli.run("convert", in.toString(), "-o", dir.resolve("out2").toString(), "--progress", "none");
        assertThat(quiet.err().lines()).singleElement().asString().contains("broken.txt");
    }

    @Test
    void upToDateOutputsAreSkippedUnlessForced() throws Exception {
        Path in = archive();
        Path out = dir.resolve("out");
        Cli.run("convert", in.toString(), "-o", out.toString());

        Cli.Result again = Cli.run("convert", in.toString(), "-o", out.toString());
        assertThat(again.out()).startsWith("4 scripts: converted 0, skipped 3 (up to date), failed 1");

        // an edited script is converted again, and only it
        Path edited = in.resolve("season1/breakfast.txt");
        Files.writeString(edited, Files.readString(edited) + "\nFADE OUT.\n");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(
                Files.getLastModifiedTime(out.resolve("season1/breakfast.clap")).toMillis() + 5_000));
        Cli.Result changed = Cli.run("convert", in.toString(), "-o", out.toString());
        assertThat(changed.out()).startsWith("4 scripts: converted 1, skipped 2 (up to date), failed 1");
        assertThat(read(out.resolve("season1/breakfast.clap")).meta().screenplay()).contains("FADE OUT.");

        Cli.Result forced = Cli.run("convert", in.toString(), "-o", out.toString(), "--force");
        assertThat(forced.out()).startsWith("4 scripts: converted 3, skipped 0 (up to date), failed 1");
    }

    @Test
    void aBatchOfGoodScriptsExitsZeroAndSeveralFilesGoIntoOneDirectory() throws Exception {
        Path a = corpusScript("en-firmware", dir.resolve("a/firmware.txt"));
        Path b = corpusScript("en-coyles-well", dir.resolve("b/coyles.txt"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("convert", a.toString(), b.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("2 scripts: converted 2, skipped 0 (up to date), failed 0");
        assertThat(out.resolve("firmware.clap")).exists();
        assertThat(out.resolve("coyles.clap")).exists();

        // without -o, each output goes next to its script
        Cli.Result inPlace = Cli.run("convert", dir.resolve("a").toString());
        assertThat(inPlace.code()).as(inPlace.toString()).isZero();
        assertThat(dir.resolve("a/firmware.clap")).exists();
    }

    @Test
    void twoScriptsThatWouldWriteOneOutputAreNotBothWritten() throws Exception {
        Path in = dir.resolve("in");
        corpusScript("en-firmware", in.resolve("x.txt"));
        corpusScript("en-coyles-well", in.resolve("x.text"));
        Cli.Result r = Cli.run("convert", in.toString(), "-o", dir.resolve("out").toString(), "--progress", "none");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("slate: " + in.resolve("x.txt") + ": same output as " + in.resolve("x.text")
                + " (" + dir.resolve("out/x.clap") + "); not converted\n");
        assertThat(read(dir.resolve("out/x.clap")).meta().screenplay())
                .isEqualTo(ScriptText.of(Files.readAllBytes(in.resolve("x.text"))).text());
    }

    @Test
    void usageMistakesExitTwo() throws Exception {
        Path in = archive();
        Path file = Files.writeString(dir.resolve("file.clap"), "x");
        assertThat(Cli.run("convert", in.toString(), "-o", file.toString()).code()).isEqualTo(2);
        assertThat(Cli.run("convert", in.toString(), "-").code()).isEqualTo(2);
        assertThat(Cli.run("convert", in.toString(), "-o", "-").code()).isEqualTo(2);
        assertThat(Cli.run("convert", "--lang", "xx", in.toString()).err()).contains("--lang: unknown language 'xx'");
        assertThat(Cli.run("convert", "--words-per-minute", "0", in.toString()).code()).isEqualTo(2);
    }

    @Test
    void helpShowsTheDocumentedDefaultsWhichAreTheLibrarys() {
        Cli.Result help = Cli.run("convert", "--help");
        assertThat(help.out()).contains("--words-per-minute=N", "Default: " + ConvertOptions.DEFAULT_WORDS_PER_MINUTE, "--action-ms-per-line=MS",
                "--parenthetical-beat-ms=MS", "--transition-ms=MS", "--establishing-ms=MS", "--card-ms=MS",
                "--width=PX", "--height=PX", "--max-input-bytes=SIZE", "--force", "--format=FORMAT", ".fountain");

        CommandLine cl = new CommandLine(new ConvertCommand());
        cl.parseArgs("script.txt");
        ConvertCommand parsed = cl.getCommand();
        assertThat(parsed.timing.toOptions()).isEqualTo(ConvertOptions.defaults());
        assertThat(parsed.maxInputBytes).isEqualTo(ScriptInput.DEFAULT_MAX_BYTES);
        assertThat(parsed.maxSegments).isEqualTo(ScreenplayConverter.DEFAULT_MAX_SEGMENTS);
    }
}

package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private String file(String name, byte[] content) {
        return ClapFiles.write(dir, name, content).toString();
    }

    @Test
    void aValidFileExitsWith0AndSaysSo() {
        String f = file("ok.clap", ClapFiles.gzip(ClapFiles.VALID));
        Cli.Result r = Cli.run("validate", f);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).doesNotContain("error ").endsWith(f + ": valid (0 errors, 0 warnings)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void plainYamlIsReadToo() {
        String f = file("ok.yaml", ClapFiles.VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(Cli.run("validate", f).code()).isZero();
    }

    @Test
    void anInvalidFileListsItsErrorsAndExitsWith1() {
        String f = file("bad.clap", ClapFiles.gzip(ClapFiles.INVALID));
        Cli.Result r = Cli.run("validate", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.out().lines()).contains("error segment 1 track: must be 0 or more, not -1",
                "error segment 1 entityId: no entity has the id \"1a2b3c4d-0000-4000-8000-0000000000ff\"");
        assertThat(r.out()).endsWith(f + ": invalid (2 errors, 0 warnings)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aDashReadsStandardInput() {
        Cli.Result r = Cli.run(ClapFiles.gzip(ClapFiles.INVALID), "validate", "-");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.out()).contains("error segment 1 track").endsWith("<stdin>: invalid (2 errors, 0 warnings)\n");
    }

    @Test
    void aMissingFileIsOneLineOnStderr() {
        String f = dir.resolve("nowhere.clap").toString();
        Cli.Result r = Cli.run("validate", f);
        assertThat(r.code()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.err()).isEqualTo("slate: " + f + ": no such file\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDirectoryIsOneLineOnStderr() {
        Cli.Result r = Cli.run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.err()).isEqualTo("slate: " + dir + ": is a directory\n");
    }

    @Test
    void binaryGarbageIsRejectedInOneLine() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[0] = 0x00;
        String f = file("noise.clap", noise);
        Cli.Result r = Cli.run("validate", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).contains(f);
    }

    @Test
    void textThatIsNotAClapIsRejectedInOneLine() {
        String f = file("letter.clap", "Dear reader,\nthis is not a clap file.\n".getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("validate", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
    }

    @Test
    void anEmptyFileIsRejectedInOneLine() {
        Cli.Result r = Cli.run("validate", file("empty.clap", new byte[0]));
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
    }

    @Test
    void aTruncatedGzipIsRejectedInOneLine() {
        byte[] whole = ClapFiles.gzip(ClapFiles.VALID);
        String f = file("cut.clap", Arrays.copyOf(whole, whole.length / 2));
        Cli.Result r = Cli.run("validate", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).contains(f);
    }

    @Test
    void aFileOverTheCompressedLimitIsRejectedInOneLine() {
        String f = file("ok.clap", ClapFiles.gzip(ClapFiles.VALID));
        Cli.Result r = Cli.run("validate", "--max-compressed-bytes", "100", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).contains(f);
    }

    @Test
    void aFileOverTheDecompressedLimitIsRejectedInOneLine() {
        String f = file("ok.clap", ClapFiles.gzip(ClapFiles.VALID));
        Cli.Result r = Cli.run("validate", "--max-decompressed-bytes=1K", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
    }

    @Test
    void aliasesOverTheLimitAreRejectedInOneLine() {
        String yaml = ClapFiles.VALID.replace("  label: Amy\n", "  label: &who Amy\n")
                .replace("  label: The house\n", "  label: *who\n");
        String f = file("alias.clap", ClapFiles.gzip(yaml));
        assertThat(Cli.run("validate", f).code()).isZero();
        Cli.Result r = Cli.run("validate", "--max-aliases=0", f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
    }

    @Test
    void garbageOnStandardInputIsRejectedInOneLine() {
        Cli.Result r = Cli.run(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, "validate", "-");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
    }
}

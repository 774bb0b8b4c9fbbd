package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapLimits;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The top level: help, version, usage errors, exit codes, reader limit options. */
class MainTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: slate").contains("validate").contains("inspect").contains("normalize")
                .contains("Exit codes").contains("input rejected");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("slate \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "inspect", "normalize"})
    void eachCommandHelpShowsTheReaderLimitsWithTheirDefaults(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: slate " + command)
                .contains("--max-compressed-bytes=SIZE").contains("Default: 128M")
                .contains("--max-decompressed-bytes=SIZE").contains("Default: 128M")
                .contains("--max-aliases=N").contains("Default: 100")
                .contains("--max-nesting-depth=N").contains("Default: 64")
                .contains("--max-scalar-length=SIZE").contains("Default: 64M");
    }

    @Test
    void theLimitDefaultsAreTheLibraryDefaults() {
        assertThat(limitsOf("validate", "x.clap")).isEqualTo(ClapLimits.defaults());
        assertThat(limitsOf("inspect", "x.clap")).isEqualTo(ClapLimits.defaults());
    }

    @Test
    void limitsTakeSizeSuffixes() {
        ClapLimits l = limitsOf("validate", "--max-compressed-bytes", "2K", "--max-decompressed-bytes", "3MiB",
                "--max-aliases", "0", "--max-nesting-depth", "8", "--max-scalar-length", "1m", "x.clap");
        assertThat(l).isEqualTo(new ClapLimits(2048, 3L << 20, 0, 8, 1 << 20));
    }

    private static ClapLimits limitsOf(String... args) {
        CommandLine cl = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine.ParseResult parsed = cl.parseArgs(args);
        Object command = parsed.subcommand().commandSpec().userObject();
        return command instanceof ValidateCommand ? ((ValidateCommand) command).reader.limits()
                : ((InspectCommand) command).reader.limits();
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Missing command").contains("Usage: slate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("frobnicate", "x.clap");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(Cli.run("validate", "--strict", "x.clap").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        Cli.Result r = Cli.run("validate");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("FILE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--max-aliases=-1", "--max-nesting-depth=0", "--max-compressed-bytes=12X",
        "--max-decompressed-bytes=0", "--max-scalar-length=4G", "--max-compressed-bytes=99999999999G"})
    void aBadLimitIsAUsageError(String option) {
        Cli.Result r = Cli.run("validate", option, "x.clap");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Invalid value");
    }

    @Test
    void normalizeWithoutAnOutputIsAUsageError() {
        Cli.Result r = Cli.run("normalize", "in.clap");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--output");
    }

    @Test
    void normalizeToStandardOutputIsAUsageError() {
        assertThat(Cli.run("normalize", "in.clap", "-o", "-").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void anUnexpectedExceptionIsOneLineWithExitCode3() {
        StringWriter err = new StringWriter();
        int code = Main.handle(new IllegalStateException("boom\nsecond line"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(err.toString()).isEqualTo("slate: internal error: java.lang.IllegalStateException: boom\\nsecond line"
                + System.lineSeparator());
    }
}

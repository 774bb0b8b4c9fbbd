package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.Slate;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/slate} as a user installs it (the script in {@code bin/}, the packaged jar in {@code lib/}): it
 * converts like {@code java -jar}, makes its class-data archive next to the jar on the first run and maps it
 * on the next ones, goes without it when asked, and passes the exit code and one-line errors through. Runs
 * after packaging (failsafe), since it needs the shaded jar.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LauncherIT {
    private static final Path JAR = Path.of(System.getProperty("slate.jar", "target/slate.jar"));
    private static final Path SCRIPT = Path.of("corpus/en-firmware/en-firmware.txt");

    @TempDir
    Path home;

    private Path launcher;
    private Path lib;

    @BeforeEach
    void install() throws IOException {
        Path bin = Files.createDirectories(home.resolve("slate/bin"));
        lib = Files.createDirectories(home.resolve("slate/lib"));
        launcher = Files.copy(Path.of("bin/slate"), bin.resolve("slate"));
        Files.copy(JAR, lib.resolve("slate.jar"));
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().remove("SLATE_JAR");
        pb.environment().remove("SLATE_CDS");
        pb.environment().remove("SLATE_JAVA_OPTS");
        pb.environment().putAll(env);
        Path out = home.resolve("stdout");
        Path err = home.resolve("stderr");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("bin/slate finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void theFirstRunMakesAnArchiveNextToTheJarAndLaterRunsMapIt() throws Exception {
        Path clap = home.resolve("firmware.clap");
        Run first = run(Map.of(), "convert", SCRIPT.toAbsolutePath().toString(), "-o", clap.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("wrote " + clap + ": 13 scenes, 15 entities, ");
        assertThat(first.err()).isEmpty();
        assertThat(archives()).hasSize(1);
        Path archive = archives().get(0);
        FileTime made = Files.getLastModifiedTime(archive);

        ClapProject converted = new ClapReader().read(Files.readAllBytes(clap), clap.toString()).project();
        ClapProject library = Slate.create().convert(SCRIPT);
        assertThat(converted.segments()).hasSameSizeAs(library.segments());
        assertThat(converted.meta().screenplay()).isEqualTo(library.meta().screenplay());

        // -Xshare:on makes the JVM fail rather than run without an archive; the log says where classes came from
        Path classes = home.resolve("classes.log");
        Run second = run(Map.of("SLATE_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + classes), "convert",
                SCRIPT.toAbsolutePath().toString(), "-o", clap.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        String loaded = Files.readString(classes);
        assertThat(loaded).contains("dev.slate.cli.Main source: shared objects file")
                .contains("dev.slate.parse.internal.ScriptReader source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
    }

    @Test
    void withoutTheArchiveItConvertsTheSameAndMakesNone() throws Exception {
        Run convert = run(Map.of("SLATE_CDS", "off"), "convert", SCRIPT.toAbsolutePath().toString(), "-o",
                home.resolve("off.clap").toString());
        assertThat(convert.code()).as(convert.err()).isZero();
        assertThat(archives()).isEmpty();
        assertThat(Files.exists(home.resolve("cache/slate"))).isFalse();
    }

    @Test
    void javaOptionsThatBringTheFullCompilerBackStillRun() throws Exception {
        // the launcher asks for one compiler thread on two cores, which the JVM refuses once C2 is back
        for (String options : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=3")) {
            Run r = run(Map.of("SLATE_JAVA_OPTS", options, "SLATE_CDS", "off"), "convert",
                    SCRIPT.toAbsolutePath().toString(), "-o", home.resolve("full.clap").toString());
            assertThat(r.code()).as(options + ": " + r.err()).isZero();
            assertThat(r.out()).startsWith("wrote ");
        }
    }

    @Test
    void errorsAndExitCodesPassThrough() throws Exception {
        Path word = Files.write(home.resolve("draft.docx"), "PK".getBytes(StandardCharsets.US_ASCII));
        Run r = run(Map.of(), "convert", word.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("slate: " + word + ": a Word document").hasLineCount(1);
        assertThat(r.out()).isEmpty();

        Run usage = run(Map.of(), "convert", "--max-segments", "0", SCRIPT.toAbsolutePath().toString());
        assertThat(usage.code()).isEqualTo(2);

        Run version = run(Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("slate ");
    }
}

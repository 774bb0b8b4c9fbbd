package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void anOldFileIsCompletedAndItsContentKept() throws Exception {
        Path in = ClapFiles.write(dir, "old.clap", ClapFiles.gzip(ClapFiles.OLD));
        Path out = dir.resolve("new.clap");
        Cli.Result r = Cli.run("normalize", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("filled 3 empty ids with new UUIDs (1 meta, 1 entity, 1 segment)")
                .contains("filled 2 empty segment createdAts with the current time")
                .contains("raised meta.durationInMs from 0 to 5000")
                .endsWith("wrote " + out + ": 0 workflows, 1 entity, 0 scenes, 2 segments\n");
        assertThat(r.err()).isEmpty();

        ClapProject p = new ClapReader().read(out).project();
        assertThat(p.meta().title()).isEqualTo("Old one");
        assertThat(p.meta().durationInMs()).isEqualTo(5000);
        assertThat(p.entities().get(0).triggerName()).isEqualTo("BOB");
        assertThat(p.segments().get(1).id()).isEqualTo("keep-this-id");
        assertThat(p.segments().get(1).prompt()).isEqualTo("Hi there");
        assertThat(p.segments().get(0).id()).matches("[0-9a-f-]{36}");
        assertThat(p.segments()).allMatch(s -> !s.createdAt().isEmpty());

        Cli.Result check = Cli.run("validate", out.toString());
        assertThat(check.out()).doesNotContain("is empty").doesNotContain("createdAt").doesNotContain("durationInMs");
    }

    @Test
    void aCompleteFileHasNothingToFill() {
        Path in = ClapFiles.write(dir, "ok.clap", ClapFiles.gzip(ClapFiles.VALID));
        Cli.Result r = Cli.run("normalize", in.toString(), "-o", dir.resolve("same.clap").toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("nothing to fill");
    }

    @Test
    void aFileCanBeNormalizedInPlace() throws Exception {
        Path in = ClapFiles.write(dir, "old.clap", ClapFiles.gzip(ClapFiles.OLD));
        Cli.Result r = Cli.run("normalize", in.toString(), "--output", in.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(new ClapReader().read(in).project().meta().id()).isNotEmpty();
        assertThat(Cli.run("normalize", in.toString(), "-o", in.toString()).out()).contains("nothing to fill");
    }

    @Test
    void anUnwritableOutputIsOneLineOnStderr() {
        Path in = ClapFiles.write(dir, "old.clap", ClapFiles.gzip(ClapFiles.OLD));
        Path out = dir.resolve("no/such/dir/new.clap");
        Cli.Result r = Cli.run("normalize", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).as(r.toString()).isTrue();
        assertThat(r.err()).startsWith("slate: " + out + ": cannot write");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aMissingInputIsOneLineOnStderrAndWritesNothing() {
        Path out = dir.resolve("new.clap");
        Cli.Result r = Cli.run("normalize", dir.resolve("gone.clap").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).isTrue();
        assertThat(Files.exists(out)).isFalse();
    }
}

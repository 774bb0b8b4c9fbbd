package dev.slate.clap;

import static dev.slate.clap.testing.Gzip.gunzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.clap.internal.AtomicFiles;
import dev.slate.clap.testing.RandomProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ClapWriter#writeFile}: a file is replaced whole or not at all. */
class ClapWriterFileTest {

    private final ClapWriter writer = new ClapWriter();

    @Test
    void writesANewFileAndReplacesAnOldOneLeavingNothingElseBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("film.clap");
        ClapProject first = new RandomProjects(1).realistic(200);
        ClapProject second = new RandomProjects(2).realistic(300);

        writer.writeFile(first, file);
        assertThat(gunzip(Files.readAllBytes(file)))
                .isEqualTo(writer.toYaml(first).getBytes(StandardCharsets.UTF_8));

        writer.writeFile(second, file);
        assertThat(gunzip(Files.readAllBytes(file)))
                .isEqualTo(writer.toYaml(second).getBytes(StandardCharsets.UTF_8));
        assertThat(list(dir)).containsExactly(file);
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileIntactAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("film.clap");
        ClapProject good = new RandomProjects(1).realistic(200);
        writer.writeFile(good, file);
        byte[] before = Files.readAllBytes(file);

        // the last segment cannot be written: by then, hundreds of kilobytes have gone to the temporary file
        ClapProject big = new RandomProjects(2).realistic(3000);
        List<ClapSegment> segments = new ArrayList<>(big.segments());
        segments.set(segments.size() - 1, segments.get(segments.size() - 1).toBuilder()
                .extras(Map.of("bad", new Object())).build());
        ClapProject bad = big.toBuilder().segments(segments).build();
        assertThat(writer.toYaml(big).length()).isGreaterThan(1 << 20);

        assertThatThrownBy(() -> writer.writeFile(bad, file)).isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(list(dir)).containsExactly(file);
    }

    @Test
    void anIoErrorAfterPartOfTheContentKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.bin");
        Files.writeString(file, "old content");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old content");
        assertThat(list(dir)).containsExactly(file);
    }

    @Test
    void aMissingDirectoryIsAnIoErrorThatCreatesNothing(@TempDir Path dir) {
        Path file = dir.resolve("no/such/dir/film.clap");

        assertThatThrownBy(() -> writer.writeFile(ClapProject.builder().build(), file))
                .isInstanceOf(IOException.class);

        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void theNewFileGetsTheSamePermissionsAsAnyNewFileInItsDirectory(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permissions are a POSIX matter");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path clap = dir.resolve("film.clap");

        writer.writeFile(ClapProject.builder().build(), clap);

        assertThat(Files.getPosixFilePermissions(clap)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void closingTheStreamInsideTheContentWriterDoesNotBreakTheWrite(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.bin");

        AtomicFiles.write(file, out -> {
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.close();
        });

        assertThat(Files.readString(file)).isEqualTo("hello");
        assertThat(list(dir)).containsExactly(file);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}

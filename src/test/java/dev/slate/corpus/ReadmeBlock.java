package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A block of the README that a test writes (an accuracy table), between two marker comments, so the README
 * always shows what the build measured. The file is written only when the block changed.
 */
final class ReadmeBlock {
    private static final Path README = Path.of("README.md");

    private ReadmeBlock() {
    }

    static void write(String start, String end, String content) throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        assertThat(a).as("README markers %s ... %s", start, end).isGreaterThanOrEqualTo(0).isLessThan(b);
        String updated = text.substring(0, a + start.length()) + "\n" + content + text.substring(b);
        if (!updated.equals(text)) {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(content);
    }
}

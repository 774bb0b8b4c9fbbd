package dev.slate.bench;

import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptText;
import dev.slate.source.internal.fountain.FountainSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a screenplay (decoded text in, tagged lines, headings, cues, scenes and events out), single
 * thread, warm. {@code coyles-well} is the longest corpus script (17 pages); {@code feature-120} is
 * 120 pages made of the English corpus scripts one after another. Target (issue 3): under 10 ms per
 * 120 pages. {@code format} picks the corpus files as text or as Fountain (issue 5: Fountain as fast as
 * text); {@code parse} takes the script already read, {@code readAndParse} starts from the decoded string,
 * so it counts Fountain's reading of its markup too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class ParseBenchmark {

    @Param({"coyles-well", "feature-120"})
    public String script;

    @Param({"text", "fountain"})
    public String format;

    private final ScreenplayParser parser = ScreenplayParser.builder().build();
    private ScriptText text;
    private String decoded;

    @Setup(Level.Trial)
    public void setUp() {
        boolean fountain = format.equals("fountain");
        if (script.equals("feature-120")) {
            decoded = fountain ? feature(120, ".fountain") : feature(120);
        } else {
            decoded = fountain ? new String(read("corpus/en-coyles-well/en-coyles-well.fountain"), StandardCharsets.UTF_8)
                    : new String(read("corpus/en-coyles-well/en-coyles-well.txt"), StandardCharsets.UTF_16);
        }
        text = readText();
    }

    private ScriptText readText() {
        return format.equals("fountain") ? FountainSource.read(decoded, "UTF-8") : ScriptText.of(decoded);
    }

    @Benchmark
    public Screenplay parse() {
        return parser.parse(text);
    }

    @Benchmark
    public Screenplay readAndParse() {
        return parser.parse(readText());
    }

    /** English corpus scripts one after another, until the text has {@code pages} pages of 55 lines. */
    public static String feature(int pages) {
        return feature(pages, ".txt");
    }

    /** The same, from the corpus files with this extension ({@code .txt}, {@code .fountain}: UTF-8). */
    public static String feature(int pages, String extension) {
        String[] parts = {"en-salt-ledger", "en-kestrel-wharf", "en-firmware", "en-coyles-well", "en-lowwater", "en-breakfast-shift"};
        StringBuilder b = new StringBuilder();
        int lines = 0;
        for (int i = 0; lines < pages * 55; i++) {
            String slug = parts[i % parts.length];
            byte[] bytes = read("corpus/" + slug + "/" + slug + extension);
            String part = new String(bytes, extension.equals(".txt") ? decode(slug) : StandardCharsets.UTF_8);
            b.append(part.replace("\r\n", "\n")).append('\n');
            lines += part.split("\n", -1).length;
        }
        return b.toString();
    }

    private static java.nio.charset.Charset decode(String slug) {
        return switch (slug) {
            case "en-firmware" -> java.nio.charset.Charset.forName("windows-1252");
            case "en-coyles-well" -> StandardCharsets.UTF_16;
            default -> StandardCharsets.UTF_8;
        };
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

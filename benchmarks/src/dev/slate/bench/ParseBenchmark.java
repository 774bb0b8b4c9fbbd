package dev.slate.bench;

import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import dev.slate.source.ScriptText;
import dev.slate.source.UnreadableScriptException;
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
 * 120 pages. {@code format} reads the same scripts from their plain text, their Fountain files or their
 * Final Draft files (the corpus's {@code .fountain} and {@code .fdx}; the 120 pages as one file holding
 * the same scripts): {@code parse} takes the text as read, {@code readAndParse} starts from the file's
 * bytes, so it counts Fountain's markup and Final Draft's XML and printed layout too (issue 5: as fast
 * as plain text).
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

    @Param({"text", "fountain", "fdx"})
    public String format;

    private final ScreenplayParser parser = ScreenplayParser.builder().build();
    private ScriptFormat scriptFormat;
    private byte[] bytes;
    private ScriptText text;

    @Setup(Level.Trial)
    public void setUp() throws UnreadableScriptException {
        scriptFormat = ScriptFormat.named(format).orElseThrow();
        boolean feature = script.equals("feature-120");
        bytes = switch (scriptFormat) {
            case FDX -> feature ? featureFdx(120) : read("corpus/en-coyles-well/en-coyles-well.fdx");
            case FOUNTAIN -> feature ? feature(120, ".fountain").getBytes(StandardCharsets.UTF_8)
                    : read("corpus/en-coyles-well/en-coyles-well.fountain");
            default -> feature ? feature(120).getBytes(StandardCharsets.UTF_8) : read("corpus/en-coyles-well/en-coyles-well.txt");
        };
        text = ScriptSources.read(bytes, scriptFormat);
    }

    @Benchmark
    public Screenplay parse() {
        return parser.parse(text);
    }

    @Benchmark
    public Screenplay readAndParse() throws UnreadableScriptException {
        return parser.parse(ScriptSources.read(bytes, scriptFormat));
    }

    /** The Final Draft files of the scripts {@link #feature} joins, as one file: their paragraphs in one Content. */
    public static byte[] featureFdx(int pages) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                + "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n<Content>\n");
        for (String slug : featureParts(pages)) {
            String fdx = new String(read("corpus/" + slug + "/" + slug + ".fdx"), StandardCharsets.UTF_8);
            int from = fdx.indexOf("<Content>") + "<Content>".length();
            b.append(fdx, from, fdx.indexOf("</Content>", from));
        }
        return b.append("</Content>\n</FinalDraft>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** English corpus scripts one after another, until the text has {@code pages} pages of 55 lines. */
    public static String feature(int pages) {
        return feature(pages, ".txt");
    }

    /** The same scripts from their files with this extension ({@code .txt}; {@code .fountain}, in UTF-8). */
    public static String feature(int pages, String extension) {
        StringBuilder b = new StringBuilder();
        for (String slug : featureParts(pages)) {
            byte[] file = read("corpus/" + slug + "/" + slug + extension);
            String part = new String(file, extension.equals(".txt") ? decode(slug) : StandardCharsets.UTF_8);
            b.append(part.replace("\r\n", "\n")).append('\n');
        }
        return b.toString();
    }

    /** The English corpus scripts, in turn, until their text has {@code pages} pages of 55 lines. */
    static java.util.List<String> featureParts(int pages) {
        String[] parts = {"en-salt-ledger", "en-kestrel-wharf", "en-firmware", "en-coyles-well", "en-lowwater", "en-breakfast-shift"};
        java.util.List<String> out = new java.util.ArrayList<>();
        int lines = 0;
        for (int i = 0; lines < pages * 55; i++) {
            String slug = parts[i % parts.length];
            out.add(slug);
            lines += new String(read("corpus/" + slug + "/" + slug + ".txt"), decode(slug)).split("\n", -1).length;
        }
        return out;
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

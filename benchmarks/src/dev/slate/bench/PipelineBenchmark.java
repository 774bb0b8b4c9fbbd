package dev.slate.bench;

import dev.slate.clap.ClapWriter;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * Slate's main job, whole: script bytes in (decoding, parsing, converting, writing YAML and gzip), the
 * .clap bytes out, single thread, warm. Target (issue 4): under 20 ms per 120 pages.
 *
 * <p>Warm means after the JIT has compiled the pipeline, which on 2 cores takes 10 to 13 s of running it: its one
 * C2 thread works through the parser's and converter's large methods one by one, and a method queued behind them
 * runs in the interpreter meanwhile (the YAML writer's escaping loop, once, for 12 s: the writing stage took twice
 * its time). Ten seconds of warm-up measured part of that, and fell by a fifth through the measurement; 24 s
 * ends with the iterations level.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class PipelineBenchmark {

    @Param({"coyles-well", "feature-120"})
    public String script;

    private final ScreenplayParser parser = ScreenplayParser.builder().build();
    private final ScreenplayConverter converter = new ScreenplayConverter(ConvertOptions.defaults().withCreatedAt(Instant.EPOCH));
    private final ClapWriter writer = new ClapWriter();
    private byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bytes = script.equals("feature-120") ? ParseBenchmark.feature(120).getBytes(StandardCharsets.UTF_8)
                : Files.readAllBytes(Path.of("corpus/en-coyles-well/en-coyles-well.txt"));
    }

    @Benchmark
    public byte[] scriptToClap() {
        return writer.toBytes(converter.convert(parser.parse(ScriptText.of(bytes))));
    }

    /** Writes the 120-page script to a file, for the command-line and heap measurements of the README. */
    public static void main(String[] args) {
        try {
            Path out = Path.of(args.length > 0 ? args[0] : "target/feature-120.txt");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, ParseBenchmark.feature(120));
            System.out.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

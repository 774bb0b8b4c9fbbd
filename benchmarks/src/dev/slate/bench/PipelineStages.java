package dev.slate.bench;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapWriter;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The pipeline of {@link PipelineBenchmark}, stage by stage (parse, convert, write), timed in the CPU time
 * of its thread rather than the wall clock: on a machine shared with other work, a thread that waits for a
 * core does not count its wait, so the figures move far less than JMH's. Median of the last 100 of 250
 * runs, after 20 s of unmeasured ones, one thread. Usage: {@code java -cp ... dev.slate.bench.PipelineStages
 * [SCRIPT.txt]} (default: the 120-page script).
 */
public final class PipelineStages {
    private PipelineStages() {
    }

    public static void main(String[] args) throws IOException {
        byte[] bytes = args.length > 0 ? Files.readAllBytes(Path.of(args[0]))
                : ParseBenchmark.feature(120).getBytes(StandardCharsets.UTF_8);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ScreenplayParser parser = ScreenplayParser.builder().build();
        ScreenplayConverter converter = new ScreenplayConverter(ConvertOptions.defaults().withCreatedAt(Instant.EPOCH));
        ClapWriter writer = new ClapWriter();
        // unmeasured runs first, until the JIT has compiled the pipeline (10 to 13 s on 2 cores: see PipelineBenchmark)
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            writer.toBytes(converter.convert(parser.parse(ScriptText.of(bytes))));
        }
        int runs = 250;
        int kept = 100;
        long[][] ns = new long[4][kept];
        int segments = 0;
        int out = 0;
        for (int r = 0; r < runs; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            Screenplay screenplay = parser.parse(ScriptText.of(bytes));
            long c1 = cpu.getCurrentThreadCpuTime();
            ClapProject project = converter.convert(screenplay);
            long c2 = cpu.getCurrentThreadCpuTime();
            byte[] clap = writer.toBytes(project);
            long c3 = cpu.getCurrentThreadCpuTime();
            int k = r - (runs - kept);
            if (k >= 0) {
                ns[0][k] = c1 - c0;
                ns[1][k] = c2 - c1;
                ns[2][k] = c3 - c2;
                ns[3][k] = c3 - c0;
            }
            segments = project.segments().size();
            out = clap.length;
        }
        String[] stage = {"parse", "convert", "write", "total"};
        StringBuilder b = new StringBuilder(String.format("%d segments, %d bytes of .clap; thread CPU, median ms:", segments, out));
        for (int i = 0; i < stage.length; i++) {
            Arrays.sort(ns[i]);
            b.append(String.format(" %s %.1f", stage[i], ns[i][kept / 2] / 1e6));
        }
        System.out.println(b);
    }
}

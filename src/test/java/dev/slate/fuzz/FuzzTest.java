package dev.slate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader, fed seeded mutations of its seed files, returns a result or refuses the input with its own
 * one-line error: no other exception, no hang, no running out of memory, nothing printed. The normal build
 * runs a sample ({@value #SAMPLE} inputs per reader, a tenth of that for PDF); the fuzz profile
 * ({@code mvn -Pfuzz verify}) runs 100,000 per reader, PDF included, in a 768 MB heap. Properties: {@code fuzz.inputs}, {@code fuzz.seed}, {@code fuzz.targets}
 * (comma-separated names), {@code fuzz.timeout} (ms per input), {@code fuzz.threads}, {@code fuzz.hugeLine}
 * (bytes), and {@code fuzz.replay=target:seed:index} to rerun one input with its stack trace.
 */
class FuzzTest {
    static final int SAMPLE = 1000;

    private static final int INPUTS = Integer.getInteger("fuzz.inputs", SAMPLE);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final long TIMEOUT_MS = Long.getLong("fuzz.timeout", 30_000L);
    private static final int THREADS = Integer.getInteger("fuzz.threads", 2);
    private static final int HUGE_LINE = Integer.getInteger("fuzz.hugeLine", 1 << 20);
    private static final String TARGETS = System.getProperty("fuzz.targets", "");
    private static final String REPLAY = System.getProperty("fuzz.replay", "");

    static Stream<FuzzTarget> targets() {
        if (TARGETS.isBlank()) {
            return FuzzTargets.ALL.stream();
        }
        return Arrays.stream(TARGETS.split(",")).map(String::trim).map(FuzzTargets::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyInputGivesAResultOrAOneLineRefusal(FuzzTarget target) throws Exception {
        assumeTrue(REPLAY.isBlank(), "replaying one input");
        Fuzzer fuzzer = new Fuzzer(target, Seeds.of(target), TIMEOUT_MS, HUGE_LINE);
        int inputs = target.inputs(INPUTS);
        Fuzzer.Report report = run(fuzzer, target, inputs);
        System.out.println(report.summary());
        report.details().forEach(System.out::println);
        report.slowest.descendingMap().values().forEach(v -> System.out.println("  slow: " + v));
        assertThat(report.details()).as(report.summary()).isEmpty();
        assertThat(report.inputs).isEqualTo(inputs);
    }

    /** Splits the run between threads, each on its own slice of input indexes, and merges what they found. */
    private static Fuzzer.Report run(Fuzzer fuzzer, FuzzTarget target, int inputs) throws Exception {
        if (THREADS <= 1) {
            return fuzzer.run(SEED, 0, inputs);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Fuzzer.Report>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int from = (int) ((long) inputs * t / THREADS);
                int to = (int) ((long) inputs * (t + 1) / THREADS);
                parts.add(pool.submit(() -> fuzzer.run(SEED, from, to)));
            }
            Fuzzer.Report all = new Fuzzer.Report(target.name(), SEED);
            for (Future<Fuzzer.Report> f : parts) {
                Fuzzer.Report part = f.get();
                all.inputs += part.inputs;
                all.hangs += part.hangs;
                all.stoppedEarly |= part.stoppedEarly;
                all.seconds = Math.max(all.seconds, part.seconds);
                part.slowest.forEach(all.slowest::put);
                part.failures.forEach((k, v) -> all.failures.merge(k, v, (a, b) -> {
                    a.count()[0] += b.count()[0];
                    return a;
                }));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code -Dfuzz.replay=text:1:1234}: reruns that one input on this thread, so that what it throws shows with
     * its stack trace, and writes it to {@code target/fuzz-replay/} for the command line.
     */
    @Test
    void replay() throws Throwable {
        assumeTrue(!REPLAY.isBlank(), "set -Dfuzz.replay=target:seed:index to replay one input");
        String[] parts = REPLAY.split(":");
        FuzzTarget target = FuzzTargets.named(parts[0]);
        Fuzzer fuzzer = new Fuzzer(target, Seeds.of(target), TIMEOUT_MS, HUGE_LINE);
        Fuzzer.Case c = fuzzer.generate(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        Path file = Path.of("target", "fuzz-replay", parts[0] + "-" + parts[1] + "-" + parts[2] + "." + target.extension());
        Files.createDirectories(file.getParent());
        Files.write(file, c.bytes());
        System.out.println("input " + c.recipe() + " written to " + file);
        long start = System.nanoTime();
        try {
            target.call().read(c.bytes(), target.inputName());
            System.out.println("result in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (Throwable t) {
            String verdict = fuzzer.verdict(t, target.inputName());
            System.out.println(verdict == null ? "refused: " + t.getMessage() : "FAILED: " + verdict);
            if (verdict != null) {
                throw t;
            }
        }
    }
}

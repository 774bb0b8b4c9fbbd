package dev.slate.bench;

import dev.slate.clap.ClapFormatException;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapWriter;
import dev.slate.clap.testing.RandomProjects;
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
 * Writing and reading a project shaped like a converted feature film (RandomProjects.realistic), single
 * thread, warm. Targets from issue 2: 20,000 segments written (YAML + gzip) under 100 ms, read (gunzip +
 * YAML + model) under 200 ms. For scale, the reference @aitube/clap takes 0.5-0.9 s to serialize and
 * 1-1.7 s to parse 2,837 segments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class ClapBenchmark {

    @Param({"20000"})
    public int segments;

    private ClapProject project;
    private byte[] gzip;
    private final ClapWriter writer = new ClapWriter();
    private final ClapReader reader = new ClapReader();

    @Setup(Level.Trial)
    public void setUp() {
        project = new RandomProjects(20_000L).realistic(segments);
        gzip = writer.toBytes(project);
    }

    @Benchmark
    public byte[] write() {
        return writer.toBytes(project);
    }

    @Benchmark
    public ClapReadResult read() throws ClapFormatException {
        return reader.read(gzip, "bench.clap");
    }

    /** One-off figure for the README: the gzip size of the benchmark project. */
    public static void main(String[] args) {
        ClapProject p = new RandomProjects(20_000L).realistic(Integer.parseInt(args.length > 0 ? args[0] : "20000"));
        System.out.println("segments=" + p.segments().size() + " gzipBytes=" + new ClapWriter().toBytes(p).length
                + " yamlChars=" + new ClapWriter().toYaml(p).length());
    }
}

package dev.slate.bench;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of Slate in one JVM, taking turns run after run on the pipeline of {@link PipelineStages}: on a
 * machine shared with other work, two versions measured one after the other can differ by more than the
 * change between them, while two measured in turns see the same load. Each build's classes get a class loader
 * of their own; thread CPU time, median of the last two-thirds of the rounds, after 40 s of unmeasured ones.
 *
 * <p>Usage: {@code java -cp target/test-classes:$CP dev.slate.bench.TakingTurns
 * OLD_CLASSES_DIR NEW_CLASSES_DIR [SCRIPT.txt] [ROUNDS]}, for instance the {@code target/classes} of a
 * {@code git worktree} of an older commit, built with {@code mvn -q -DskipTests compile}, and a copy of this
 * tree's. Neither directory on the class path: with {@code target/classes} on it, one build's writing stage once
 * measured twice the other's, on the same code.
 */
public final class TakingTurns {
    /** Both builds run in turns this long before any round is measured. */
    private static final long WARM_UP_SECONDS = 40;

    private TakingTurns() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TakingTurns OLD_CLASSES_DIR NEW_CLASSES_DIR [SCRIPT.txt] [ROUNDS]");
            System.exit(2);
        }
        byte[] script = args.length > 2 ? Files.readAllBytes(Path.of(args[2]))
                : ParseBenchmark.feature(120).getBytes(StandardCharsets.UTF_8);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int kept = rounds * 2 / 3;
        Method[] once = {stagesOf(Path.of(args[0])), stagesOf(Path.of(args[1]))};
        // unmeasured rounds until the JIT has compiled both builds: on 2 cores its C2 thread takes 10 to 13 s per
        // build, and a method queued behind others runs in the interpreter meanwhile (see PipelineBenchmark)
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int r = 0; System.nanoTime() < warmUntil; r++) {
            run(once[r % 2], script);
        }
        long[][][] ns = new long[2][5][kept];
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = (r + turn) % 2; // each build goes first every other round
                long[] t = run(once[k], script);
                int i = r - (rounds - kept);
                if (i >= 0) {
                    for (int s = 0; s < t.length; s++) {
                        ns[k][s][i] = t[s];
                    }
                }
            }
        }
        String[] names = {"parse", "convert", "write", "total"};
        for (int k = 0; k < 2; k++) {
            StringBuilder b = new StringBuilder(args[k]).append(": thread CPU, median ms:");
            for (int s = 0; s < names.length; s++) {
                Arrays.sort(ns[k][s]);
                b.append(String.format(" %s %.2f", names[s], ns[k][s][kept / 2] / 1e6));
            }
            b.append(", ").append(ns[k][4][0]).append(" bytes of .clap");
            System.out.println(b);
        }
    }

    /** {@link Stages#once} as loaded with the given build's classes, before this JVM's own. */
    private static Method stagesOf(Path classes) throws IOException, ReflectiveOperationException {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // this JVM's own main classes (a folder named classes) stay out; the benchmarks' (test-classes) and
            // the libraries' come after the build's
            if (!entry.isEmpty() && !Path.of(entry).endsWith("classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        return loader.loadClass(Stages.class.getName()).getMethod("once", byte[].class);
    }

    private static long[] run(Method once, byte[] script) throws Exception {
        try {
            return (long[]) once.invoke(null, (Object) script);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    /** One run of the pipeline, stage by stage; loaded once per build. */
    public static final class Stages {
        private static final dev.slate.parse.ScreenplayParser PARSER = dev.slate.parse.ScreenplayParser.builder().build();
        private static final dev.slate.convert.ScreenplayConverter CONVERTER = new dev.slate.convert.ScreenplayConverter(
                dev.slate.convert.ConvertOptions.defaults().withCreatedAt(java.time.Instant.EPOCH));
        private static final dev.slate.clap.ClapWriter WRITER = new dev.slate.clap.ClapWriter();
        private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

        private Stages() {
        }

        /** Parse, convert and write times in ns, their total, and the size of the .clap. */
        public static long[] once(byte[] script) {
            long c0 = CPU.getCurrentThreadCpuTime();
            dev.slate.parse.Screenplay s = PARSER.parse(dev.slate.source.ScriptText.of(script));
            long c1 = CPU.getCurrentThreadCpuTime();
            dev.slate.clap.ClapProject p = CONVERTER.convert(s);
            long c2 = CPU.getCurrentThreadCpuTime();
            byte[] clap = WRITER.toBytes(p);
            long c3 = CPU.getCurrentThreadCpuTime();
            return new long[] {c1 - c0, c2 - c1, c3 - c2, c3 - c0, clap.length};
        }
    }
}

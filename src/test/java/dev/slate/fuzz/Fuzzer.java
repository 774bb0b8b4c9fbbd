package dev.slate.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Feeds a reader seeded mutations of its seed files and checks every outcome. Input {@code i} of a run
 * with seed {@code s} is always the same bytes, so a failure is replayed from {@code target:s:i} alone.
 *
 * <p>The oracle: the call returns, or throws the target's documented refusal with a message on one line
 * that names the input and is not a crash in disguise (an exception's class name, a stack frame, "not
 * enough memory"). Anything else fails: another exception, an {@link Error} (a stack overflow, running
 * out of the small heap), or no answer within the time limit.
 */
final class Fuzzer {
    /** Refusals that only a caught crash produces: a reader must see these coming, not catch them. */
    private static final Pattern DISGUISED_CRASH = Pattern.compile(
            "\\tat |\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b|not enough memory|nesting too deep to read");
    /** Hangs after which a run stops: each one leaves a thread spinning. */
    private static final int MAX_HANGS = 3;

    private final FuzzTarget target;
    private final Seeds seeds;
    private final List<Mutation> mutations;
    private final int totalWeight;
    private final long timeoutMillis;
    private final int hugeLine;

    Fuzzer(FuzzTarget target, Seeds seeds, long timeoutMillis, int hugeLine) {
        if (seeds.size() == 0) {
            throw new IllegalStateException(target + ": no seed files match " + target.seedGlobs());
        }
        this.target = target;
        this.seeds = seeds;
        this.mutations = Mutation.forKind(target.kind());
        this.totalWeight = mutations.stream().mapToInt(Mutation::weight).sum();
        this.timeoutMillis = timeoutMillis;
        this.hugeLine = hugeLine;
    }

    /** One generated input and how it was made. */
    record Case(int index, byte[] bytes, String recipe) {
    }

    /** The same bytes for the same seed and index, whatever else ran before. */
    Case generate(long seed, int index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + target.name().hashCode());
        int s = r.nextInt(seeds.size());
        byte[] bytes = seeds.contents().get(s);
        StringBuilder recipe = new StringBuilder(seeds.names().get(s));
        if (target.kind() == InputKind.TEXT && r.nextInt(32) != 0) {
            // most inputs are a passage of a script, a few lines to a few pages: the parser meets the same
            // shapes as in the whole script, at a tenth of the cost, so a run tries ten times more of them
            int from = Mutation.lineStart(bytes, r.nextInt(bytes.length));
            int length = Math.min(bytes.length - from, 128 << r.nextInt(6));
            bytes = java.util.Arrays.copyOfRange(bytes, from, from + length);
            recipe.append(" [").append(from).append('+').append(length).append(']');
        }
        recipe.append(':');
        int count = r.nextInt(4) == 0 ? 2 + r.nextInt(3) : 1;
        Context ctx = new Context();
        for (int i = 0; i < count; i++) {
            Mutation m = pick(r);
            bytes = m.apply(r, bytes, ctx);
            recipe.append(' ').append(m.name());
        }
        if (target.kind() == InputKind.CLAP && !isGzip(bytes) && r.nextInt(10) < 7) {
            bytes = GzipBombs.gzip(bytes);
            recipe.append(" +gzip");
            if (r.nextInt(8) == 0) {
                Mutation m = r.nextBoolean() ? Mutation.BIT_FLIPS : Mutation.TRUNCATION;
                bytes = m.apply(r, bytes, ctx);
                recipe.append(' ').append(m.name()).append("(gzip)");
            }
        }
        return new Case(index, bytes, recipe.append(" (").append(bytes.length).append(" bytes)").toString());
    }

    private Mutation pick(Random r) {
        int w = r.nextInt(totalWeight);
        for (Mutation m : mutations) {
            w -= m.weight();
            if (w < 0) {
                return m;
            }
        }
        throw new AssertionError();
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** Runs inputs {@code from} (inclusive) to {@code to} (exclusive) of the run with this seed. */
    Report run(long seed, int from, int to) {
        Console.install();
        Report report = new Report(target.name(), seed);
        long start = System.nanoTime();
        ExecutorService worker = newWorker();
        try {
            for (int i = from; i < to; i++) {
                if (i > from && (i - from) % 10_000 == 0) {
                    System.out.printf("%s: %d inputs, %d failed, %.0f s%n", target.name(), i - from, report.failed(),
                            (System.nanoTime() - start) / 1e9);
                }
                Case c;
                String failure;
                try {
                    c = generate(seed, i);
                    long t0 = System.nanoTime();
                    failure = check(worker, c);
                    report.timed(c, (System.nanoTime() - t0) / 1_000_000, replay(seed, i));
                } catch (OutOfMemoryError e) {
                    // the heap ran out on this thread while a worker held it: still this input's doing, or its twin's
                    c = new Case(i, new byte[0], "(not kept: the heap ran out)");
                    failure = "out of memory around this input (another thread may hold the heap)";
                }
                if (failure == null) {
                    continue;
                }
                report.fail(failure, c, replay(seed, i));
                if (failure.startsWith("no answer")) {
                    worker.shutdownNow(); // the stuck thread cannot be stopped; a fresh one takes over
                    worker = newWorker();
                    if (++report.hangs >= MAX_HANGS) {
                        report.stoppedEarly = true;
                        report.inputs = i - from + 1;
                        break;
                    }
                }
                report.inputs = i - from + 1;
            }
            if (!report.stoppedEarly) {
                report.inputs = to - from;
            }
        } finally {
            worker.shutdownNow();
        }
        report.seconds = (System.nanoTime() - start) / 1e9;
        return report;
    }

    String replay(long seed, int index) {
        return "-Dfuzz.replay=" + target.name() + ":" + seed + ":" + index;
    }

    /** Null when the outcome is a result or a proper refusal; otherwise what went wrong, in one line. */
    private String check(ExecutorService worker, Case c) {
        String name = target.inputName();
        Future<Outcome> f = worker.submit(() -> {
            Console.wrote.set(null);
            try {
                target.call().read(c.bytes(), name);
                return Console.wrote.get() == null ? Outcome.RESULT : new Outcome(null, Console.wrote.get());
            } catch (Throwable t) {
                return new Outcome(t, Console.wrote.get());
            }
        });
        Outcome o;
        try {
            o = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return "no answer within " + timeoutMillis + " ms";
        } catch (ExecutionException e) {
            o = new Outcome(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (o.console != null) {
            return "wrote to the console: " + oneLine(o.console);
        }
        return o.thrown == null ? null : verdict(o.thrown, name);
    }

    /** Null when {@code t} is the target's refusal, worded as a user should see it. */
    String verdict(Throwable t, String name) {
        if (!target.refusal().isInstance(t)) {
            return "escaped as " + t.getClass().getName() + at(t) + ": " + oneLine(t.getMessage());
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return "refused with no message";
        }
        if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
            return "refusal spans lines: " + oneLine(m);
        }
        if (!m.contains(name)) {
            return "refusal does not name the input: " + m;
        }
        if (DISGUISED_CRASH.matcher(m).find()) {
            return "a crash reported as a refusal" + (t.getCause() == null ? "" : at(t.getCause())) + ": " + m;
        }
        return null;
    }

    /** Where in Slate the throwable came from: its first frame in our code. */
    static String at(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("dev.slate.") && !e.getClassName().startsWith("dev.slate.fuzz.")) {
                return " at " + e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                        + ":" + e.getLineNumber();
            }
        }
        return "";
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    private record Outcome(Throwable thrown, String console) {
        static final Outcome RESULT = new Outcome(null, null);

        Outcome(Throwable thrown) {
            this(thrown, null);
        }
    }

    /**
     * Standard error and output as a reader sees them: what a fuzz worker writes there is kept for the check
     * (a library that prints breaks the command line's one line on stderr); other threads' output passes.
     */
    static final class Console extends java.io.OutputStream {
        static final ThreadLocal<String> wrote = new ThreadLocal<>();
        private final java.io.PrintStream through;

        private Console(java.io.PrintStream through) {
            this.through = through;
        }

        /** Installs the watch on {@code System.err} and {@code System.out}, once. */
        static synchronized void install() {
            if (!(System.err instanceof Watched)) {
                System.setErr(new Watched(new Console(System.err)));
                System.setOut(new Watched(new Console(System.out)));
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (Thread.currentThread().getName().equals("fuzz-worker")) {
                String before = wrote.get();
                if (before == null || before.length() < 200) {
                    wrote.set((before == null ? "" : before) + new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
                }
            } else {
                through.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            through.flush();
        }

        private static final class Watched extends java.io.PrintStream {
            Watched(Console console) {
                super(console, true, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    private final class Context implements Mutation.Inputs {
        @Override
        public InputKind kind() {
            return target.kind();
        }

        @Override
        public byte[] anotherSeed(Random random) {
            return seeds.contents().get(random.nextInt(seeds.size()));
        }

        @Override
        public int maxGrowth() {
            return 2 << 20;
        }

        @Override
        public int hugeLine() {
            return hugeLine;
        }
    }

    /** What a run found: failures grouped by kind, each with how to replay its first input. */
    static final class Report {
        final String target;
        final long seed;
        int inputs;
        int hangs;
        boolean stoppedEarly;
        double seconds;
        final Map<String, Failure> failures = new LinkedHashMap<>();

        Report(String target, long seed) {
            this.target = target;
            this.seed = seed;
        }

        record Failure(String what, String recipe, String replay, int[] count) {
        }

        void fail(String what, Case c, String replay) {
            String kind = what.length() > 160 ? what.substring(0, 160) : what;
            kind = kind.replaceAll("\\d+", "N"); // the same failure at another line or size
            failures.computeIfAbsent(kind, k -> new Failure(what, c.recipe(), replay, new int[1])).count()[0]++;
        }

        /** The slowest inputs, kept to tell where a run's time goes. */
        final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();

        void timed(Case c, long millis, String replay) {
            if (slowest.size() < 3 || millis > slowest.firstKey()) {
                slowest.put(millis, millis + " ms: " + c.recipe() + " " + replay);
                if (slowest.size() > 3) {
                    slowest.pollFirstEntry();
                }
            }
        }

        int failed() {
            return failures.values().stream().mapToInt(f -> f.count()[0]).sum();
        }

        String summary() {
            return String.format("%s: %d inputs in %.1f s (%.0f/s), seed %d, %d failed%s", target, inputs, seconds,
                    inputs / Math.max(seconds, 1e-9), seed, failed(), stoppedEarly ? " (stopped after " + hangs + " hangs)" : "");
        }

        List<String> details() {
            List<String> out = new ArrayList<>();
            for (Failure f : failures.values()) {
                out.add(f.count()[0] + "x " + f.what() + "\n    first input: " + f.recipe() + "\n    replay: " + f.replay());
            }
            return out;
        }
    }
}

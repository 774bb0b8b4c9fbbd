package dev.slate.cli;

import dev.slate.Slate;
import dev.slate.clap.ClapProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Converts a list of scripts on a fixed pool of one thread per core, all sharing one {@link Slate} (it is
 * thread-safe and its grammars are loaded once). Each script is converted, skipped or fails on its own:
 * nothing one script does stops the others.
 */
final class Batch {
    enum Outcome { CONVERTED, SKIPPED, FAILED, INTERNAL }

    private final Slate slate;
    private final boolean force;
    private final BatchProgress progress;

    Batch(Slate slate, boolean force, BatchProgress progress) {
        this.slate = slate;
        this.force = force;
        this.progress = progress;
    }

    record Summary(int converted, int skipped, int failed, int internal, long nanos) {
        int exitCode() {
            return internal > 0 ? Main.INTERNAL_ERROR : failed > 0 ? Main.INPUT_REJECTED : Main.OK;
        }

        String describe() {
            double seconds = nanos / 1e9;
            int total = converted + skipped + failed + internal;
            return String.format(java.util.Locale.ROOT, "%s: converted %d, skipped %d (up to date), failed %d, in %.2f s (%.1f scripts/s)",
                    Text.plural(total, "script", "scripts"), converted, skipped, failed + internal, seconds,
                    seconds > 0 ? converted / seconds : 0.0);
        }
    }

    Summary run(List<BatchJobs.Job> jobs) throws InterruptedException {
        long start = System.nanoTime();
        progress.start(jobs.size());
        AtomicInteger[] counts = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slate-convert");
            t.setDaemon(true); // an interrupted batch must not keep the JVM alive
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(jobs.size());
            for (BatchJobs.Job job : jobs) {
                futures.add(pool.submit(() -> {
                    Outcome o = convert(job);
                    counts[o.ordinal()].incrementAndGet();
                    progress.done(o);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch task failed outside its own handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Summary s = new Summary(counts[0].get(), counts[1].get(), counts[2].get(), counts[3].get(), System.nanoTime() - start);
        progress.finish();
        return s;
    }

    private Outcome convert(BatchJobs.Job job) {
        if (job.problem() != null) {
            progress.failure("slate: " + Text.oneLine(job.problem()));
            return Outcome.FAILED;
        }
        try {
            if (!force && upToDate(job.input(), job.output())) {
                return Outcome.SKIPPED;
            }
            ClapProject project = ConvertCommand.read(() -> slate.convert(job.input()), job.input().toString());
            try {
                Path parent = job.output().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                slate.write(project, job.output());
            } catch (IOException e) {
                throw new UserError(job.output() + ": cannot write: " + Inputs.describe(e), e);
            }
            return Outcome.CONVERTED;
        } catch (UserError e) {
            progress.failure("slate: " + Text.oneLine(e.getMessage()));
            return Outcome.FAILED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug in slate on this script: say so, and let the other scripts convert
            String m = e.getMessage();
            progress.failure("slate: " + job.input() + ": internal error: "
                    + Text.oneLine(e.getClass().getName() + (m == null ? "" : ": " + m)));
            return Outcome.INTERNAL;
        }
    }

    /** The output exists and is at least as new as its script: converting again would write the same. */
    static boolean upToDate(Path input, Path output) {
        try {
            return Files.exists(output)
                    && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(input)) >= 0;
        } catch (IOException e) {
            return false; // cannot tell: convert, and let the conversion report what is wrong
        }
    }

    /** A project in a few words, for the line that says what was written. */
    static String describe(ClapProject p) {
        return Text.plural(p.scenes().size(), "scene", "scenes") + ", "
                + Text.plural(p.entities().size(), "entity", "entities") + ", "
                + Text.plural(p.segments().size(), "segment", "segments") + ", "
                + Text.duration(p.meta().durationInMs());
    }
}

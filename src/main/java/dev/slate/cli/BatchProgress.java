package dev.slate.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A batch's progress on stderr, told by the worker threads as scripts finish. On a terminal, one line
 * redrawn in place ({@code bar}); in a log or a pipe, where a redrawn line is noise, a plain line every
 * 10% and at least every 10 seconds ({@code lines}). Failure lines are printed as they happen, above
 * the bar. Synchronized: workers call it concurrently.
 */
final class BatchProgress {
    enum Mode { auto, bar, lines, none }

    private static final long BAR_REDRAW_NANOS = 100_000_000L;
    private static final long LINE_EVERY_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Mode mode;
    private int total;
    private int done;
    private int failed;
    private int skipped;
    private long start;
    private long lastDraw;
    private int lastDecile;
    private int barLength;

    BatchProgress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    synchronized void start(int total) {
        this.total = total;
        this.start = System.nanoTime();
        this.lastDraw = start;
        if (mode == Mode.bar && total > 0) {
            drawBar();
        }
    }

    synchronized void done(Batch.Outcome outcome) {
        done++;
        if (outcome == Batch.Outcome.FAILED || outcome == Batch.Outcome.INTERNAL) {
            failed++;
        } else if (outcome == Batch.Outcome.SKIPPED) {
            skipped++;
        }
        long now = System.nanoTime();
        if (mode == Mode.bar) {
            if (now - lastDraw >= BAR_REDRAW_NANOS || done == total) {
                drawBar();
                lastDraw = now;
            }
        } else if (mode == Mode.lines) {
            int decile = (int) (done * 10L / Math.max(1, total));
            if (decile > lastDecile || now - lastDraw >= LINE_EVERY_NANOS) {
                lastDecile = decile;
                lastDraw = now;
                err.println("slate: " + status());
                err.flush();
            }
        }
    }

    /** One line about one script, never mixed into the bar. */
    synchronized void failure(String line) {
        clearBar();
        err.println(line);
        if (mode == Mode.bar) {
            drawBar();
        }
        err.flush();
    }

    /** Leaves the terminal line clean for the summary. */
    synchronized void finish() {
        clearBar();
        err.flush();
    }

    private void drawBar() {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
        String line = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status();
        // pad over the previous, possibly longer, line rather than relying on terminal escapes
        err.print("\r" + line + " ".repeat(Math.max(0, barLength - line.length())));
        barLength = line.length();
        err.flush();
    }

    private void clearBar() {
        if (mode == Mode.bar && barLength > 0) {
            err.print("\r" + " ".repeat(barLength) + "\r");
            barLength = 0;
        }
    }

    /** {@code 12/120 (10%), 1 failed, 3 skipped, 8.5 scripts/s, ETA 0:00:13} */
    private String status() {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder();
        b.append(done).append('/').append(total).append(" (").append(total == 0 ? 100 : done * 100L / total).append("%)");
        b.append(", ").append(failed).append(" failed");
        if (skipped > 0) {
            b.append(", ").append(skipped).append(" skipped");
        }
        b.append(String.format(Locale.ROOT, ", %.1f scripts/s", rate));
        if (done < total && rate > 0) {
            b.append(", ETA ").append(clock((total - done) / rate));
        }
        return b.toString();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

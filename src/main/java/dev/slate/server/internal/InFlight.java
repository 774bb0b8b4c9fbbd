package dev.slate.server.internal;

/** The exchanges being handled, so that a shutdown can wait for them to finish. */
public final class InFlight {
    private int count;

    public synchronized void enter() {
        count++;
    }

    public synchronized void leave() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    public synchronized int count() {
        return count;
    }

    /** Waits until no exchange is in flight, at most {@code millis}; true when none is left. */
    public synchronized boolean awaitNone(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (count > 0) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}

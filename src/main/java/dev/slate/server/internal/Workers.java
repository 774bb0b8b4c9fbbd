package dev.slate.server.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The conversions the server runs: at most {@code workers} at once, and at most {@code queue} more admitted
 * to wait. A request is admitted before its body is read, so a full server answers 503 at once, and it
 * keeps its place until its work has really stopped, even past its time limit: a late conversion still
 * occupies a core, and admitting another in its place would overload the machine.
 */
public final class Workers {
    private final int workers;
    private final int queue;
    private final Semaphore places;
    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();

    public Workers(int workers, int queue) {
        this.workers = workers;
        this.queue = queue;
        this.places = new Semaphore(workers + queue);
        this.pool = Executors.newFixedThreadPool(workers, daemons("slate-worker-"));
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A place for one request; 503 when every worker is busy and the queue is full. */
    public Ticket admit() throws ApiError {
        if (!places.tryAcquire()) {
            throw ApiError.busy(workers, queue);
        }
        return new Ticket();
    }

    /** Requests admitted (working or waiting). */
    public int admitted() {
        return workers + queue - places.availablePermits();
    }

    /** Work running now. */
    public int running() {
        return running.get();
    }

    public int workers() {
        return workers;
    }

    public int queue() {
        return queue;
    }

    /** Interrupts the work still running; called once the grace period is over. */
    public void shutdownNow() {
        pool.shutdownNow();
    }

    /** Thrown from inside work that was asked to stop (its time is up); see {@link #stopIfAsked()}. */
    public static final class Stopped extends CancellationException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped: over the time limit");
        }
    }

    /** Called by long work at points where it can stop: throws when its time is up. */
    public static void stopIfAsked() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    /**
     * One admitted request's place. The handler holds it, and so does each piece of work it starts; the
     * place is given back when the last of them lets go.
     */
    public final class Ticket implements AutoCloseable {
        private final AtomicInteger holders = new AtomicInteger(1);

        private void release() {
            if (holders.decrementAndGet() == 0) {
                places.release();
            }
        }

        /** Lets go of the handler's hold. */
        @Override
        public void close() {
            release();
        }

        /**
         * Runs {@code work} on a worker and waits for it, at most {@code limitMillis} from now (waiting for a
         * worker included). Past the limit the work is interrupted and the request answered with 503.
         */
        public <T> T run(Callable<T> work, long limitMillis) throws Exception {
            Job<T> job = new Job<>(work);
            holders.incrementAndGet();
            try {
                pool.execute(job);
            } catch (RejectedExecutionException e) {
                release();
                throw ApiError.stopping();
            }
            try {
                return job.result.get(limitMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                job.stop();
                throw ApiError.timeLimit(limitMillis);
            } catch (InterruptedException e) {
                job.stop();
                Thread.currentThread().interrupt();
                throw ApiError.stopping();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw (Error) cause;
            }
        }

        private final class Job<T> implements Runnable {
            private final Callable<T> work;
            private final CompletableFuture<T> result = new CompletableFuture<>();
            private Thread runner;
            private boolean stopped;

            Job(Callable<T> work) {
                this.work = work;
            }

            /** Interrupts the work if it runs, or keeps it from starting; never a later job on the same thread. */
            synchronized void stop() {
                stopped = true;
                if (runner != null) {
                    runner.interrupt();
                }
            }

            @Override
            public void run() {
                T value = null;
                Throwable failure = null;
                boolean ran = false;
                try {
                    synchronized (this) {
                        if (!stopped) {
                            runner = Thread.currentThread();
                            ran = true;
                        }
                    }
                    if (ran) {
                        running.incrementAndGet();
                        try {
                            value = work.call();
                        } finally {
                            running.decrementAndGet();
                        }
                    }
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    synchronized (this) {
                        runner = null;
                    }
                    Thread.interrupted(); // a stop that came late must not reach the thread's next job
                    // the place is free before the answer leaves: a client's next request must find it free
                    release();
                }
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            }
        }
    }
}

package dev.slate.server.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs an action (closing a stalled connection) when a deadline passes, unless cancelled before. */
public final class Watchdog {
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Workers.daemons("slate-watchdog-"));

    public Alarm arm(Runnable action, long millis) {
        Alarm alarm = new Alarm();
        alarm.future = timer.schedule(() -> {
            if (alarm.state.compareAndSet(ARMED, RANG)) {
                action.run();
            }
        }, millis, TimeUnit.MILLISECONDS);
        return alarm;
    }

    public void shutdownNow() {
        timer.shutdownNow();
    }

    private static final int ARMED = 0;
    private static final int RANG = 1;
    private static final int CANCELLED = 2;

    /** Rings or is cancelled, never both: a body read just in time is not cut off by a late alarm. */
    public static final class Alarm {
        private final AtomicInteger state = new AtomicInteger(ARMED);
        private volatile ScheduledFuture<?> future;

        public boolean rang() {
            return state.get() == RANG;
        }

        public void cancel() {
            state.compareAndSet(ARMED, CANCELLED);
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}

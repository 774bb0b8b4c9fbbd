package dev.slate.server;

import com.sun.net.httpserver.HttpServer;
import dev.slate.server.internal.InFlight;
import dev.slate.server.internal.Routes;
import dev.slate.server.internal.Watchdog;
import dev.slate.server.internal.Workers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Slate over HTTP, on the JDK's own server: {@code POST /convert} (a script in, a {@code .clap} out),
 * {@code POST /parse}, {@code POST /validate} and {@code GET /health}; every error a JSON object
 * {@code {"error": ..., "detail": ...}} with its status. See the README's "HTTP API".
 *
 * <pre>{@code
 * SlateServer server = SlateServer.start(ServerOptions.defaults().withAddress("127.0.0.1", 0));
 * System.out.println(server.uri());   // http://127.0.0.1:41234/
 * server.stop();                      // lets requests in flight finish, within the grace period
 * }</pre>
 */
public final class SlateServer implements AutoCloseable {
    /** Threads that answer requests beyond the admitted ones: refusals (503) and health checks stay quick. */
    private static final int SPARE_HANDLERS = 4;
    /** Connections waiting for a handler thread; past it the JDK server closes new ones. */
    private static final int PENDING_CONNECTIONS = 1024;

    private final ServerOptions options;
    private final HttpServer http;
    private final Workers workers;
    private final Watchdog watchdog;
    private final InFlight inFlight = new InFlight();
    private final ThreadPoolExecutor handlers;
    private volatile boolean stopping;
    private boolean stopped;

    private SlateServer(ServerOptions options, String version) throws IOException {
        this.options = options;
        this.workers = new Workers(options.workers(), options.queue());
        this.watchdog = new Watchdog();
        int threads = options.workers() + options.queue() + SPARE_HANDLERS;
        this.handlers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(PENDING_CONNECTIONS), daemons());
        handlers.allowCoreThreadTimeOut(true);
        this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        http.createContext("/", new Routes(options, workers, watchdog, inFlight, () -> stopping, version));
        http.setExecutor(handlers);
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "slate-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Binds and starts serving; an address in use or not local is an {@link IOException}. */
    public static SlateServer start(ServerOptions options) throws IOException {
        return start(options, "");
    }

    /** @param version what {@code GET /health} reports */
    public static SlateServer start(ServerOptions options, String version) throws IOException {
        SlateServer s = new SlateServer(options, version);
        s.http.start();
        return s;
    }

    public ServerOptions options() {
        return options;
    }

    /** The port listened on: the one asked for, or the one picked for port 0. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://HOST:PORT/}. */
    public URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Requests being handled now. */
    public int inFlight() {
        return inFlight.count();
    }

    /**
     * Stops gracefully: new requests are refused at once (the listening socket is closed, and a request on a
     * kept-alive connection gets 503), requests in flight are given the grace period to finish, then every
     * connection is closed and work still running is interrupted. Returns when done; later calls do nothing.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopping = true;
        long graceMillis = options.grace().toMillis();
        // HttpServer.stop(n) closes the listener at once, then waits up to n seconds for exchanges to end;
        // on JDK 17 it waits the full n when none is in flight, so our own count decides when to cut it short
        Thread closer = new Thread(() -> http.stop((int) Math.min(Integer.MAX_VALUE, (graceMillis + 999) / 1000)),
                "slate-stop");
        closer.setDaemon(true);
        closer.start();
        try {
            inFlight.awaitNone(graceMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        workers.shutdownNow();
        handlers.shutdownNow();
        watchdog.shutdownNow();
        try {
            closer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}

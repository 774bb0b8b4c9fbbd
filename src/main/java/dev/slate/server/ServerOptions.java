package dev.slate.server;

import dev.slate.clap.ClapLimits;
import dev.slate.convert.ScreenplayConverter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link SlateServer} listens and what it bounds. Every limit has a safe default ({@link #defaults()}),
 * and each is an option of {@code slate serve}.
 *
 * @param host the address to listen on; loopback by default, so a server is never exposed by accident
 * @param port the port; 0 picks a free one (the server tells which)
 * @param maxBodyBytes the largest request body: a script or a {@code .clap}; larger ones get 413
 * @param workers conversions (and parses, validations) running at once
 * @param queue requests admitted to wait for a worker; past {@code workers + queue} a request gets 503 at once
 * @param timeLimit the longest a request may wait for a worker and work, once its body is read; past it, 503
 * @param ioTimeout the longest a client may take to send its body or to take the response; past it the
 *     connection is closed
 * @param grace on {@link SlateServer#stop()}, how long requests in flight are given to finish
 * @param clapLimits the reader's limits for {@code .clap} bodies ({@code POST /validate})
 * @param maxSegments the most segments a converted project may hold; a script that needs more gets 413
 * @param log told one line per request; {@code line -> { }} for none
 */
public record ServerOptions(
        String host,
        int port,
        long maxBodyBytes,
        int workers,
        int queue,
        Duration timeLimit,
        Duration ioTimeout,
        Duration grace,
        ClapLimits clapLimits,
        int maxSegments,
        Consumer<String> log) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;
    public static final int DEFAULT_QUEUE = 16;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_IO_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
    /** A server holds several .clap files in memory at once: a tighter bound than the command line's 128M. */
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 64L << 20;
    public static final int DEFAULT_MAX_SCALAR_LENGTH = 16 << 20;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(ioTimeout, "ioTimeout");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(clapLimits, "clapLimits");
        Objects.requireNonNull(log, "log");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1 || workers < 1 || queue < 0 || maxSegments < 1) {
            throw new IllegalArgumentException("the body and segment limits and workers must be 1 or more, the queue 0 or more");
        }
        if (timeLimit.isNegative() || timeLimit.isZero() || ioTimeout.isNegative() || ioTimeout.isZero()
                || grace.isNegative()) {
            throw new IllegalArgumentException("the time limit and I/O timeout must be positive, the grace 0 or more");
        }
    }

    /** Loopback, port 8080, a worker per core and every limit at its default; no request log. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, DEFAULT_TIME_LIMIT, DEFAULT_IO_TIMEOUT,
                DEFAULT_GRACE, ClapLimits.defaults().withMaxDecompressedBytes(DEFAULT_MAX_DECOMPRESSED_BYTES)
                        .withMaxScalarLength(DEFAULT_MAX_SCALAR_LENGTH),
                ScreenplayConverter.DEFAULT_MAX_SEGMENTS, line -> { });
    }

    public ServerOptions withAddress(String host, int port) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, ioTimeout, grace, clapLimits, maxSegments, log);
    }

    public ServerOptions withMaxBodyBytes(long v) {
        return new ServerOptions(host, port, v, workers, queue, timeLimit, ioTimeout, grace, clapLimits, maxSegments, log);
    }

    public ServerOptions withWorkers(int workers, int queue) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, ioTimeout, grace, clapLimits, maxSegments, log);
    }

    public ServerOptions withTimeLimit(Duration v) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, v, ioTimeout, grace, clapLimits, maxSegments, log);
    }

    public ServerOptions withIoTimeout(Duration v) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, v, grace, clapLimits, maxSegments, log);
    }

    public ServerOptions withGrace(Duration v) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, ioTimeout, v, clapLimits, maxSegments, log);
    }

    public ServerOptions withClapLimits(ClapLimits v) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, ioTimeout, grace, v, maxSegments, log);
    }

    public ServerOptions withMaxSegments(int v) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, ioTimeout, grace, clapLimits, v, log);
    }

    public ServerOptions withLog(Consumer<String> v) {
        return new ServerOptions(host, port, maxBodyBytes, workers, queue, timeLimit, ioTimeout, grace, clapLimits, maxSegments, v);
    }
}

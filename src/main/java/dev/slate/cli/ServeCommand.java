package dev.slate.cli;

import dev.slate.clap.ClapLimits;
import dev.slate.server.ServerOptions;
import dev.slate.server.SlateServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code slate serve}: the HTTP API, until SIGTERM or Ctrl-C, which let requests in flight finish. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        description = {
            "Serve Slate over HTTP: POST /convert (a script in, a .clap out), POST /parse (the structure as JSON), "
                + "POST /validate (a .clap in, findings as JSON), GET /health. Errors are JSON "
                + "{\"error\": ..., \"detail\": ...} with their status: 400 unreadable input, 404, 405, 413 over the "
                + "body limit, 415 unknown format, 503 busy (with Retry-After) or over the time limit.",
            "Prints the URL once listening, then one line per request (--quiet: none). SIGTERM or Ctrl-C stops it "
                + "gracefully: no new request is taken, requests in flight get --grace to finish.",
            ""})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to listen on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--max-body-bytes", paramLabel = "SIZE", converter = Sizes.PositiveLong.class, defaultValue = "16M",
            description = "Largest request body (a script or a .clap; K, M, G suffixes); larger ones get 413. "
                    + "Default: ${DEFAULT-VALUE}.")
    long maxBodyBytes;

    @Option(names = "--max-segments", paramLabel = "N", converter = Sizes.PositiveInt.class, defaultValue = "100000",
            description = "Most segments a converted project may hold; a script that needs more gets 413. "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxSegments;

    @Option(names = "--workers", paramLabel = "N", converter = Sizes.PositiveInt.class,
            description = "Requests worked on at once. Default: the number of cores (${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", converter = Sizes.NonNegativeInt.class, defaultValue = "16",
            description = "Requests admitted to wait for a worker; beyond workers + queue a request gets 503 at once. "
                    + "Default: ${DEFAULT-VALUE}.")
    int queue;

    @Option(names = "--time-limit", paramLabel = "TIME", converter = Durations.class, defaultValue = "60s",
            description = "Longest a request may wait for a worker and be worked on, once its body is read; past it, "
                    + "503 and the work is stopped. Default: ${DEFAULT-VALUE}.")
    Duration timeLimit;

    @Option(names = "--io-timeout", paramLabel = "TIME", converter = Durations.class, defaultValue = "30s",
            description = "Longest a client may take to send its body; past it the connection is closed. "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration ioTimeout;

    @Option(names = "--grace", paramLabel = "TIME", converter = Durations.class, defaultValue = "10s",
            description = "On SIGTERM, how long requests in flight are given to finish. Default: ${DEFAULT-VALUE}.")
    Duration grace;

    @Option(names = "--max-decompressed-bytes", paramLabel = "SIZE", converter = Sizes.PositiveLong.class,
            defaultValue = "64M",
            description = "POST /validate: largest .clap YAML once gunzipped. Default: ${DEFAULT-VALUE}.")
    long maxDecompressedBytes;

    @Option(names = "--max-aliases", paramLabel = "N", converter = Sizes.NonNegativeInt.class, defaultValue = "100",
            description = "POST /validate: YAML aliases allowed in a .clap. Default: ${DEFAULT-VALUE}.")
    int maxAliases;

    @Option(names = "--max-nesting-depth", paramLabel = "N", converter = Sizes.PositiveInt.class, defaultValue = "64",
            description = "POST /validate: deepest YAML nesting. Default: ${DEFAULT-VALUE}.")
    int maxNestingDepth;

    @Option(names = "--max-scalar-length", paramLabel = "SIZE", converter = Sizes.PositiveInt.class,
            defaultValue = "16M",
            description = "POST /validate: longest single YAML string. Default: ${DEFAULT-VALUE}.")
    int maxScalarLength;

    @Option(names = {"-q", "--quiet"}, description = "No line per request (the URL and errors are still printed).")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ServerOptions options = options(out);
        guardStalledConnections();
        SlateServer server;
        try {
            server = SlateServer.start(options, Main.Version.version());
        } catch (IOException e) {
            throw new UserError(host + ":" + port + ": cannot listen (" + Inputs.describe(e) + ")", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("slate serve: stopping; " + server.inFlight() + " requests in flight, up to "
                    + Durations.show(grace) + " to finish");
            out.flush();
            server.stop();
            out.println("slate serve: stopped");
            out.flush();
            stopped.countDown();
        }, "slate-serve-shutdown"));
        out.println("slate serve: listening on " + server.uri() + " (" + options.workers() + " workers, queue "
                + options.queue() + ", body limit " + maxBodyBytes + " bytes, time limit " + Durations.show(timeLimit)
                + ")");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    private ServerOptions options(PrintWriter out) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: must be from 0 to 65535, not " + port);
        }
        if (timeLimit.isZero() || ioTimeout.isZero()) {
            throw new ParameterException(spec.commandLine(), "--time-limit and --io-timeout must be more than 0");
        }
        ClapLimits limits = new ClapLimits(maxBodyBytes, maxDecompressedBytes, maxAliases, maxNestingDepth,
                maxScalarLength);
        return ServerOptions.defaults().withAddress(host, port).withMaxBodyBytes(maxBodyBytes)
                .withWorkers(workers, queue).withTimeLimit(timeLimit).withIoTimeout(ioTimeout).withGrace(grace)
                .withClapLimits(limits).withMaxSegments(maxSegments).withLog(quiet ? line -> { } : line -> {
                    out.println(line);
                    out.flush();
                });
    }

    /**
     * The JDK server's own timers close a connection whose request or response drags on, whatever the handler
     * is doing (draining an unread body, writing to a client that does not read). They are read once per
     * process from system properties, so the command sets them, unless the user did.
     */
    private void guardStalledConnections() {
        long seconds = (ioTimeout.toMillis() + timeLimit.toMillis() + 999) / 1000;
        for (String p : new String[] {"sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime"}) {
            if (System.getProperty(p) == null) {
                System.setProperty(p, Long.toString(seconds));
            }
        }
    }
}

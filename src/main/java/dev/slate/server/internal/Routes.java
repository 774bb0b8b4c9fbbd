package dev.slate.server.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.slate.Slate;
import dev.slate.clap.ClapFormatException;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapValidator;
import dev.slate.convert.ProgressListener;
import dev.slate.convert.TooManySegmentsException;
import dev.slate.internal.ScreenplayJson;
import dev.slate.parse.Screenplay;
import dev.slate.parse.TaggedLine;
import dev.slate.server.ServerOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Every request: routed by path and method, admitted, read, worked on and answered, errors included, as
 * JSON; one log line each.
 */
public final class Routes implements HttpHandler {
    private static final String GZIP = "application/x-gzip";
    private static final String TSV = "text/tab-separated-values; charset=utf-8";

    private final ServerOptions options;
    private final Workers workers;
    private final Watchdog watchdog;
    private final InFlight inFlight;
    private final BooleanSupplier stopping;
    private final Slates slates;
    private final ClapReader clapReader;
    private final ClapValidator validator = new ClapValidator();
    private final String version;

    public Routes(ServerOptions options, Workers workers, Watchdog watchdog, InFlight inFlight,
            BooleanSupplier stopping, String version) {
        this.options = options;
        this.workers = workers;
        this.watchdog = watchdog;
        this.inFlight = inFlight;
        this.stopping = stopping;
        this.version = version;
        this.slates = new Slates(options.maxBodyBytes(), options.maxSegments());
        this.clapReader = new ClapReader(options.clapLimits().withMaxCompressedBytes(
                Math.min(options.clapLimits().maxCompressedBytes(), options.maxBodyBytes())));
    }

    @Override
    public void handle(HttpExchange ex) {
        boolean lateComer = stopping.getAsBoolean(); // a request that arrived before a stop is in flight: served
        inFlight.enter();
        long start = System.nanoTime();
        String outcome;
        try {
            Response r;
            try {
                r = route(ex, lateComer);
            } catch (ApiError e) {
                r = Response.error(e);
                if (e.status() == 413 || e.status() == 503) {
                    r = r.withHeader("Connection", "close"); // the body may be unread: do not reuse the connection
                }
            } catch (Body.Stalled e) {
                r = null;
                outcome = "- " + e.getMessage();
                log(ex, start, outcome);
                return;
            } catch (RuntimeException | Error e) {
                r = Response.error(ApiError.internal(Show.clip(String.valueOf(e))));
            }
            outcome = send(ex, r);
            log(ex, start, outcome);
        } finally {
            ex.close();
            inFlight.leave();
        }
    }

    private Response route(HttpExchange ex, boolean lateComer) throws ApiError, Body.Stalled {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        switch (path == null ? "" : path) {
            case "/health":
                expect(method, path, "GET");
                return health();
            case "/convert":
                expect(method, path, "POST");
                return convert(ex, lateComer);
            case "/parse":
                expect(method, path, "POST");
                return parse(ex, lateComer);
            case "/validate":
                expect(method, path, "POST");
                return validate(ex, lateComer);
            default:
                throw ApiError.notFound(Show.clip(String.valueOf(path)));
        }
    }

    private static void expect(String method, String path, String allowed) throws ApiError {
        if (!allowed.equals(method)) {
            throw ApiError.methodNotAllowed(Show.clip(method), path, allowed);
        }
    }

    private Response health() {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean stop = stopping.getAsBoolean();
        m.put("status", stop ? "stopping" : "ok");
        m.put("version", version);
        m.put("workers", workers.workers());
        m.put("queue", workers.queue());
        m.put("admitted", workers.admitted());
        m.put("running", workers.running());
        m.put("maxBodyBytes", options.maxBodyBytes());
        m.put("timeLimitMs", options.timeLimit().toMillis());
        return Response.json(stop ? 503 : 200, m);
    }

    // ---- work

    private Response convert(HttpExchange ex, boolean lateComer) throws ApiError, Body.Stalled {
        ScriptRequest sr = ScriptRequest.of(Query.parse(ex.getRequestURI().getRawQuery(), ScriptRequest.CONVERT_PARAMETERS),
                ex.getRequestHeaders().getFirst("Content-Type"), true);
        Slate slate = slates.get(sr.language(), sr.options());
        byte[] clap = admitted(ex, lateComer, body -> {
            ProgressListener stop = stopListener();
            Screenplay screenplay = slate.parse(body, sr.name(), sr.formatOf(body), stop);
            ClapProject project;
            try {
                project = Slate.titled(slate.convert(screenplay, stop), sr.fileName());
            } catch (TooManySegmentsException e) {
                throw ApiError.tooManySegments(sr.name() + ": " + e.getMessage() + " (slate serve --max-segments)");
            }
            Workers.stopIfAsked();
            return slate.toBytes(project);
        });
        return new Response(200, GZIP, clap, Map.of("Content-Disposition",
                "attachment; filename=\"" + RoutesNames.clapName(sr.fileName()) + "\""));
    }

    private Response parse(HttpExchange ex, boolean lateComer) throws ApiError, Body.Stalled {
        Query q = Query.parse(ex.getRequestURI().getRawQuery(), ScriptRequest.PARSE_PARAMETERS);
        ScriptRequest sr = ScriptRequest.of(q, ex.getRequestHeaders().getFirst("Content-Type"), false);
        boolean tags = q.flag("tags");
        Slate slate = slates.get(sr.language(), sr.options());
        return admitted(ex, lateComer, body -> {
            Screenplay screenplay = slate.parse(body, sr.name(), sr.formatOf(body), stopListener());
            if (tags) {
                StringBuilder b = new StringBuilder(screenplay.lines().size() * 48);
                for (TaggedLine l : screenplay.lines()) {
                    b.append(l.tsv()).append('\n');
                }
                return Response.text(TSV, b.toString());
            }
            return Response.json(200, ScreenplayJson.of(sr.name(), screenplay));
        });
    }

    private Response validate(HttpExchange ex, boolean lateComer) throws ApiError, Body.Stalled {
        Query q = Query.parse(ex.getRequestURI().getRawQuery(), Set.of("filename"));
        String name = q.get("filename") != null ? q.get("filename") : "<body>";
        return admitted(ex, lateComer, body -> {
            ClapReadResult read = clapReader.read(body, name);
            Workers.stopIfAsked();
            return Response.json(200, FindingsJson.of(name, validator.validate(read)));
        });
    }

    private static ProgressListener stopListener() {
        return (stage, fraction) -> Workers.stopIfAsked();
    }

    private interface Work<T> {
        T on(byte[] body) throws Exception;
    }

    /** Admits the request (or 503), reads its body (or 413), and runs the work on a worker within the time limit. */
    private <T> T admitted(HttpExchange ex, boolean lateComer, Work<T> work) throws ApiError, Body.Stalled {
        Body.declaredLength(ex, options.maxBodyBytes());
        if (lateComer) {
            throw ApiError.stopping();
        }
        try (Workers.Ticket ticket = workers.admit()) {
            byte[] body = Body.read(ex, options.maxBodyBytes(), watchdog, options.ioTimeout().toMillis());
            try {
                return ticket.run(() -> work.on(body), options.timeLimit().toMillis());
            } catch (ApiError | RuntimeException e) {
                throw e;
            } catch (Slate.ScriptException e) {
                throw ApiError.unreadable(e.getMessage());
            } catch (ClapFormatException e) {
                throw ApiError.unreadable(e.getMessage());
            } catch (Exception e) {
                throw ApiError.internal(Show.clip(String.valueOf(e)));
            }
        }
    }

    // ---- answering

    /** Sends the response; returns what the log says of it. */
    private String send(HttpExchange ex, Response r) {
        try {
            r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                OutputStream out = ex.getResponseBody();
                out.write(r.body());
                out.flush();
            }
            return r.status() + " " + r.body().length;
        } catch (IOException e) {
            return r.status() + " - client gone (" + Show.clip(String.valueOf(e.getMessage())) + ")";
        }
    }

    private void log(HttpExchange ex, long startNanos, String outcome) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000L;
        String client = ex.getRemoteAddress() == null ? "-" : ex.getRemoteAddress().getAddress().getHostAddress();
        options.log().accept(Instant.now() + " " + client + " " + Show.clip(ex.getRequestMethod()) + " "
                + Show.clip(String.valueOf(ex.getRequestURI())) + " " + outcome + " " + ms + "ms");
    }
}

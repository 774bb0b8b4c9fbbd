package dev.slate.server.internal;

/**
 * A request the server answers with an error: the status, a short name of what went wrong
 * ({@code "unreadable input"}) and a one-line detail naming the input and the reason.
 */
public final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String detail;
    private final String allow;
    private final boolean retryLater;

    private ApiError(int status, String error, String detail, String allow, boolean retryLater) {
        super(status + " " + error + ": " + detail, null, false, false);
        this.status = status;
        this.error = error;
        this.detail = detail;
        this.allow = allow;
        this.retryLater = retryLater;
    }

    public static ApiError badRequest(String detail) {
        return new ApiError(400, "bad request", detail, null, false);
    }

    public static ApiError unreadable(String detail) {
        return new ApiError(400, "unreadable input", detail, null, false);
    }

    public static ApiError notFound(String path) {
        return new ApiError(404, "not found", path + ": no such endpoint; try POST /convert, POST /parse, "
                + "POST /validate or GET /health", null, false);
    }

    public static ApiError methodNotAllowed(String method, String path, String allow) {
        return new ApiError(405, "method not allowed", method + " " + path + ": use " + allow, allow, false);
    }

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "body too large", "the body is larger than " + limit
                + " bytes (slate serve --max-body-bytes)", null, false);
    }

    /** A script that would make a project over the segment limit: too large, though its body was not. */
    public static ApiError tooManySegments(String detail) {
        return new ApiError(413, "project too large", detail, null, false);
    }

    public static ApiError unsupportedFormat(String detail) {
        return new ApiError(415, "unsupported format", detail, null, false);
    }

    public static ApiError busy(int workers, int queue) {
        return new ApiError(503, "busy", "all " + workers + " workers are busy and the queue of " + queue
                + " is full; retry later", null, true);
    }

    public static ApiError timeLimit(long millis) {
        return new ApiError(503, "time limit", "the request took longer than " + millis
                + " ms to be served (slate serve --time-limit)", null, false);
    }

    public static ApiError stopping() {
        return new ApiError(503, "stopping", "the server is shutting down", null, true);
    }

    public static ApiError internal(String detail) {
        return new ApiError(500, "internal error", detail, null, false);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return detail;
    }

    /** The methods the path takes, for a 405's {@code Allow} header; null otherwise. */
    public String allow() {
        return allow;
    }

    /** True when the same request may succeed later: the answer carries {@code Retry-After}. */
    public boolean retryLater() {
        return retryLater;
    }
}

package dev.slate.server.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body within the size limit: a declared {@code Content-Length} over the limit is refused
 * before a byte is read, and a body without one (chunked) is refused as soon as it grows past the limit.
 */
public final class Body {
    private Body() {
    }

    /** The declared length, or -1 when the body is chunked; 413 when it is over the limit, 400 when it is garbage. */
    public static long declaredLength(HttpExchange ex, long max) throws ApiError {
        String cl = ex.getRequestHeaders().getFirst("Content-Length");
        if (cl == null) {
            return -1;
        }
        long n;
        try {
            n = Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Content-Length " + Show.clip(cl) + ": not a length");
        }
        if (n > max) {
            throw ApiError.tooLarge(max);
        }
        return n;
    }

    /**
     * The whole body. A client that stops sending for longer than the I/O timeout has its connection closed
     * by the watchdog: {@link Stalled} is thrown and no answer can be sent.
     */
    public static byte[] read(HttpExchange ex, long max, Watchdog watchdog, long ioTimeoutMillis)
            throws ApiError, Stalled {
        declaredLength(ex, max);
        Watchdog.Alarm alarm = watchdog.arm(ex::close, ioTimeoutMillis);
        try {
            InputStream in = ex.getRequestBody(); // not closed here: closing drains, the exchange's close does it
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw ApiError.tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            if (alarm.rang()) {
                throw new Stalled(ioTimeoutMillis);
            }
            throw ApiError.badRequest("the body could not be read (" + Show.clip(String.valueOf(e.getMessage())) + ")");
        } finally {
            alarm.cancel();
        }
    }

    /** The client stopped sending its body; its connection is closed, there is no one to answer. */
    public static final class Stalled extends Exception {
        private static final long serialVersionUID = 1L;

        Stalled(long millis) {
            super("the body did not arrive within " + millis + " ms (--io-timeout); connection closed", null, false, false);
        }
    }
}

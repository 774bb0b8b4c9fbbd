package dev.slate.server.internal;

import dev.slate.internal.Json;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the server sends back: a status, a body and its type, and a few headers. */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";

    /**
     * Written as UTF-8 bytes as it is made, never as one String: the structure of a script of a few megabytes
     * is tens of megabytes of JSON, and a String of it (then its bytes) would hold it three times over.
     */
    public static Response json(int status, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
        Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 14);
        try {
            Json.write(value, out, true);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return new Response(status, JSON, bytes.toByteArray(), Map.of());
    }

    public static Response text(String contentType, String text) {
        return new Response(200, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response error(ApiError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", e.error());
        m.put("detail", e.detail());
        Map<String, String> headers = new LinkedHashMap<>();
        if (e.allow() != null) {
            headers.put("Allow", e.allow());
        }
        if (e.retryLater()) {
            headers.put("Retry-After", "1");
        }
        Response r = json(e.status(), m);
        return new Response(r.status, r.contentType, r.body, headers);
    }

    public Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }
}

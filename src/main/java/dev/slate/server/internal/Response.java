package dev.slate.server.internal;

import dev.slate.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the server sends back: a status, a body and its type, and a few headers. */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";

    public static Response json(int status, Object value) {
        return new Response(status, JSON, (Json.toPrettyJson(value) + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
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

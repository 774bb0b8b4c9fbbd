package dev.slate.server.internal;

import dev.slate.internal.Cases;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, decoded. A parameter the endpoint does not take, or one given twice, is a
 * 400: a misspelt option silently ignored would convert with a default the caller did not ask for.
 */
public final class Query {
    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    /** @param rawQuery the query as received, still percent-encoded; null when there is none */
    public static Query parse(String rawQuery, Set<String> known) throws ApiError {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!known.contains(name)) {
                    throw ApiError.badRequest("unknown parameter '" + Show.clip(name) + "'; this endpoint takes: "
                            + String.join(", ", new TreeSet<>(known)));
                }
                if (values.put(name, value) != null) {
                    throw ApiError.badRequest("parameter '" + name + "' given twice");
                }
            }
        }
        return new Query(values);
    }

    private static String decode(String s) throws ApiError {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("malformed query string (" + Show.clip(s) + ")");
        }
    }

    /** The value, or null when the parameter is absent or empty. */
    public String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public boolean flag(String name) throws ApiError {
        if (!values.containsKey(name)) {
            return false;
        }
        String v = Cases.lower(values.get(name).trim());
        switch (v) {
            case "", "true", "1", "yes", "on":
                return true;
            case "false", "0", "no", "off":
                return false;
            default:
                throw ApiError.badRequest(name + "=" + Show.clip(v) + ": not true or false");
        }
    }

    public long longValue(String name, long otherwise) throws ApiError {
        String v = get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + "=" + Show.clip(v) + ": not a whole number");
        }
    }

    public int intValue(String name, int otherwise) throws ApiError {
        long v = longValue(name, otherwise);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw ApiError.badRequest(name + "=" + v + ": out of range");
        }
        return (int) v;
    }

    public double doubleValue(String name, double otherwise) throws ApiError {
        String v = get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + "=" + Show.clip(v) + ": not a number");
        }
    }
}

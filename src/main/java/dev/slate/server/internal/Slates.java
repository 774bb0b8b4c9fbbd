package dev.slate.server.internal;

import dev.slate.Slate;
import dev.slate.convert.ConvertOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link Slate}s requests ask for, by language and options. Building one loads the grammars, so the
 * few combinations in use are kept; a flood of odd options cannot grow the cache past {@value #MAX}.
 */
public final class Slates {
    static final int MAX = 16;

    private final long maxInputBytes;
    private final int maxSegments;
    private final Map<Key, Slate> cache = new LinkedHashMap<>(MAX * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Slate> eldest) {
            return size() > MAX;
        }
    };

    public Slates(long maxInputBytes, int maxSegments) {
        this.maxInputBytes = maxInputBytes;
        this.maxSegments = maxSegments;
    }

    private record Key(String language, ConvertOptions options) {
    }

    /** 400 for a language Slate does not know. */
    public Slate get(String language, ConvertOptions options) throws ApiError {
        Key key = new Key(language, options);
        synchronized (cache) {
            Slate s = cache.get(key);
            if (s != null) {
                return s;
            }
        }
        Slate s;
        try {
            s = Slate.builder().language(language).options(options).maxInputBytes(maxInputBytes).maxSegments(maxSegments)
                    .build();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("lang=" + Show.clip(language) + ": " + e.getMessage());
        }
        synchronized (cache) {
            cache.putIfAbsent(key, s);
        }
        return s;
    }
}

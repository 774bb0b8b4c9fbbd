package dev.slate.parse;

import dev.slate.parse.internal.Grammar;
import dev.slate.parse.internal.Preload;
import dev.slate.parse.internal.ScriptReader;
import dev.slate.source.ScriptText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plain-text screenplay, indented or flattened, and tags every line. Build it once and reuse
 * it: the grammars are loaded when it is built, and {@link #parse} keeps no state between calls, so
 * one parser serves any number of threads.
 *
 * <pre>{@code
 * ScreenplayParser parser = ScreenplayParser.builder().build();
 * Screenplay screenplay = parser.parse(ScriptText.of(bytes));
 * }</pre>
 */
public final class ScreenplayParser {

    private final Map<String, Grammar> grammars;
    private final Optional<String> language;

    private ScreenplayParser(Builder b) {
        Map<String, Grammar> g = new LinkedHashMap<>();
        for (String lang : Grammar.LANGUAGES) {
            g.put(lang, Grammar.load(lang));
        }
        this.grammars = g;
        this.language = b.language;
        language.ifPresent(lang -> {
            if (!grammars.containsKey(lang)) {
                throw new IllegalArgumentException("unknown language '" + lang + "'; known: " + String.join(", ", Grammar.LANGUAGES));
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads now what parsing otherwise loads when first needed: every bundled grammar and the sentence
     * model (about 50 ms together, cold). Thread-safe; a process that will parse soon, such as the command
     * line, calls it on a background thread so that the loading overlaps its other start-up work.
     */
    public static void preload() {
        Preload.grammarsAndModel();
    }

    public Screenplay parse(ScriptText text) {
        return new ScriptReader(grammars, language.orElse(null)).read(text);
    }

    public Screenplay parse(String text) {
        return parse(ScriptText.of(text));
    }

    public static final class Builder {
        private Optional<String> language = Optional.empty();

        private Builder() {
        }

        /** The script's language ({@code en}, {@code fr}, {@code es}, {@code de}); detected when not set. */
        public Builder language(String language) {
            this.language = Optional.ofNullable(language);
            return this;
        }

        public ScreenplayParser build() {
            return new ScreenplayParser(this);
        }
    }
}

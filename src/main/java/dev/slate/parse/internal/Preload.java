package dev.slate.parse.internal;

/** Loads what a first parse needs and a parser otherwise loads on demand: the grammars and the sentence model. */
public final class Preload {
    private Preload() {
    }

    public static void grammarsAndModel() {
        for (String language : Grammar.LANGUAGES) {
            Grammar.load(language);
        }
        SentenceSplitter.loadModel();
    }
}

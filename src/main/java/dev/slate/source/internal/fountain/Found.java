package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/** What a rule found a line to be: the element, its text without markup, a scene number, dual dialogue. */
record Found(Type type, String text, String sceneNumber, boolean dual) {
    Found(Type type, String text) {
        this(type, text, "", false);
    }
}

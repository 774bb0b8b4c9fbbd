package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/** {@code ~Singing in the rain}: a line of lyrics, inside a speech or out of one. */
final class LyricsRule implements ElementRule {
    @Override
    public Found match(Block line) {
        String t = line.text();
        return t.startsWith("~") ? new Found(Type.LYRICS, Emphasis.strip(t.substring(1).strip())) : null;
    }
}

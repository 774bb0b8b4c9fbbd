package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/** {@code !SCREAMING IN CAPITALS}: action, whatever it looks like. */
final class ForcedActionRule implements ElementRule {
    @Override
    public Found match(Block line) {
        String t = line.text();
        return t.startsWith("!") ? new Found(Type.ACTION, Emphasis.strip(t.substring(1).strip())) : null;
    }
}

package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/**
 * A transition: a line in capitals ending in {@code TO:}, alone between blank lines ({@code CUT TO:}), or
 * any line forced with {@code >} ({@code > FADE OUT.}).
 */
final class TransitionRule implements ElementRule {
    @Override
    public Found match(Block line) {
        String t = line.text();
        if (t.startsWith(">")) {
            return new Found(Type.TRANSITION, Emphasis.strip(t.substring(1).strip()));
        }
        if (line.blankBefore() && line.blankAfter() && t.endsWith("TO:") && CharacterRule.isUpper(t)) {
            return new Found(Type.TRANSITION, Emphasis.strip(t));
        }
        return null;
    }
}

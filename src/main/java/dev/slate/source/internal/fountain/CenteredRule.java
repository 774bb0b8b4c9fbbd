package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/** {@code > THE END <}: centered text. A {@code >} without the closing {@code <} is a forced transition. */
final class CenteredRule implements ElementRule {
    @Override
    public Found match(Block line) {
        String t = line.text();
        if (t.length() >= 2 && t.charAt(0) == '>' && t.charAt(t.length() - 1) == '<') {
            return new Found(Type.CENTERED, Emphasis.strip(t.substring(1, t.length() - 1).strip()));
        }
        return null;
    }
}

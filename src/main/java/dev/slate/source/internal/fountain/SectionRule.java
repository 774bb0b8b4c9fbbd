package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/**
 * {@code # Act One}, {@code ## Sequence}: a section, kept as structure (the parser opens a sequence on it)
 * and never shown. {@code = text} is a synopsis.
 */
final class SectionRule implements ElementRule {
    @Override
    public Found match(Block line) {
        String t = line.text();
        if (t.startsWith("#")) {
            int i = 0;
            while (i < t.length() && t.charAt(i) == '#') {
                i++;
            }
            return new Found(Type.SECTION, Emphasis.strip(t.substring(i).strip()));
        }
        if (t.startsWith("=") && !PageBreakRule.isPageBreak(t)) {
            return new Found(Type.SYNOPSIS, Emphasis.strip(t.substring(1).strip()));
        }
        return null;
    }
}

package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/** {@code ===} (three or more equals signs alone on a line): a page break. */
final class PageBreakRule implements ElementRule {
    static boolean isPageBreak(String t) {
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '=') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Found match(Block line) {
        return isPageBreak(line.text()) ? new Found(Type.PAGE, line.text()) : null;
    }
}

package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;

/**
 * A character cue: after a blank line and right before the speech, a name in capitals (with at least one
 * letter; extensions such as {@code (V.O.)} or {@code (cont'd)} in any case), or any name forced with
 * {@code @} ({@code @McCLANE}). A trailing {@code ^} makes it the second side of dual dialogue.
 */
final class CharacterRule implements ElementRule {
    @Override
    public Found match(Block line) {
        String t = line.text();
        boolean forced = t.startsWith("@");
        if (!forced && (!line.blankBefore() || line.blankAfter())) {
            return null;
        }
        String cue = forced ? t.substring(1).strip() : t;
        boolean dual = cue.endsWith("^");
        if (dual) {
            cue = cue.substring(0, cue.length() - 1).strip();
        }
        if (cue.isEmpty() || !forced && !isName(cue)) {
            return null;
        }
        return new Found(Type.CHARACTER, Emphasis.strip(cue), "", dual);
    }

    /**
     * Capitals, with a letter among them, then only extensions: {@code AMY (35), with glasses} is a
     * sentence of action, not a cue.
     */
    private static boolean isName(String cue) {
        int paren = cue.indexOf('(');
        if (paren < 0) {
            return isUpper(cue);
        }
        return isUpper(cue.substring(0, paren)) && cue.endsWith(")");
    }

    /** Has a letter, and no lowercase one. */
    static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }
}

package dev.slate.parse.internal;

/** Act and part cards that stand as block titles: {@code ACT ONE}, {@code END OF ACT TWO}, {@code TEASER}. */
final class ActCardRule {
    private ActCardRule() {
    }

    static boolean matches(Grammar grammar, String content) {
        if (!Shapes.allCaps(content)) {
            return false;
        }
        String u = Grammar.upper(content);
        if (grammar.has("act", u)) {
            return true;
        }
        String p = grammar.prefix("act", u);
        return p != null && Shapes.words(u) <= Shapes.words(p) + 2 && !u.endsWith(".");
    }
}

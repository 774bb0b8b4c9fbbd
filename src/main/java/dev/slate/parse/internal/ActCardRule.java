package dev.slate.parse.internal;

/** Act and part cards that stand as block titles: {@code ACT ONE}, {@code END OF ACT TWO}, {@code TEASER}. */
final class ActCardRule {
    private ActCardRule() {
    }

    static boolean matches(Grammar grammar, String content) {
        return Shapes.allCaps(content) && matchesUpper(grammar, Grammar.upper(content));
    }

    /** The same for a line of the parser, whose capitals are worked out once. */
    static boolean matches(Grammar grammar, Line l) {
        return l.allCaps() && matchesUpper(grammar, l.upper());
    }

    private static boolean matchesUpper(Grammar grammar, String u) {
        if (grammar.has("act", u)) {
            return true;
        }
        String p = grammar.prefix("act", u);
        return p != null && Shapes.words(u) <= Shapes.words(p) + 2 && !u.endsWith(".");
    }
}

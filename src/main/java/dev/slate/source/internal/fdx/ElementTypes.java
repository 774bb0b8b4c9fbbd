package dev.slate.source.internal.fdx;

import dev.slate.internal.Cases;
import dev.slate.source.ScriptElement.Type;
import java.util.Map;

/**
 * What each Final Draft paragraph type is in Slate's words. Types this table does not know (a template's
 * own elements) read as action: text on the page that nobody speaks.
 */
final class ElementTypes {
    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("scene heading", Type.HEADING),
            Map.entry("action", Type.ACTION),
            Map.entry("general", Type.ACTION),
            Map.entry("cast list", Type.ACTION),
            Map.entry("character", Type.CHARACTER),
            Map.entry("parenthetical", Type.PARENTHETICAL),
            Map.entry("dialogue", Type.DIALOGUE),
            Map.entry("transition", Type.TRANSITION),
            Map.entry("shot", Type.SHOT),
            Map.entry("new act", Type.TITLE),
            Map.entry("end of act", Type.TITLE),
            Map.entry("lyrics", Type.LYRICS));

    private ElementTypes() {
    }

    static Type of(FdxParagraph p) {
        Type t = TYPES.getOrDefault(Cases.lower(p.type()), Type.ACTION);
        // Final Draft has no centered element: writers center an action paragraph (THE END).
        if (t == Type.ACTION && p.alignment().equalsIgnoreCase("Center")) {
            return Type.CENTERED;
        }
        return t;
    }
}

package dev.slate.source.internal.fdx;

import dev.slate.internal.Cases;
import dev.slate.source.ScriptElement.Type;
import java.util.Map;
import java.util.HashMap;

/**
 * What each Final Draft paragraph type is in Slate's words. Types this table does not know (a template's
 * own elements) read as action: text on the page that nobody speaks.
 */
final class ElementTypes {
    /** The types as Final Draft spells them. */
    private static final Map<String, Type> AS_FINAL_DRAFT_WRITES_THEM = Map.ofEntries(
            Map.entry("Scene Heading", Type.HEADING),
            Map.entry("Action", Type.ACTION),
            Map.entry("General", Type.ACTION),
            Map.entry("Cast List", Type.ACTION),
            Map.entry("Character", Type.CHARACTER),
            Map.entry("Parenthetical", Type.PARENTHETICAL),
            Map.entry("Dialogue", Type.DIALOGUE),
            Map.entry("Transition", Type.TRANSITION),
            Map.entry("Shot", Type.SHOT),
            Map.entry("New Act", Type.TITLE),
            Map.entry("End of Act", Type.TITLE),
            Map.entry("Lyrics", Type.LYRICS));
    /** The same in lower case, for files written otherwise; looked up second, so most types are not lower-cased. */
    private static final Map<String, Type> TYPES = new HashMap<>();

    static {
        // a loop rather than a stream: no lambda to spin up when a Final Draft file is the first thing read
        for (Map.Entry<String, Type> e : AS_FINAL_DRAFT_WRITES_THEM.entrySet()) {
            TYPES.put(Cases.lower(e.getKey()), e.getValue());
        }
    }

    private ElementTypes() {
    }

    static Type of(FdxParagraph p) {
        Type t = AS_FINAL_DRAFT_WRITES_THEM.get(p.type());
        if (t == null) {
            t = TYPES.getOrDefault(Cases.lower(p.type()), Type.ACTION);
        }
        // Final Draft has no centered element: writers center an action paragraph (THE END).
        if (t == Type.ACTION && p.alignment().equalsIgnoreCase("Center")) {
            return Type.CENTERED;
        }
        return t;
    }
}

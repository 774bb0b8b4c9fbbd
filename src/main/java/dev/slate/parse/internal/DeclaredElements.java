package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.LineTag;
import dev.slate.source.ScriptElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags the lines of a script whose format names its elements (Fountain, Final Draft). The format's word
 * is final, so nothing is guessed from the layout; what remains for the parser is what the format leaves
 * implicit: who speaks each line of a speech, and the canonical name behind each cue.
 */
final class DeclaredElements {

    private DeclaredElements() {
    }

    static void apply(List<Line> lines, List<ScriptElement> elements) {
        Map<Integer, ScriptElement> byLine = new HashMap<>(elements.size() * 2);
        for (ScriptElement e : elements) {
            byLine.put(e.line(), e);
        }
        String speaker = "";
        int page = 1;
        for (Line l : lines) {
            ScriptElement e = byLine.get(l.number());
            if (e == null) {
                l.page = page;
                if (!l.blank) {
                    l.tag = LineTag.ACTION; // a format that left a line unnamed shows it as written
                    speaker = "";
                }
                continue;
            }
            page = e.page();
            l.page = page;
            l.setContent(e.text());
            l.sceneNumber = e.sceneNumber();
            l.tag = LineTag.valueOf(e.type().name());
            switch (l.tag) {
                case CHARACTER -> {
                    CharacterCue cue = CharacterCueRule.parse(e.text(), true);
                    speaker = cue != null ? cue.name() : Grammar.upper(e.text().strip());
                    l.speaker = speaker;
                }
                case DIALOGUE, PARENTHETICAL -> l.speaker = speaker;
                case PAGE, NOTE, LYRICS -> l.speaker = ""; // sung or noted, a speech goes on after it
                default -> speaker = "";
            }
        }
    }
}

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
            l.tag = LineTag.valueOf(e.type().name());
            // A cue is a name, and names are matched with straight apostrophes, as plain text shows them.
            l.setContent(l.tag == LineTag.CHARACTER ? straightQuotes(e.text()) : e.text());
            l.sceneNumber = e.sceneNumber();
            switch (l.tag) {
                case CHARACTER -> {
                    CharacterCue cue = CharacterCueRule.parse(l.content, true);
                    speaker = cue != null ? cue.name() : Grammar.upper(l.content.strip());
                    l.speaker = speaker;
                }
                case DIALOGUE, PARENTHETICAL -> l.speaker = speaker;
                case PAGE, NOTE, LYRICS -> l.speaker = ""; // sung or noted, a speech goes on after it
                default -> speaker = "";
            }
        }
    }

    private static String straightQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201B', '\'').replace('\u2032', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }
}

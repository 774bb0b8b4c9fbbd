package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement;
import dev.slate.source.ScriptElement.Type;
import dev.slate.source.ScriptLine;
import dev.slate.source.ScriptText;
import java.util.ArrayList;
import java.util.List;

/**
 * One read of a Fountain script: the title page, then each line by the element rules in Fountain's order
 * of precedence, a speech running from its cue to the next blank line. Every non-blank line gets an
 * element; a line that holds only boneyard or notes is a NOTE.
 */
final class FountainReader {
    /** Outside a speech, tried in this order; the first that matches names the line, else it is action. */
    private static final List<ElementRule> RULES = List.of(
            new PageBreakRule(),
            new SectionRule(),
            new CenteredRule(),
            new TransitionRule(),
            new LyricsRule(),
            new ForcedActionRule(),
            new SceneHeadingRule(),
            new CharacterRule());

    /** In a speech, lyrics are the one element that may interrupt the dialogue. */
    private static final ElementRule LYRICS = new LyricsRule();

    private final ScriptText text;
    private final List<ScriptElement> out = new ArrayList<>();

    FountainReader(ScriptText text) {
        this.text = text;
    }

    List<ScriptElement> read() {
        List<ScriptLine> lines = text.lines();
        Hidden.Visible[] visible = Hidden.strip(lines);
        int start = TitlePageRule.read(lines, visible, out);
        int page = 1;
        boolean inSpeech = false;
        boolean parenOpen = false;
        boolean dual = false;
        int lastSpeech = -1; // index in out of the previous speech's cue, for the first side of dual dialogue
        boolean blankBefore = true;
        for (int i = start; i < lines.size(); i++) {
            ScriptLine line = lines.get(i);
            if (line.pageBreakBefore()) {
                page++;
            }
            String t = visible[i].text().strip();
            if (visible[i].onlyHidden(line)) {
                out.add(new ScriptElement(line.number(), Type.NOTE, visible[i].note(), "", false, page));
                continue; // a note neither ends a paragraph nor starts one
            }
            if (t.isEmpty()) {
                // two spaces on an otherwise empty line keep a speech going across it
                if (!(inSpeech && line.raw().length() >= 2 && line.raw().isBlank())) {
                    inSpeech = false;
                    parenOpen = false;
                    blankBefore = true;
                }
                continue;
            }
            if (inSpeech && !PageBreakRule.isPageBreak(t)) {
                Found f;
                if (parenOpen || t.startsWith("(")) {
                    f = new Found(Type.PARENTHETICAL, Emphasis.strip(t));
                    parenOpen = !t.endsWith(")");
                } else if (t.startsWith("~")) {
                    f = LYRICS.match(new Block(t, false, false));
                } else {
                    f = new Found(Type.DIALOGUE, Emphasis.strip(t));
                }
                out.add(new ScriptElement(line.number(), f.type(), f.text(), "", dual, page));
                blankBefore = false;
                continue;
            }
            inSpeech = false;
            Block block = new Block(t, blankBefore, blankAfter(lines, visible, i));
            Found f = null;
            for (ElementRule rule : RULES) {
                f = rule.match(block);
                if (f != null) {
                    break;
                }
            }
            if (f == null) {
                f = new Found(Type.ACTION, Emphasis.strip(t));
            }
            if (f.type() == Type.CHARACTER) {
                inSpeech = true;
                dual = f.dual();
                if (dual && lastSpeech >= 0) {
                    markDual(lastSpeech, out.size());
                }
                lastSpeech = out.size();
            } else if (f.type() != Type.NOTE) {
                lastSpeech = -1; // dual dialogue pairs two speeches next to each other only
            }
            out.add(new ScriptElement(line.number(), f.type(), f.text(), f.sceneNumber(), f.dual(), page));
            if (f.type() == Type.PAGE) {
                page++;
            }
            blankBefore = f.type() == Type.PAGE;
        }
        return out;
    }

    /** The speech before a {@code ^} cue is the first side of the pair. */
    private void markDual(int from, int to) {
        for (int k = from; k < to; k++) {
            ScriptElement e = out.get(k);
            if (e.type() == Type.CHARACTER || e.type() == Type.DIALOGUE || e.type() == Type.PARENTHETICAL
                    || e.type() == Type.LYRICS) {
                out.set(k, new ScriptElement(e.line(), e.type(), e.text(), e.sceneNumber(), true, e.page()));
            }
        }
    }

    /** The next line that is not only notes is blank, or there is none. */
    private static boolean blankAfter(List<ScriptLine> lines, Hidden.Visible[] visible, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (visible[k].onlyHidden(lines.get(k))) {
                continue;
            }
            return visible[k].text().isBlank();
        }
        return true;
    }
}

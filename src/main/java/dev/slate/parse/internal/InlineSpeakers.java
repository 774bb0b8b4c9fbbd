package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Speeches written with their speaker on the same line, {@code NADIA: Did you order the yeast?}: marks each
 * such line's cue ({@link Line#inlineCue}) for the classifier, which makes the line a speech of its own.
 */
final class InlineSpeakers {
    private final Grammar grammar;
    private final Cast cast;
    /** A heading or a transition, which a colon does not make a speech ({@code CUT TO: ...}). */
    private final Predicate<Line> otherElement;

    InlineSpeakers(Grammar grammar, Cast cast, Predicate<Line> otherElement) {
        this.grammar = grammar;
        this.cast = cast;
        this.otherElement = otherElement;
    }

    /**
     * Finds the lines that open with their speaker and a colon ({@code NADIA: Did you order the yeast?}), as
     * scripts written in a chat, a word processor or a transcript do. A name is taken for a speaker when it opens
     * two such lines, or the script's cues have it, or the script has three such lines by two names or more, or
     * it is marked as one ({@code **SARAH:**}); never a word the grammar says heads other lines so ({@code
     * MUSIC:}, {@code SUPER:}, {@code CUT TO:}, grammar {@code not.speaker}), and only where such lines are at
     * least as many as the speeches under cues, but for one marked as a speaker.
     */
    void mark(List<Line> lines) {
        Map<String, Integer> count = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank || l.tag != null || l.content.indexOf(':') < 0) {
                continue;
            }
            int start = CharacterCueRule.inlineSpeech(l.content);
            if (start < 0) {
                continue;
            }
            CharacterCue cue = CharacterCueRule.inlineCue(l.content, start);
            if (cue == null || grammar.has("not.speaker", cue.name()) || grammar.prefix("card", l.content) != null
                    || grammar.prefix("shot", l.content) != null || grammar.prefix("intercut", l.content) != null
                    || otherElement.test(l) || ActCardRule.matches(grammar, cue.name())) {
                continue;
            }
            l.inlineCue = cue;
            if (count == null) {
                count = new HashMap<>();
            }
            count.merge(cue.name(), 1, Integer::sum);
        }
        if (count == null) {
            return;
        }
        int total = count.values().stream().mapToInt(Integer::intValue).sum();
        // the script writes its speeches so: three such lines, by two names or more
        boolean habit = count.size() >= 2 && total >= 3;
        // a script that writes its speeches under cues writes few so: CYBER BOB: six feet of white polymer... is
        // an introduction, however often the script repeats it
        boolean underCues = total < cast.speechesUnderCues();
        for (Line l : lines) {
            if (l.inlineCue != null) {
                String name = l.inlineCue.name();
                if (!l.markedSpeaker && (underCues || count.get(name) < 2 && !cast.knows(name) && !habit)) {
                    l.inlineCue = null;
                }
            }
        }
    }
}

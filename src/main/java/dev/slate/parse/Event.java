package dev.slate.parse;

import java.util.List;

/**
 * Something that happens in a scene, with the lines it comes from (1-based, inclusive, in the text as
 * read) and the page it starts on.
 */
public sealed interface Event permits Event.Dialogue, Event.Action, Event.Description, Event.Card, Event.Transition, Event.Shot {

    int startLine();

    int endLine();

    int page();

    /** The event's text as one line: what is said, done, seen, or the direction. */
    String text();

    /**
     * A speech: the cue, its parentheticals, and what is said, joined into one text even when a page
     * break cuts it.
     *
     * @param speaker the canonical character name
     */
    record Dialogue(String speaker, CharacterCue cue, List<String> parentheticals, String text, int startLine, int endLine,
            int page) implements Event {
        public Dialogue {
            parentheticals = List.copyOf(parentheticals);
        }
    }

    /**
     * What a character does: a sentence of action whose subject is a character.
     *
     * @param character the canonical name of the character who acts, empty when only a pronoun says who
     */
    record Action(String character, String text, int startLine, int endLine, int page) implements Event {
    }

    /** What we see: places, things, atmosphere; a sentence of action with no character as its subject. */
    record Description(String text, int startLine, int endLine, int page) implements Event {
    }

    /**
     * Text shown on screen: a time card ({@code 5 YEARS LATER}), a super ({@code SUPER: LONDON, 1999})
     * or a title card.
     *
     * @param kind what sort of card
     * @param text what the card says, without its {@code SUPER:} or {@code TITLE CARD:} prefix
     */
    record Card(Kind kind, String text, int startLine, int endLine, int page) implements Event {
        public enum Kind { TIME_CARD, SUPER, TITLE_CARD }
    }

    /** {@code CUT TO:}, {@code FADE OUT.} */
    record Transition(String text, int startLine, int endLine, int page) implements Event {
    }

    /** A camera direction on its own line. */
    record Shot(String text, int startLine, int endLine, int page) implements Event {
    }
}

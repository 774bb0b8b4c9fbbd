package dev.slate.clap;

import java.util.Map;

/**
 * One event of a scene: a line of dialogue, an action, or a description of what we see.
 *
 * @param type {@code dialogue}, {@code action} or {@code description}: lowercase, as the reference
 *     implementation's type declares them
 * @param character who speaks or acts, empty for a description
 * @param behavior how it is done: the parenthetical of a speech
 * @param startAtLine first line, 1-based, in the project's screenplay text
 * @param endAtLine last line, 1-based, inclusive
 */
public record ClapSceneEvent(
        String id,
        String type,
        String character,
        String description,
        String behavior,
        int startAtLine,
        int endAtLine,
        Map<String, Object> extras) {

    public static final String DIALOGUE = "dialogue";
    public static final String ACTION = "action";
    public static final String DESCRIPTION = "description";

    public ClapSceneEvent {
        id = Extras.text(id);
        type = Extras.text(type);
        character = Extras.text(character);
        description = Extras.text(description);
        behavior = Extras.text(behavior);
        extras = Extras.copy(extras);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private String id = "";
        private String type = DESCRIPTION;
        private String character = "";
        private String description = "";
        private String behavior = "";
        private int startAtLine;
        private int endAtLine;
        private Map<String, Object> extras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapSceneEvent e) {
            id = e.id; type = e.type; character = e.character; description = e.description;
            behavior = e.behavior; startAtLine = e.startAtLine; endAtLine = e.endAtLine; extras = e.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder character(String v) { character = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder behavior(String v) { behavior = v; return this; }
        public Builder startAtLine(int v) { startAtLine = v; return this; }
        public Builder endAtLine(int v) { endAtLine = v; return this; }
        public Builder extras(Map<String, Object> v) { extras = v; return this; }

        public ClapSceneEvent build() {
            return new ClapSceneEvent(id, type, character, description, behavior, startAtLine, endAtLine, extras);
        }
    }
}

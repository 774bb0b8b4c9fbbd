package dev.slate.clap;

import java.util.List;
import java.util.Map;

/**
 * One screenplay scene, from its heading to the next. Line numbers are 1-based lines of the project's
 * screenplay text ({@link ClapMeta#screenplay()}).
 *
 * @param scene a short description of the scene
 * @param line the heading as written, trimmed
 * @param rawLine the heading line untrimmed
 * @param sequenceFullText the enclosing sequence's text
 * @param events always written, even when empty: the reference reader throws on a scene without it
 */
public record ClapScene(
        String id,
        String scene,
        String line,
        String rawLine,
        String sequenceFullText,
        int sequenceStartAtLine,
        int sequenceEndAtLine,
        int startAtLine,
        int endAtLine,
        List<ClapSceneEvent> events,
        Map<String, Object> extras) {

    public ClapScene {
        id = Extras.text(id);
        scene = Extras.text(scene);
        line = Extras.text(line);
        rawLine = Extras.text(rawLine);
        sequenceFullText = Extras.text(sequenceFullText);
        events = Extras.list(events);
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
        private String scene = "";
        private String line = "";
        private String rawLine = "";
        private String sequenceFullText = "";
        private int sequenceStartAtLine;
        private int sequenceEndAtLine;
        private int startAtLine;
        private int endAtLine;
        private List<ClapSceneEvent> events = List.of();
        private Map<String, Object> extras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapScene s) {
            id = s.id; scene = s.scene; line = s.line; rawLine = s.rawLine; sequenceFullText = s.sequenceFullText;
            sequenceStartAtLine = s.sequenceStartAtLine; sequenceEndAtLine = s.sequenceEndAtLine;
            startAtLine = s.startAtLine; endAtLine = s.endAtLine; events = s.events; extras = s.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder scene(String v) { scene = v; return this; }
        public Builder line(String v) { line = v; return this; }
        public Builder rawLine(String v) { rawLine = v; return this; }
        public Builder sequenceFullText(String v) { sequenceFullText = v; return this; }
        public Builder sequenceStartAtLine(int v) { sequenceStartAtLine = v; return this; }
        public Builder sequenceEndAtLine(int v) { sequenceEndAtLine = v; return this; }
        public Builder startAtLine(int v) { startAtLine = v; return this; }
        public Builder endAtLine(int v) { endAtLine = v; return this; }
        public Builder events(List<ClapSceneEvent> v) { events = v; return this; }
        public Builder extras(Map<String, Object> v) { extras = v; return this; }

        public ClapScene build() {
            return new ClapScene(id, scene, line, rawLine, sequenceFullText, sequenceStartAtLine, sequenceEndAtLine,
                    startAtLine, endAtLine, events, extras);
        }
    }
}

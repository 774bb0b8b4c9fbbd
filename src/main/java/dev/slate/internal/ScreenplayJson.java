package dev.slate.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.Event;
import dev.slate.parse.Scene;
import dev.slate.parse.SceneHeading;
import dev.slate.parse.Screenplay;
import dev.slate.parse.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed screenplay as plain maps and lists, for {@code slate parse --json} and the server's
 * {@code POST /parse}: one shape for both.
 */
public final class ScreenplayJson {
    private ScreenplayJson() {
    }

    public static Map<String, Object> of(String source, Screenplay s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("charset", s.text().charset());
        m.put("language", s.language());
        m.put("lines", s.text().lines().size());
        m.put("pages", s.pages());
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("title", s.titlePage().title());
        title.put("lines", s.titlePage().lines());
        title.put("startLine", s.titlePage().startLine());
        title.put("endLine", s.titlePage().endLine());
        m.put("titlePage", title);
        m.put("characters", characters(s));
        List<Object> sequences = new ArrayList<>();
        for (Sequence q : s.sequences()) {
            Map<String, Object> sq = new LinkedHashMap<>();
            sq.put("number", q.number());
            sq.put("title", q.title());
            sq.put("startLine", q.startLine());
            sq.put("endLine", q.endLine());
            sq.put("page", q.page());
            List<Object> scenes = new ArrayList<>();
            for (Scene sc : q.scenes()) {
                scenes.add(scene(sc));
            }
            sq.put("scenes", scenes);
            sequences.add(sq);
        }
        m.put("sequences", sequences);
        return m;
    }

    private static List<Object> characters(Screenplay s) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        new TreeMap<>(s.cues()).values().forEach(c -> spellings.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).merge(c.text(), 1, Integer::sum));
        List<Object> out = new ArrayList<>();
        spellings.forEach((name, cues) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", name);
            c.put("cues", cues.values().stream().mapToInt(Integer::intValue).sum());
            c.put("spellings", new ArrayList<>(cues.keySet()));
            out.add(c);
        });
        return out;
    }

    private static Map<String, Object> scene(Scene sc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", sc.number());
        m.put("heading", sc.hasHeading() ? heading(sc.heading()) : null);
        m.put("startLine", sc.startLine());
        m.put("endLine", sc.endLine());
        m.put("page", sc.page());
        // made as they are written: a script of a few megabytes can hold hundreds of thousands of events
        Iterable<Object> events = () -> sc.events().stream().map(e -> (Object) event(e)).iterator();
        m.put("events", events);
        return m;
    }

    private static Map<String, Object> heading(SceneHeading h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", h.text());
        m.put("place", h.place().code());
        m.put("location", h.location());
        m.put("locationParts", h.locationParts());
        m.put("time", h.time());
        m.put("sceneNumber", h.sceneNumber());
        return m;
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e instanceof Event.Dialogue d) {
            m.put("type", "dialogue");
            m.put("speaker", d.speaker());
            m.put("cue", d.cue() == null ? null : cue(d.cue()));
            m.put("parentheticals", d.parentheticals());
        } else if (e instanceof Event.Action a) {
            m.put("type", "action");
            m.put("character", a.character());
        } else if (e instanceof Event.Description) {
            m.put("type", "description");
        } else if (e instanceof Event.Card c) {
            m.put("type", "card");
            m.put("kind", c.kind().name());
        } else if (e instanceof Event.Transition) {
            m.put("type", "transition");
        } else if (e instanceof Event.Shot) {
            m.put("type", "shot");
        }
        m.put("text", e.text());
        m.put("startLine", e.startLine());
        m.put("endLine", e.endLine());
        m.put("page", e.page());
        return m;
    }

    private static Map<String, Object> cue(CharacterCue c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("name", c.name());
        m.put("extensions", c.extensions());
        m.put("attitude", c.attitude());
        m.put("dual", c.dual());
        return m;
    }
}

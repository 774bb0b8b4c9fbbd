package dev.slate.convert;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapMeta;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapScene;
import dev.slate.clap.ClapSceneEvent;
import dev.slate.clap.SegmentCategory;
import dev.slate.convert.internal.Characters;
import dev.slate.convert.internal.Ids;
import dev.slate.convert.internal.Places;
import dev.slate.convert.internal.SceneTimeline;
import dev.slate.convert.internal.Timeline;
import dev.slate.convert.internal.Timing;
import dev.slate.parse.Event;
import dev.slate.parse.LineTag;
import dev.slate.parse.Scene;
import dev.slate.parse.Screenplay;
import dev.slate.parse.Sequence;
import dev.slate.parse.TaggedLine;
import dev.slate.parse.internal.Grammar;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed screenplay to an OpenClap project: its characters and places as entities, its scenes with
 * their events, and a timeline of segments on fixed tracks ({@link Track}), each event lasting what it
 * takes on screen ({@link ConvertOptions}). Line numbers in scenes and segments are 1-based lines of the
 * screenplay text the project embeds. Ids are UUID v4, drawn from the script itself, so the same script
 * gives the same project. Built once and reused; thread-safe.
 */
public final class ScreenplayConverter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The most segments a project may hold by default: about eleven times a feature film's. */
    public static final int DEFAULT_MAX_SEGMENTS = 100_000;

    private final ConvertOptions options;
    private final Timing timing;
    private final int maxSegments;

    public ScreenplayConverter() {
        this(ConvertOptions.defaults());
    }

    public ScreenplayConverter(ConvertOptions options) {
        this(options, DEFAULT_MAX_SEGMENTS);
    }

    /** @param maxSegments the most segments a project may hold; a screenplay that needs more is refused */
    public ScreenplayConverter(ConvertOptions options, int maxSegments) {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments must be 1 or more");
        }
        this.options = options;
        this.timing = new Timing(options);
        this.maxSegments = maxSegments;
    }

    public ConvertOptions options() {
        return options;
    }

    public int maxSegments() {
        return maxSegments;
    }

    public ClapProject convert(Screenplay screenplay) {
        return convert(screenplay, ProgressListener.NONE);
    }

    /** @throws TooManySegmentsException when the timeline would hold more than {@link #maxSegments()} */
    public ClapProject convert(Screenplay screenplay, ProgressListener listener) {
        listener.progress("convert", 0);
        Grammar grammar = Grammar.load(screenplay.language());
        Ids ids = new Ids(screenplay.text().text());
        String createdAt = ISO.format(options.createdAt() != null ? options.createdAt() : Instant.now());
        Characters characters = Characters.of(screenplay, grammar);
        Places places = Places.of(screenplay, grammar);

        Map<String, String> characterIds = new LinkedHashMap<>();
        Map<String, String> placeIds = new LinkedHashMap<>();
        List<ClapEntity> entities = new ArrayList<>();
        for (Characters.Person p : characters.people()) {
            ClapEntity e = character(p, ids.next());
            characterIds.put(p.name, e.id());
            entities.add(e);
        }
        for (Places.Place p : places.all()) {
            ClapEntity e = place(p, ids.next());
            placeIds.put(p.name, e.id());
            entities.add(e);
        }

        Timeline timeline = new Timeline(ids, createdAt, maxSegments);
        SceneTimeline sceneTimeline = new SceneTimeline(screenplay, timeline, timing, grammar, characters, places, characterIds, placeIds);
        List<ClapScene> scenes = new ArrayList<>();
        int total = screenplay.scenes().size();
        int done = 0;
        long t = 0;
        for (Sequence sequence : screenplay.sequences()) {
            String sequenceText = sequence.title().isEmpty() ? "Sequence " + sequence.number() : sequence.title();
            for (Scene scene : sequence.scenes()) {
                String sceneId = ids.next();
                long sceneStart = t;
                t = sceneTimeline.lay(scene, sceneId, t);
                scenes.add(scene(scene, sceneId, sequence, sequenceText, screenplay, ids, sceneStart, t - sceneStart));
                listener.progress("convert", ++done / (double) Math.max(1, total));
            }
        }
        ClapMeta meta = ClapMeta.builder().id(ids.next()).title(screenplay.titlePage().title()).synopsis(synopsis(screenplay))
                .durationInMs(Math.max(t, 1000)).width(options.width()).height(options.height())
                .screenplay(screenplay.text().text()).tags(List.of(screenplay.language())).build();
        listener.progress("convert", 1);
        return ClapProject.builder().meta(meta).entities(entities).scenes(scenes).segments(timeline.segments()).build();
    }

    private static ClapEntity character(Characters.Person p, String id) {
        StringBuilder prompt = new StringBuilder(p.label());
        if (p.age > 0) {
            prompt.append(", ").append(p.age).append(" years old");
        }
        if (!p.gender.isEmpty()) {
            prompt.append(", ").append(p.gender.equals("male") ? "man" : "woman");
        }
        if (!p.appearance.isEmpty()) {
            prompt.append(", ").append(p.appearance);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("speeches", p.speeches);
        facts.put("firstScene", p.firstScene);
        if (!p.fullName.equals(p.name)) {
            facts.put("fullName", p.fullName);
        }
        return ClapEntity.builder().id(id).category(SegmentCategory.CHARACTER).triggerName(p.name).label(p.label())
                .description(p.introduction).age(p.age).gender(p.gender).appearance(p.appearance).imagePrompt(prompt.toString())
                .extras(facts).build();
    }

    private static ClapEntity place(Places.Place p, String id) {
        String inside = p.place().equals("INT") ? "interior" : p.place().equals("EXT") ? "exterior" : p.place().equals("INT-EXT") ? "interior and exterior" : "";
        String description = (inside.isEmpty() ? "" : inside + " of ") + p.name + (p.parent.isEmpty() ? "" : ", part of " + p.parent);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("place", p.place());
        facts.put("parent", p.parent);
        facts.put("scenes", p.scenes);
        facts.put("firstScene", p.firstScene);
        return ClapEntity.builder().id(id).category(SegmentCategory.LOCATION).triggerName(p.name).label(p.name)
                .description(description).imagePrompt(description).extras(facts).build();
    }

    private static ClapScene scene(Scene scene, String id, Sequence sequence, String sequenceText, Screenplay screenplay, Ids ids,
            long startMs, long durationMs) {
        List<ClapSceneEvent> events = new ArrayList<>();
        for (Event e : scene.events()) {
            ClapSceneEvent.Builder b = ClapSceneEvent.builder().id(ids.next()).description(e.text()).startAtLine(e.startLine())
                    .endAtLine(e.endLine());
            if (e instanceof Event.Dialogue d) {
                events.add(b.type(ClapSceneEvent.DIALOGUE).character(d.speaker()).behavior(String.join("; ", d.parentheticals())).build());
            } else if (e instanceof Event.Action a) {
                events.add(b.type(ClapSceneEvent.ACTION).character(a.character()).build());
            } else if (e instanceof Event.Description) {
                events.add(b.type(ClapSceneEvent.DESCRIPTION).build());
            }
        }
        String line = scene.hasHeading() ? scene.heading().text() : "";
        String raw = scene.hasHeading() ? screenplay.text().line(scene.startLine()).raw() : "";
        return ClapScene.builder().id(id).scene(scene.hasHeading() ? scene.heading().location() : "Opening").line(line.strip())
                .rawLine(raw).sequenceFullText(sequenceText).sequenceStartAtLine(sequence.startLine())
                .sequenceEndAtLine(sequence.endLine()).startAtLine(scene.startLine()).endAtLine(scene.endLine()).events(events)
                .extras(timing(startMs, durationMs)).build();
    }

    /** Each scene's place on the timeline, as extra scene fields (ints, the type a YAML reader gives back). */
    private static Map<String, Object> timing(long startMs, long durationMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startTimeInMs", (int) Math.min(Integer.MAX_VALUE, startMs));
        m.put("durationInMs", (int) Math.min(Integer.MAX_VALUE, durationMs));
        return m;
    }

    private static String synopsis(Screenplay s) {
        StringBuilder b = new StringBuilder();
        for (TaggedLine l : s.lines()) {
            if (l.tag() == LineTag.SYNOPSIS) {
                String text = l.text().startsWith("=") ? l.text().substring(1).strip() : l.text();
                b.append(b.length() == 0 ? "" : " ").append(text);
            }
        }
        return b.toString();
    }
}

package dev.slate.clap.internal;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapMeta;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapScene;
import dev.slate.clap.ClapSceneEvent;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.ClapWorkflow;
import dev.slate.clap.internal.yaml.YamlEmitter;
import dev.slate.clap.internal.yaml.YamlEmitter.Key;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a {@link ClapProject} out as OpenClap YAML: the header with all five counts, then meta, workflows,
 * entities, scenes and segments, each item's known fields in a fixed order followed by its extras.
 *
 * <p>Extras rule: an extras entry named like a known field holds a value of the wrong type that a reader
 * kept; it is written at that field's position instead of the typed value, and never again among the
 * extras, so no key is ever written twice. Three fields are exempt because the reference reader cannot
 * load the file without them: the header (counts always come from the lists), a scene's {@code events}
 * (always a list) and a segment's {@code assetDurationInMs} (always a number); extras under those names
 * are dropped.
 */
public final class ProjectYaml {
    private ProjectYaml() {
    }

    // header
    private static final Key FORMAT = Key.of("format");
    private static final Key N_WORKFLOWS = Key.of("numberOfWorkflows");
    private static final Key N_ENTITIES = Key.of("numberOfEntities");
    private static final Key N_SCENES = Key.of("numberOfScenes");
    private static final Key N_SEGMENTS = Key.of("numberOfSegments");
    /** Header names whose extras are dropped: {@code numberOfModels} is the old name of the entity count. */
    private static final Set<String> HEADER = Set.of("format", "numberOfWorkflows", "numberOfEntities",
            "numberOfScenes", "numberOfSegments", "numberOfModels");

    // shared names
    private static final Key ID = Key.ofRandom("id");
    private static final Key TITLE = Key.of("title");
    private static final Key DESCRIPTION = Key.of("description");
    private static final Key SYNOPSIS = Key.of("synopsis");
    private static final Key LICENCE = Key.of("licence");
    private static final Key TAGS = Key.of("tags");
    private static final Key THUMBNAIL_URL = Key.of("thumbnailUrl");
    private static final Key IMAGE_RATIO = Key.of("imageRatio");
    private static final Key ORIENTATION = Key.of("orientation");
    private static final Key DURATION_IN_MS = Key.of("durationInMs");
    private static final Key WIDTH = Key.of("width");
    private static final Key HEIGHT = Key.of("height");
    private static final Key BPM = Key.of("bpm");
    private static final Key FRAME_RATE = Key.of("frameRate");
    private static final Key DEFAULT_VIDEO_MODEL = Key.of("defaultVideoModel");
    private static final Key EXTRA_POSITIVE_PROMPT = Key.of("extraPositivePrompt");
    private static final Key SYSTEM_PROMPT = Key.of("systemPrompt");
    private static final Key SCREENPLAY = Key.of("screenplay");
    private static final Key IS_LOOP = Key.of("isLoop");
    private static final Key IS_INTERACTIVE = Key.of("isInteractive");
    private static final Key LABEL = Key.of("label");
    private static final Key AUTHOR = Key.of("author");
    private static final Key NON_COMMERCIAL = Key.of("nonCommercial");
    private static final Key ENGINE = Key.of("engine");
    private static final Key CATEGORY = Key.of("category");
    private static final Key PROVIDER = Key.of("provider");
    private static final Key DATA = Key.of("data");
    private static final Key SCHEMA = Key.of("schema");
    private static final Key INPUT_FIELDS = Key.of("inputFields");
    private static final Key INPUT_VALUES = Key.of("inputValues");
    private static final Key TRIGGER_NAME = Key.of("triggerName");
    private static final Key SEED = Key.ofRandom("seed");
    private static final Key IMAGE_PROMPT = Key.of("imagePrompt");
    private static final Key IMAGE_SOURCE_TYPE = Key.of("imageSourceType");
    private static final Key IMAGE_ENGINE = Key.of("imageEngine");
    private static final Key IMAGE_ID = Key.of("imageId");
    private static final Key AUDIO_PROMPT = Key.of("audioPrompt");
    private static final Key AUDIO_SOURCE_TYPE = Key.of("audioSourceType");
    private static final Key AUDIO_ENGINE = Key.of("audioEngine");
    private static final Key AUDIO_ID = Key.of("audioId");
    private static final Key AGE = Key.of("age");
    private static final Key GENDER = Key.of("gender");
    private static final Key REGION = Key.of("region");
    private static final Key APPEARANCE = Key.of("appearance");
    private static final Key SCENE = Key.of("scene");
    private static final Key LINE = Key.of("line");
    private static final Key RAW_LINE = Key.of("rawLine");
    private static final Key SEQUENCE_FULL_TEXT = Key.of("sequenceFullText");
    private static final Key SEQUENCE_START_AT_LINE = Key.of("sequenceStartAtLine");
    private static final Key SEQUENCE_END_AT_LINE = Key.of("sequenceEndAtLine");
    private static final Key START_AT_LINE = Key.of("startAtLine");
    private static final Key END_AT_LINE = Key.of("endAtLine");
    private static final Key EVENTS = Key.of("events");
    private static final Key TYPE = Key.of("type");
    private static final Key CHARACTER = Key.of("character");
    private static final Key BEHAVIOR = Key.of("behavior");
    private static final Key PARENT_ID = Key.of("parentId");
    private static final Key CHILDREN_IDS = Key.of("childrenIds");
    private static final Key TRACK = Key.of("track");
    private static final Key START_TIME_IN_MS = Key.of("startTimeInMs");
    private static final Key END_TIME_IN_MS = Key.of("endTimeInMs");
    private static final Key ENTITY_ID = Key.of("entityId");
    private static final Key WORKFLOW_ID = Key.of("workflowId");
    private static final Key SCENE_ID = Key.of("sceneId");
    private static final Key START_TIME_IN_LINES = Key.of("startTimeInLines");
    private static final Key END_TIME_IN_LINES = Key.of("endTimeInLines");
    private static final Key PROMPT = Key.of("prompt");
    private static final Key OUTPUT_TYPE = Key.of("outputType");
    private static final Key RENDER_ID = Key.of("renderId");
    private static final Key STATUS = Key.of("status");
    private static final Key ASSET_URL = Key.of("assetUrl");
    private static final Key ASSET_DURATION_IN_MS = Key.of("assetDurationInMs");
    private static final Key ASSET_SOURCE_TYPE = Key.of("assetSourceType");
    private static final Key ASSET_FILE_FORMAT = Key.of("assetFileFormat");
    private static final Key CREATED_AT = Key.of("createdAt");
    private static final Key CREATED_BY = Key.of("createdBy");
    private static final Key EDITED_BY = Key.of("editedBy");
    private static final Key REVISION = Key.of("revision");
    private static final Key OUTPUT_GAIN = Key.of("outputGain");

    /** Field names written for each kind of item, in order: the extras loop skips them. */
    public static final List<String> META_FIELDS = names(ID, TITLE, DESCRIPTION, SYNOPSIS, LICENCE, TAGS,
            THUMBNAIL_URL, IMAGE_RATIO, ORIENTATION, DURATION_IN_MS, WIDTH, HEIGHT, BPM, FRAME_RATE,
            DEFAULT_VIDEO_MODEL, EXTRA_POSITIVE_PROMPT, SYSTEM_PROMPT, SCREENPLAY, IS_LOOP, IS_INTERACTIVE);
    public static final List<String> WORKFLOW_FIELDS = names(ID, LABEL, DESCRIPTION, TAGS, AUTHOR, THUMBNAIL_URL,
            NON_COMMERCIAL, ENGINE, CATEGORY, PROVIDER, DATA, SCHEMA, INPUT_FIELDS, INPUT_VALUES);
    public static final List<String> ENTITY_FIELDS = names(ID, CATEGORY, TRIGGER_NAME, LABEL, DESCRIPTION, TAGS,
            AUTHOR, THUMBNAIL_URL, SEED, IMAGE_PROMPT, IMAGE_SOURCE_TYPE, IMAGE_ENGINE, IMAGE_ID, AUDIO_PROMPT,
            AUDIO_SOURCE_TYPE, AUDIO_ENGINE, AUDIO_ID, AGE, GENDER, REGION, APPEARANCE);
    public static final List<String> SCENE_FIELDS = names(ID, SCENE, LINE, RAW_LINE, SEQUENCE_FULL_TEXT,
            SEQUENCE_START_AT_LINE, SEQUENCE_END_AT_LINE, START_AT_LINE, END_AT_LINE, EVENTS);
    public static final List<String> EVENT_FIELDS = names(ID, TYPE, CHARACTER, DESCRIPTION, BEHAVIOR, START_AT_LINE,
            END_AT_LINE);
    public static final List<String> SEGMENT_FIELDS = names(ID, START_TIME_IN_MS, END_TIME_IN_MS,
            START_TIME_IN_LINES, END_TIME_IN_LINES, ENTITY_ID, SCENE_ID, PROMPT, LABEL, SEED, PARENT_ID,
            CHILDREN_IDS, WORKFLOW_ID, CATEGORY, TRACK, OUTPUT_TYPE, RENDER_ID, STATUS, ASSET_URL, ASSET_DURATION_IN_MS, ASSET_SOURCE_TYPE,
            ASSET_FILE_FORMAT, CREATED_AT, CREATED_BY, EDITED_BY, REVISION, OUTPUT_GAIN);

    private static final Set<String> META = Set.copyOf(META_FIELDS);
    private static final Set<String> WORKFLOW = Set.copyOf(WORKFLOW_FIELDS);
    private static final Set<String> ENTITY = Set.copyOf(ENTITY_FIELDS);
    private static final Set<String> SCENE_SET = Set.copyOf(SCENE_FIELDS);
    private static final Set<String> EVENT = Set.copyOf(EVENT_FIELDS);
    private static final Set<String> SEGMENT = Set.copyOf(SEGMENT_FIELDS);

    private static List<String> names(Key... keys) {
        List<String> out = new java.util.ArrayList<>(keys.length);
        Set<String> seen = new HashSet<>();
        for (Key k : keys) {
            if (!seen.add(k.name())) {
                throw new AssertionError("duplicate field " + k.name());
            }
            out.add(k.name());
        }
        return List.copyOf(out);
    }

    /** Writes the whole project; the emitter drains to its sink between items. */
    public static void write(ClapProject p, YamlEmitter e) throws IOException {
        Fields f = new Fields(e);
        header(p, e, f);
        meta(p.meta(), e, f);
        for (ClapWorkflow w : p.workflows()) {
            workflow(w, e, f);
        }
        for (ClapEntity x : p.entities()) {
            entity(x, e, f);
        }
        for (ClapScene s : p.scenes()) {
            scene(s, e, f);
        }
        for (ClapSegment s : p.segments()) {
            segment(s, e, f);
        }
        e.finish();
    }

    private static void header(ClapProject p, YamlEmitter e, Fields f) throws IOException {
        e.item();
        e.field(FORMAT, ClapProject.FORMAT);
        e.field(N_WORKFLOWS, p.workflows().size());
        e.field(N_ENTITIES, p.entities().size());
        e.field(N_SCENES, p.scenes().size());
        e.field(N_SEGMENTS, p.segments().size());
        f.extras = p.headerExtras();
        f.rest(HEADER);
    }

    private static void meta(ClapMeta m, YamlEmitter e, Fields f) throws IOException {
        e.item();
        f.extras = m.extras();
        f.string(ID, m.id());
        f.string(TITLE, m.title());
        f.string(DESCRIPTION, m.description());
        f.string(SYNOPSIS, m.synopsis());
        f.string(LICENCE, m.licence());
        f.strings(TAGS, m.tags());
        f.string(THUMBNAIL_URL, m.thumbnailUrl());
        f.string(IMAGE_RATIO, m.imageRatio());
        f.string(ORIENTATION, m.imageRatio());
        f.number(DURATION_IN_MS, m.durationInMs());
        f.integer(WIDTH, m.width());
        f.integer(HEIGHT, m.height());
        f.number(BPM, m.bpm());
        f.number(FRAME_RATE, m.frameRate());
        f.string(DEFAULT_VIDEO_MODEL, m.defaultVideoModel());
        f.strings(EXTRA_POSITIVE_PROMPT, m.imagePrompt().isEmpty() ? List.of() : List.of(m.imagePrompt()));
        f.string(SYSTEM_PROMPT, m.systemPrompt());
        f.string(SCREENPLAY, m.screenplay());
        f.bool(IS_LOOP, m.isLoop());
        f.bool(IS_INTERACTIVE, m.isInteractive());
        f.rest(META);
    }

    private static void workflow(ClapWorkflow w, YamlEmitter e, Fields f) throws IOException {
        e.item();
        f.extras = w.extras();
        f.string(ID, w.id());
        f.string(LABEL, w.label());
        f.string(DESCRIPTION, w.description());
        f.strings(TAGS, w.tags());
        f.string(AUTHOR, w.author());
        f.string(THUMBNAIL_URL, w.thumbnailUrl());
        f.bool(NON_COMMERCIAL, w.nonCommercial());
        f.string(ENGINE, w.engine());
        f.string(CATEGORY, w.category());
        f.string(PROVIDER, w.provider());
        f.string(DATA, w.data());
        f.string(SCHEMA, w.schema());
        f.value(INPUT_FIELDS, w.inputFields());
        f.value(INPUT_VALUES, w.inputValues());
        f.rest(WORKFLOW);
    }

    private static void entity(ClapEntity x, YamlEmitter e, Fields f) throws IOException {
        e.item();
        f.extras = x.extras();
        f.string(ID, x.id());
        f.string(CATEGORY, x.category());
        f.string(TRIGGER_NAME, x.triggerName());
        f.string(LABEL, x.label());
        f.string(DESCRIPTION, x.description());
        f.strings(TAGS, x.tags());
        f.string(AUTHOR, x.author());
        f.string(THUMBNAIL_URL, x.thumbnailUrl());
        f.integer(SEED, x.seed());
        f.string(IMAGE_PROMPT, x.imagePrompt());
        f.string(IMAGE_SOURCE_TYPE, x.imageSourceType());
        f.string(IMAGE_ENGINE, x.imageEngine());
        f.string(IMAGE_ID, x.imageId());
        f.string(AUDIO_PROMPT, x.audioPrompt());
        f.string(AUDIO_SOURCE_TYPE, x.audioSourceType());
        f.string(AUDIO_ENGINE, x.audioEngine());
        f.string(AUDIO_ID, x.audioId());
        f.integer(AGE, x.age());
        f.string(GENDER, x.gender());
        f.string(REGION, x.region());
        f.string(APPEARANCE, x.appearance());
        f.rest(ENTITY);
    }

    private static void scene(ClapScene s, YamlEmitter e, Fields f) throws IOException {
        e.item();
        f.extras = s.extras();
        f.string(ID, s.id());
        f.string(SCENE, s.scene());
        f.string(LINE, s.line());
        f.string(RAW_LINE, s.rawLine());
        f.string(SEQUENCE_FULL_TEXT, s.sequenceFullText());
        f.integer(SEQUENCE_START_AT_LINE, s.sequenceStartAtLine());
        f.integer(SEQUENCE_END_AT_LINE, s.sequenceEndAtLine());
        f.integer(START_AT_LINE, s.startAtLine());
        f.integer(END_AT_LINE, s.endAtLine());
        Map<String, Object> sceneExtras = s.extras();
        e.key(EVENTS);
        e.beginList(s.events().size());
        for (ClapSceneEvent ev : s.events()) {
            e.listItem();
            f.extras = ev.extras();
            f.string(ID, ev.id());
            f.string(TYPE, ev.type());
            f.string(CHARACTER, ev.character());
            f.string(DESCRIPTION, ev.description());
            f.string(BEHAVIOR, ev.behavior());
            f.integer(START_AT_LINE, ev.startAtLine());
            f.integer(END_AT_LINE, ev.endAtLine());
            f.rest(EVENT);
        }
        e.endList();
        f.extras = sceneExtras;
        f.rest(SCENE_SET);
    }

    private static void segment(ClapSegment s, YamlEmitter e, Fields f) throws IOException {
        e.item();
        f.extras = s.extras();
        f.string(ID, s.id());
        // what is copied below is only known fields' text: an extra may stand for any of them (see the class comment)
        boolean copyable = f.extras.isEmpty();
        // a shot's segments (its action, video, storyboard and camera) share their times, and its video and
        // storyboard their text too: the lines the segment before wrote for them are copied
        ClapSegment before = copyable ? f.before : null;
        boolean sameTimes = before != null && same(s.startTimeInMs(), before.startTimeInMs())
                && same(s.endTimeInMs(), before.endTimeInMs()) && s.startTimeInLines() == before.startTimeInLines()
                && s.endTimeInLines() == before.endTimeInLines();
        boolean sameText = sameTimes && s.entityId().equals(before.entityId()) && s.sceneId().equals(before.sceneId())
                && s.prompt().equals(before.prompt()) && s.label().equals(before.label());
        long timesFrom = e.position();
        long timesTo;
        if (sameText && e.repeat(f.timesFrom, f.textTo)) {
            timesTo = timesFrom + (f.timesTo - f.timesFrom);
        } else {
            if (!(sameTimes && e.repeat(f.timesFrom, f.timesTo))) {
                f.number(START_TIME_IN_MS, s.startTimeInMs());
                f.number(END_TIME_IN_MS, s.endTimeInMs());
                f.integer(START_TIME_IN_LINES, s.startTimeInLines());
                f.integer(END_TIME_IN_LINES, s.endTimeInLines());
            }
            timesTo = e.position();
            f.string(ENTITY_ID, s.entityId());
            f.string(SCENE_ID, s.sceneId());
            f.string(PROMPT, s.prompt());
            f.string(LABEL, s.label());
        }
        f.before = copyable ? s : null;
        f.timesFrom = timesFrom;
        f.timesTo = timesTo;
        f.textTo = e.position();
        // from here on, what a converted project gives every segment of a track alike: last and together, so that
        // a compressor copies it in one piece from the last segment of the same track, and the writer too
        if (copyable && s.seed() == 0 && s.parentId().isEmpty() && s.childrenIds().isEmpty() && s.workflowId().isEmpty()) {
            e.lines(UNSEEDED_UNLINKED);
        } else {
            f.integer(SEED, s.seed());
            f.string(PARENT_ID, s.parentId());
            f.strings(CHILDREN_IDS, s.childrenIds());
            f.string(WORKFLOW_ID, s.workflowId());
        }
        if (copyable) {
            Ending known = f.ending(s);
            if (known != null) {
                e.lines(known.bytes);
            } else {
                int from = e.size();
                ending(s, e, f);
                f.remember(new Ending(s, Arrays.copyOfRange(e.bytes(), from, e.size())));
            }
        } else {
            ending(s, e, f);
        }
        f.rest(SEGMENT);
    }

    /** A segment with no seed of its own (tools pick one) nor links to others: parent, children, workflow. */
    private static final byte[] UNSEEDED_UNLINKED = linesOf(f -> {
        f.integer(SEED, 0);
        f.string(PARENT_ID, "");
        f.strings(CHILDREN_IDS, List.of());
        f.string(WORKFLOW_ID, "");
    });

    /** Fields as the lines they make after an item's first field. */
    private static byte[] linesOf(java.util.function.Consumer<Fields> fields) {
        YamlEmitter scratch = new YamlEmitter(256);
        try {
            scratch.item(); // a throw-away item: what follows its first field is laid out as in any item
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible); // no sink, nothing to fail
        }
        scratch.field(ID, "");
        int from = scratch.size();
        fields.accept(new Fields(scratch));
        return Arrays.copyOfRange(scratch.bytes(), from, scratch.size());
    }

    /**
     * The fields from {@code category} to {@code outputGain}: the category and track, which the rest depends on,
     * then what most projects repeat on every segment of a track. The compressor finds the whole in the last
     * segment of the same track (whose category value is the last place those letters were seen).
     */
    private static void ending(ClapSegment s, YamlEmitter e, Fields f) {
        f.string(CATEGORY, s.category());
        f.integer(TRACK, s.track());
        f.string(OUTPUT_TYPE, s.outputType());
        f.string(RENDER_ID, s.renderId());
        f.string(STATUS, s.status());
        f.string(ASSET_URL, s.assetUrl());
        e.numberField(ASSET_DURATION_IN_MS, s.assetDurationInMs()); // always typed: see the class comment
        f.string(ASSET_SOURCE_TYPE, s.assetSourceType());
        f.string(ASSET_FILE_FORMAT, s.assetFileFormat());
        f.string(CREATED_AT, s.createdAt());
        f.string(CREATED_BY, s.createdBy());
        f.string(EDITED_BY, s.editedBy());
        f.integer(REVISION, s.revision());
        f.number(OUTPUT_GAIN, s.outputGain());
    }

    /** Whether two numbers are written alike: -0.0 is not 0, and every NaN is {@code .nan}. */
    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    /** A segment's {@link #ending} as bytes, for the segments of its track that share it. */
    private static final class Ending {
        final ClapSegment of;
        final byte[] bytes;

        Ending(ClapSegment of, byte[] bytes) {
            this.of = of;
            this.bytes = bytes;
        }

        boolean fits(ClapSegment s) {
            ClapSegment o = of;
            return s.track() == o.track() && s.category().equals(o.category())
                    && s.outputType().equals(o.outputType()) && s.renderId().equals(o.renderId()) && s.status().equals(o.status())
                    && s.assetUrl().equals(o.assetUrl()) && same(s.assetDurationInMs(), o.assetDurationInMs())
                    && s.assetSourceType().equals(o.assetSourceType()) && s.assetFileFormat().equals(o.assetFileFormat())
                    && s.createdAt().equals(o.createdAt()) && s.createdBy().equals(o.createdBy()) && s.editedBy().equals(o.editedBy())
                    && s.revision() == o.revision() && same(s.outputGain(), o.outputGain());
        }
    }

    /** Writes one known field, or the extras value that stands for it. */
    private static final class Fields {
        final YamlEmitter e;
        Map<String, Object> extras = Map.of();
        /**
         * The last segment ending written for each track (tracks 32 apart share a place): a converted project has
         * one per track. One that does not fit is written field by field, and takes the place.
         */
        private final Ending[] endings = new Ending[32];
        /** The segment written last, when it had no extras, and where its times and its text lines lie. */
        ClapSegment before;
        long timesFrom;
        long timesTo;
        long textTo;

        Fields(YamlEmitter e) {
            this.e = e;
        }

        /** The ending of a segment of the same track that {@code s} shares, or null. */
        Ending ending(ClapSegment s) {
            Ending t = endings[s.track() & (endings.length - 1)];
            return t != null && t.fits(s) ? t : null;
        }

        void remember(Ending t) {
            endings[t.of.track() & (endings.length - 1)] = t;
        }

        /** Writes the extras value standing for {@code k}, if any, and says whether it did. */
        private boolean fromExtras(Key k) {
            if (extras.isEmpty() || !extras.containsKey(k.name())) {
                return false;
            }
            e.key(k);
            e.value(extras.get(k.name()));
            return true;
        }

        void string(Key k, String v) {
            if (!fromExtras(k)) {
                e.field(k, v);
            }
        }

        void strings(Key k, List<String> v) {
            if (!fromExtras(k)) {
                e.key(k);
                e.stringList(v);
            }
        }

        void integer(Key k, long v) {
            if (!fromExtras(k)) {
                e.field(k, v);
            }
        }

        void number(Key k, double v) {
            if (!fromExtras(k)) {
                e.numberField(k, v);
            }
        }

        void bool(Key k, boolean v) {
            if (!fromExtras(k)) {
                e.field(k, v);
            }
        }

        void value(Key k, Object v) {
            if (!fromExtras(k)) {
                e.key(k);
                e.value(v);
            }
        }

        /** The extras that are not known fields, in their order. */
        void rest(Set<String> known) {
            if (extras.isEmpty()) {
                return;
            }
            for (Map.Entry<String, Object> x : extras.entrySet()) {
                if (!known.contains(x.getKey())) {
                    e.key(x.getKey());
                    e.value(x.getValue());
                }
            }
        }
    }
}

package dev.slate.clap;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Completes a project read from an older or sloppier tool so that it is a complete current file, without
 * changing anything it already has. Exactly these changes are made, and nothing else:
 * <ol>
 * <li>an <em>empty</em> {@code id} of the meta, a workflow, an entity, a scene, a scene event or a segment
 *     gets a fresh random UUID v4. Existing ids are kept as they are, even when they are not UUIDs or are
 *     duplicates, and no reference ({@code entityId}, {@code sceneId}, {@code parentId}...) is touched:
 *     an item that had no id could not be referred to;</li>
 * <li>an <em>empty</em> segment {@code createdAt} gets the current time, as JavaScript's
 *     {@code toISOString()} writes it ({@code 2024-06-01T12:34:56.789Z}); the same instant for the whole
 *     project;</li>
 * <li>{@code meta.durationInMs} is raised to the largest finite segment {@code endTimeInMs} when it is
 *     smaller (or not a number), as the reference reader does on load. It is never lowered.</li>
 * </ol>
 * Field names, enum spellings, header counts and the fields the draft and the reference both need are not
 * the normalizer's business: the reader upgrades old names on the way in and {@link ClapWriter} always
 * writes current, complete items. Normalizing twice changes nothing the second time.
 */
public final class ClapNormalizer {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Supplier<String> newId;

    /** Random UUID v4 ids and the system clock. */
    public ClapNormalizer() {
        this(Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /**
     * @param clock the time written into empty {@code createdAt} fields
     * @param newId makes each new id; it should give UUID v4 strings
     */
    public ClapNormalizer(Clock clock, Supplier<String> newId) {
        this.clock = Objects.requireNonNull(clock);
        this.newId = Objects.requireNonNull(newId);
    }

    /** The completed project; the same instance when nothing needed filling. */
    public ClapProject normalize(ClapProject project) {
        return normalizeWithChanges(project).project();
    }

    /** The completed project and a count of what was filled. */
    public Result normalizeWithChanges(ClapProject project) {
        String now = ISO_MILLIS.format(clock.instant());
        Counter c = new Counter();

        ClapMeta meta = project.meta();
        if (meta.id().isEmpty()) {
            meta = meta.toBuilder().id(newId.get()).build();
            c.metaIds++;
        }

        List<ClapWorkflow> workflows = new ArrayList<>(project.workflows().size());
        for (ClapWorkflow w : project.workflows()) {
            if (w.id().isEmpty()) {
                w = w.toBuilder().id(newId.get()).build();
                c.workflowIds++;
            }
            workflows.add(w);
        }

        List<ClapEntity> entities = new ArrayList<>(project.entities().size());
        for (ClapEntity e : project.entities()) {
            if (e.id().isEmpty()) {
                e = e.toBuilder().id(newId.get()).build();
                c.entityIds++;
            }
            entities.add(e);
        }

        List<ClapScene> scenes = new ArrayList<>(project.scenes().size());
        for (ClapScene s : project.scenes()) {
            ClapScene.Builder b = null;
            if (s.id().isEmpty()) {
                b = s.toBuilder().id(newId.get());
                c.sceneIds++;
            }
            List<ClapSceneEvent> events = null;
            for (int i = 0; i < s.events().size(); i++) {
                ClapSceneEvent ev = s.events().get(i);
                if (ev.id().isEmpty()) {
                    if (events == null) {
                        events = new ArrayList<>(s.events());
                    }
                    events.set(i, ev.toBuilder().id(newId.get()).build());
                    c.eventIds++;
                }
            }
            if (events != null) {
                b = (b == null ? s.toBuilder() : b).events(events);
            }
            scenes.add(b == null ? s : b.build());
        }

        List<ClapSegment> segments = new ArrayList<>(project.segments().size());
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (ClapSegment s : project.segments()) {
            ClapSegment.Builder b = null;
            if (s.id().isEmpty()) {
                b = s.toBuilder().id(newId.get());
                c.segmentIds++;
            }
            if (s.createdAt().isEmpty()) {
                b = (b == null ? s.toBuilder() : b).createdAt(now);
                c.createdAts++;
            }
            if (Double.isFinite(s.endTimeInMs()) && s.endTimeInMs() > lastEnd) {
                lastEnd = s.endTimeInMs();
            }
            segments.add(b == null ? s : b.build());
        }

        double before = meta.durationInMs();
        if (lastEnd > Double.NEGATIVE_INFINITY && !(before >= lastEnd)) {
            meta = meta.toBuilder().durationInMs(lastEnd).build();
        }
        Changes changes = new Changes(c.metaIds, c.workflowIds, c.entityIds, c.sceneIds, c.eventIds, c.segmentIds,
                c.createdAts, before, meta.durationInMs());
        if (!changes.any()) {
            return new Result(project, changes);
        }
        ClapProject out = project.toBuilder().meta(meta).workflows(workflows).entities(entities).scenes(scenes)
                .segments(segments).build();
        return new Result(out, changes);
    }

    /** A normalized project and what was done to it. */
    public record Result(ClapProject project, Changes changes) {
    }

    /**
     * What {@link #normalizeWithChanges} filled in.
     *
     * @param durationBefore {@code meta.durationInMs} as it was
     * @param durationAfter {@code meta.durationInMs} as it is now (equal when not raised)
     */
    public record Changes(int metaIds, int workflowIds, int entityIds, int sceneIds, int eventIds, int segmentIds,
            int createdAts, double durationBefore, double durationAfter) {

        public int filledIds() {
            return metaIds + workflowIds + entityIds + sceneIds + eventIds + segmentIds;
        }

        public boolean durationRaised() {
            return Double.compare(durationBefore, durationAfter) != 0;
        }

        public boolean any() {
            return filledIds() > 0 || createdAts > 0 || durationRaised();
        }

        /** One line per kind of change, for a person; empty when nothing changed. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            if (filledIds() > 0) {
                List<String> parts = new ArrayList<>();
                part(parts, metaIds, "meta", "meta");
                part(parts, workflowIds, "workflow", "workflows");
                part(parts, entityIds, "entity", "entities");
                part(parts, sceneIds, "scene", "scenes");
                part(parts, eventIds, "scene event", "scene events");
                part(parts, segmentIds, "segment", "segments");
                String what = filledIds() == 1 ? " empty id with a new UUID (" : " empty ids with new UUIDs (";
                lines.add("filled " + filledIds() + what + String.join(", ", parts) + ")");
            }
            if (createdAts > 0) {
                lines.add("filled " + createdAts + " empty segment createdAt" + (createdAts == 1 ? "" : "s")
                        + " with the current time");
            }
            if (durationRaised()) {
                lines.add("raised meta.durationInMs from " + ms(durationBefore) + " to " + ms(durationAfter)
                        + " (the last segment end)");
            }
            return lines;
        }

        private static void part(List<String> parts, int n, String one, String many) {
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? one : many));
            }
        }

        private static String ms(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private static final class Counter {
        int metaIds;
        int workflowIds;
        int entityIds;
        int sceneIds;
        int eventIds;
        int segmentIds;
        int createdAts;
    }
}

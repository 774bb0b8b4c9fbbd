package dev.slate.clap;

import dev.slate.clap.internal.validate.AssetSources;
import dev.slate.clap.internal.validate.Iso8601;
import dev.slate.clap.internal.validate.KnownFields;
import dev.slate.clap.internal.validate.ReferenceReading;
import dev.slate.clap.internal.validate.TrackOverlaps;
import dev.slate.clap.internal.validate.Uuids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a project against the OpenClap draft and what the reference reader ({@code @aitube/clap} 0.2.4)
 * does with it. Findings name the item ({@code segment 12}, 0-based within its section), the field and
 * the problem, in item order.
 *
 * <p>Errors (the file breaks a rule of the format, or refers to something that is not there):
 * <ul>
 * <li>an id that is not a UUID v4 (meta, workflows, entities, scenes, segments), or is empty;</li>
 * <li>an id used twice in one section (the same id in two sections is a warning);</li>
 * <li>a seed outside {@code 0..2147483648} (entities and segments);</li>
 * <li>a start after its end: segment times, segment lines (when both are set), scene, sequence and
 *     event lines (when both are set);</li>
 * <li>negative or non-finite times and durations, negative lines, a negative track;</li>
 * <li>a segment's {@code entityId}, {@code sceneId}, {@code workflowId}, {@code parentId} or
 *     {@code childrenIds} naming no such item;</li>
 * <li>a known field whose value has the wrong type (the reader kept it, unchanged, in the item's extras).</li>
 * </ul>
 * Warnings (the file loads, but not as it says):
 * <ul>
 * <li>segments overlapping on one track (each pair once; at most 100 pairs listed per track, the rest
 *     counted);</li>
 * <li>enum values the reference does not know, with what it turns them into;</li>
 * <li>{@code meta.durationInMs} shorter than the last segment end, or otherwise changed by the reference
 *     (0 becomes 4000, less than 1000 becomes 1000); width, height, bpm, frame rate outside the ranges the
 *     reference clamps to;</li>
 * <li>a segment {@code createdAt} that is not an ISO 8601 date or date-time;</li>
 * <li>a known field with no value ({@code null});</li>
 * <li>an asset location unsafe for its source type, as the draft's security notes ask: a {@code PATH} that
 *     is absolute or climbs out of its folder ({@code ..}), a {@code DATA} URI that is malformed (no comma, no
 *     media type, bad base64 or %-escapes), a {@code REMOTE} that is not an http(s) URL. Slate itself never
 *     follows an asset location: it opens no path, fetches no URL, decodes no data.</li>
 * </ul>
 *
 * <p>Validation is linear in the size of the project except for the overlap check, which sorts each
 * track's segments: O(n log n). A validator holds no state; one instance may be shared.
 */
public final class ClapValidator {

    /** The largest seed the draft allows. */
    public static final long MAX_SEED = 2147483648L;
    /** Overlapping pairs listed one by one on a track; more are counted in one finding. */
    public static final int MAX_LISTED_OVERLAPS_PER_TRACK = 100;

    public ClapValidator() {
    }

    public List<ClapFinding> validate(ClapProject project) {
        return new Run(project).run();
    }

    /**
     * The reader's findings first, then the validator's. A value of the wrong type that the reader already
     * reported is reported once, as the reader worded it, as an error.
     */
    public List<ClapFinding> validate(ClapReadResult read) {
        Run run = new Run(read.project());
        List<ClapFinding> own = run.run();
        Set<String> typeKeys = new HashSet<>();
        for (ClapFinding f : run.typeFindings) {
            if (f.severity() == ClapFinding.Severity.ERROR) {
                typeKeys.add(key(f));
            }
        }
        Set<String> reported = new HashSet<>();
        List<ClapFinding> out = new ArrayList<>(read.findings().size() + own.size());
        for (ClapFinding f : read.findings()) {
            String k = key(f);
            if (typeKeys.contains(k) && f.severity() == ClapFinding.Severity.WARNING) {
                f = ClapFinding.error(f.item(), f.field(), f.message());
            }
            reported.add(k);
            out.add(f);
        }
        for (ClapFinding f : own) {
            if (!(run.typeFindings.contains(f) && reported.contains(key(f)))) {
                out.add(f);
            }
        }
        return out;
    }

    private static String key(ClapFinding f) {
        return f.item() + '\u0000' + f.field();
    }

    /** One validation: the project, the id indexes built from it, and the findings so far. */
    private static final class Run {
        private final ClapProject p;
        private final List<ClapFinding> out = new ArrayList<>();
        private final Set<ClapFinding> typeFindings = new HashSet<>();
        /** Every id seen so far, with the item that has it first. */
        private final Map<String, String> firstUse = new HashMap<>();

        Run(ClapProject p) {
            this.p = p;
        }

        List<ClapFinding> run() {
            checkHeader();
            checkMeta();
            for (int i = 0; i < p.workflows().size(); i++) {
                checkWorkflow("workflow " + i, p.workflows().get(i));
            }
            for (int i = 0; i < p.entities().size(); i++) {
                checkEntity("entity " + i, p.entities().get(i));
            }
            for (int i = 0; i < p.scenes().size(); i++) {
                checkScene("scene " + i, p.scenes().get(i));
            }
            checkSegments();
            return out;
        }

        private void error(String item, String field, String message) {
            out.add(ClapFinding.error(item, field, message));
        }

        private void warning(String item, String field, String message) {
            out.add(ClapFinding.warning(item, field, message));
        }

        private void checkHeader() {
            checkExtras("header", p.headerExtras(), KnownFields.HEADER);
        }

        private void checkMeta() {
            ClapMeta m = p.meta();
            checkId("meta", m.id());
            checkExtras("meta", m.extras(), KnownFields.META);
            if (m.knownImageRatio().isEmpty()) {
                warning("meta", "imageRatio", "unknown value \"" + show(m.imageRatio())
                        + "\": the reference reader reads it as LANDSCAPE");
            }
            double d = m.durationInMs();
            if (!Double.isFinite(d) || d < 0) {
                error("meta", "durationInMs", "must be a finite number of milliseconds, 0 or more, not " + num(d));
            } else {
                double lastEnd = 0;
                for (ClapSegment s : p.segments()) {
                    if (Double.isFinite(s.endTimeInMs()) && s.endTimeInMs() > lastEnd) {
                        lastEnd = s.endTimeInMs();
                    }
                }
                double asRead = Math.max(ReferenceReading.clamped(d, 1000, ReferenceReading.MAX_SAFE_INTEGER, 4000),
                        lastEnd);
                if (d < lastEnd) {
                    warning("meta", "durationInMs", num(d) + " ms is shorter than the last segment end ("
                            + num(lastEnd) + " ms): the reference reader raises it to " + num(asRead));
                } else if (asRead != d) {
                    warning("meta", "durationInMs", num(d) + " ms: the reference reader reads it as " + num(asRead));
                }
            }
            clampWarning("width", m.width(), 128, 8192, ClapMeta.DEFAULT_WIDTH);
            clampWarning("height", m.height(), 128, 8192, ClapMeta.DEFAULT_HEIGHT);
            clampWarning("bpm", m.bpm(), 1, 500, ClapMeta.DEFAULT_BPM);
            clampWarning("frameRate", m.frameRate(), 1, 1000, ClapMeta.DEFAULT_FRAME_RATE);
        }

        private void clampWarning(String field, double v, double min, double max, double dflt) {
            double asRead = ReferenceReading.clamped(v, min, max, dflt);
            if (asRead != v) {
                warning("meta", field, num(v) + " is outside " + num(min) + ".." + num(max)
                        + ": the reference reader reads it as " + num(asRead));
            }
        }

        private void checkWorkflow(String item, ClapWorkflow w) {
            checkId(item, w.id());
            checkExtras(item, w.extras(), KnownFields.WORKFLOW);
            if (ClapEnum.lookup(WorkflowEngine.class, w.engine()).isEmpty()) {
                warning(item, "engine", unknown(w.engine(), "reads it as " + WorkflowEngine.DEFAULT.wire()));
            }
            if (ClapEnum.lookup(WorkflowCategory.class, w.category()).isEmpty()) {
                warning(item, "category",
                        unknown(w.category(), "reads it as " + WorkflowCategory.IMAGE_GENERATION.wire()));
            }
            if (ClapEnum.lookup(WorkflowProvider.class, w.provider()).isEmpty()) {
                warning(item, "provider", unknown(w.provider(), "reads it as " + WorkflowProvider.NONE.wire()));
            }
        }

        private void checkEntity(String item, ClapEntity e) {
            checkId(item, e.id());
            checkExtras(item, e.extras(), KnownFields.ENTITY);
            if (e.knownCategory().isEmpty()) {
                warning(item, "category", unknown(e.category(),
                        "reads it as " + ReferenceReading.segmentCategory(e.category())));
            }
            checkSource(item, "imageSourceType", e.imageSourceType());
            checkSource(item, "audioSourceType", e.audioSourceType());
            checkAsset(item, "imageId", e.imageSourceType(), e.imageId());
            checkAsset(item, "audioId", e.audioSourceType(), e.audioId());
            checkSeed(item, e.seed());
        }

        private void checkScene(String item, ClapScene s) {
            checkId(item, s.id());
            checkExtras(item, s.extras(), KnownFields.SCENE);
            checkLines(item, "sequenceStartAtLine", s.sequenceStartAtLine(), "sequenceEndAtLine",
                    s.sequenceEndAtLine());
            checkLines(item, "startAtLine", s.startAtLine(), "endAtLine", s.endAtLine());
            for (int i = 0; i < s.events().size(); i++) {
                ClapSceneEvent ev = s.events().get(i);
                String evItem = item + " event " + i;
                checkExtras(evItem, ev.extras(), KnownFields.EVENT);
                checkLines(evItem, "startAtLine", ev.startAtLine(), "endAtLine", ev.endAtLine());
            }
        }

        private void checkSegments() {
            List<ClapSegment> segments = p.segments();
            Set<String> entityIds = ids(p.entities(), ClapEntity::id);
            Set<String> sceneIds = ids(p.scenes(), ClapScene::id);
            Set<String> workflowIds = ids(p.workflows(), ClapWorkflow::id);
            Set<String> segmentIds = ids(segments, ClapSegment::id);
            Map<Integer, List<ClapFinding>> overlaps = new HashMap<>();
            List<ClapFinding> unlisted = new ArrayList<>();
            TrackOverlaps.find(segments, MAX_LISTED_OVERLAPS_PER_TRACK, new TrackOverlaps.Sink() {
                @Override
                public void overlap(int later, int earlier) {
                    ClapSegment a = segments.get(later);
                    ClapSegment b = segments.get(earlier);
                    overlaps.computeIfAbsent(later, k -> new ArrayList<>(1)).add(ClapFinding.warning(
                            "segment " + later, "track", "overlaps segment " + earlier + " on track " + a.track()
                                    + " (" + num(a.startTimeInMs()) + ".." + num(a.endTimeInMs()) + " ms and "
                                    + num(b.startTimeInMs()) + ".." + num(b.endTimeInMs()) + " ms)"));
                }

                @Override
                public void unlisted(int track, long pairs) {
                    unlisted.add(ClapFinding.warning("track " + track, "", pairs + " more overlapping pairs of"
                            + " segments, not listed (" + MAX_LISTED_OVERLAPS_PER_TRACK + " listed)"));
                }
            });

            for (int i = 0; i < segments.size(); i++) {
                ClapSegment s = segments.get(i);
                String item = "segment " + i;
                checkId(item, s.id());
                checkExtras(item, s.extras(), KnownFields.SEGMENT);
                if (s.track() < 0) {
                    error(item, "track", "must be 0 or more, not " + s.track());
                }
                boolean start = checkTime(item, "startTimeInMs", s.startTimeInMs());
                boolean end = checkTime(item, "endTimeInMs", s.endTimeInMs());
                if (start && end && s.startTimeInMs() > s.endTimeInMs()) {
                    error(item, "startTimeInMs", "starts after it ends (" + num(s.startTimeInMs()) + " > "
                            + num(s.endTimeInMs()) + " ms)");
                }
                checkTime(item, "assetDurationInMs", s.assetDurationInMs());
                checkLines(item, "startTimeInLines", s.startTimeInLines(), "endTimeInLines", s.endTimeInLines());
                if (s.knownCategory().isEmpty()) {
                    warning(item, "category", unknown(s.category(),
                            "reads it as " + ReferenceReading.segmentCategory(s.category())));
                }
                if (ClapEnum.lookup(OutputType.class, s.outputType()).isEmpty()) {
                    warning(item, "outputType", unknown(s.outputType(), "reads it as " + OutputType.TEXT.wire()));
                }
                if (ClapEnum.lookup(SegmentStatus.class, s.status()).isEmpty()) {
                    warning(item, "status", unknown(s.status(), "keeps it, but tools do not recognise it"));
                }
                checkSource(item, "assetSourceType", s.assetSourceType());
                checkAsset(item, "assetUrl", s.assetSourceType(), s.assetUrl());
                checkReference(item, "entityId", s.entityId(), entityIds, "entity");
                checkReference(item, "sceneId", s.sceneId(), sceneIds, "scene");
                checkReference(item, "workflowId", s.workflowId(), workflowIds, "workflow");
                checkReference(item, "parentId", s.parentId(), segmentIds, "segment");
                for (String child : s.childrenIds()) {
                    checkReference(item, "childrenIds", child, segmentIds, "segment");
                }
                checkSeed(item, s.seed());
                if (!Iso8601.isDateOrDateTime(s.createdAt())) {
                    warning(item, "createdAt", s.createdAt().isEmpty() ? "is empty: not an ISO 8601 date"
                            : "\"" + show(s.createdAt()) + "\" is not an ISO 8601 date or date-time");
                }
                List<ClapFinding> o = overlaps.get(i);
                if (o != null) {
                    out.addAll(o);
                }
            }
            out.addAll(unlisted);
        }

        private void checkId(String item, String id) {
            if (id.isEmpty()) {
                error(item, "id", "is empty: every item needs a UUID v4 (slate normalize fills it)");
                return;
            }
            if (!Uuids.isV4(id)) {
                error(item, "id", "\"" + show(id) + "\" is not a UUID v4");
            }
            String first = firstUse.putIfAbsent(id, item);
            if (first != null) {
                if (section(first).equals(section(item))) {
                    error(item, "id", "duplicate id: " + first + " has it too");
                } else {
                    warning(item, "id", "the same id as " + first);
                }
            }
        }

        private static String section(String item) {
            int space = item.indexOf(' ');
            return space < 0 ? item : item.substring(0, space);
        }

        private void checkExtras(String item, Map<String, Object> extras, Map<String, KnownFields.Kind> known) {
            if (extras.isEmpty()) {
                return;
            }
            for (Map.Entry<String, Object> e : extras.entrySet()) {
                KnownFields.Kind kind = known.get(e.getKey());
                if (kind == null || kind.accepts(e.getValue())) {
                    continue;
                }
                ClapFinding f;
                if (e.getValue() == null) {
                    f = ClapFinding.warning(item, e.getKey(), "has no value (null): tools use their default");
                } else {
                    f = ClapFinding.error(item, e.getKey(), "must be " + kind.description() + ", found "
                            + KnownFields.describe(e.getValue()) + " (kept as it is)");
                }
                out.add(f);
                typeFindings.add(f);
            }
        }

        private void checkSeed(String item, long seed) {
            if (seed < 0 || seed > MAX_SEED) {
                error(item, "seed", "must be an integer from 0 to " + MAX_SEED + ", not " + seed);
            }
        }

        private void checkSource(String item, String field, String value) {
            if (ClapEnum.lookup(AssetSource.class, value).isEmpty()) {
                warning(item, field, unknown(value, "keeps it, but tools do not recognise it"));
            }
        }

        private void checkAsset(String item, String field, String sourceType, String location) {
            String problem = AssetSources.problem(sourceType, location);
            if (problem != null) {
                warning(item, field, problem);
            }
        }

        /** True when the time is usable (finite, not negative). */
        private boolean checkTime(String item, String field, double v) {
            if (!Double.isFinite(v)) {
                error(item, field, "must be a finite number of milliseconds, not " + num(v));
                return false;
            }
            if (v < 0) {
                error(item, field, "must be 0 or more, not " + num(v));
                return false;
            }
            return true;
        }

        /** Lines are 1-based; 0 means "none", so order is only checked when both are set. */
        private void checkLines(String item, String startField, int start, String endField, int end) {
            if (start < 0) {
                error(item, startField, "must be 0 or more, not " + start);
            }
            if (end < 0) {
                error(item, endField, "must be 0 or more, not " + end);
            }
            if (start > 0 && end > 0 && start > end) {
                error(item, startField, "starts after it ends (line " + start + " > line " + end + ")");
            }
        }

        private void checkReference(String item, String field, String id, Set<String> ids, String what) {
            if (!id.isEmpty() && !ids.contains(id)) {
                error(item, field, "no " + what + " has the id \"" + show(id) + "\"");
            }
        }

        private static <T> Set<String> ids(List<T> items, java.util.function.Function<T, String> id) {
            Set<String> out = new HashSet<>(items.size() * 2);
            for (T t : items) {
                out.add(id.apply(t));
            }
            return out;
        }

        private static String unknown(String value, String whatReferenceDoes) {
            return "unknown value \"" + show(value) + "\": the reference reader " + whatReferenceDoes;
        }

        private static String show(String s) {
            return KnownFields.oneLine(s.length() > 60 ? s.substring(0, 60) + "..." : s);
        }

        /** Integral values without a fraction: {@code 3000}, not {@code 3000.0}. */
        private static String num(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v);
        }
    }
}

package dev.slate.clap.internal;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapMeta;
import dev.slate.clap.ClapScene;
import dev.slate.clap.ClapSceneEvent;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.ClapWorkflow;
import dev.slate.clap.ImageRatio;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds model records from the mappings of a file, one pass over each mapping's entries in file order.
 * Field names and upgrade rules are the reference implementation's ({@code @aitube/clap} 0.2.4) and the
 * draft's; enum values are canonicalized by the model constructors (case-insensitive).
 */
final class ClapItemMapper {
    private ClapItemMapper() {
    }

    static ClapMeta meta(Map<?, ?> map, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "meta", -1, "");
        ClapMeta.Builder b = ClapMeta.builder();
        String imageRatio = null;
        String orientation = null;
        String storyPrompt = null;
        String screenplay = null;
        String imagePrompt = null;
        String extraPositivePrompt = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = f.key(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "id": { String x = f.string(k, v); if (x != null) b.id(x); break; }
                case "title": { String x = f.string(k, v); if (x != null) b.title(x); break; }
                case "description": { String x = f.string(k, v); if (x != null) b.description(x); break; }
                case "synopsis": { String x = f.string(k, v); if (x != null) b.synopsis(x); break; }
                case "licence": { String x = f.string(k, v); if (x != null) b.licence(x); break; }
                case "tags": { List<String> x = f.strings(k, v); if (x != null) b.tags(x); break; }
                case "thumbnailUrl": { String x = f.string(k, v); if (x != null) b.thumbnailUrl(x); break; }
                case "imageRatio": imageRatio = f.string(k, v); break;
                case "orientation": orientation = f.string(k, v); break;
                case "durationInMs": { double x = f.number(k, v); if (f.ok) b.durationInMs(x); break; }
                case "width": { int x = f.integer(k, v); if (f.ok) b.width(x); break; }
                case "height": { int x = f.integer(k, v); if (f.ok) b.height(x); break; }
                case "bpm": { double x = f.number(k, v); if (f.ok) b.bpm(x); break; }
                case "frameRate": { double x = f.number(k, v); if (f.ok) b.frameRate(x); break; }
                case "defaultVideoModel": { String x = f.string(k, v); if (x != null) b.defaultVideoModel(x); break; }
                case "imagePrompt": imagePrompt = f.string(k, v); break;
                case "extraPositivePrompt": extraPositivePrompt = promptList(f, k, v); break;
                case "systemPrompt": { String x = f.string(k, v); if (x != null) b.systemPrompt(x); break; }
                case "storyPrompt": storyPrompt = f.string(k, v); break;
                case "screenplay": screenplay = f.string(k, v); break;
                case "isLoop": { boolean x = f.bool(k, v); if (f.ok) b.isLoop(x); break; }
                case "isInteractive": { boolean x = f.bool(k, v); if (f.ok) b.isInteractive(x); break; }
                default: f.extra(k, v);
            }
        }
        if (imageRatio != null) {
            b.imageRatio(imageRatio);
            if (orientation != null && !sameRatio(imageRatio, orientation)) {
                f.warn("orientation", "orientation \"" + clip(orientation) + "\" differs from imageRatio \""
                        + clip(imageRatio) + "\"; kept imageRatio");
            }
        } else if (orientation != null) {
            b.imageRatio(orientation);
        }
        b.screenplay(preferred(f, "storyPrompt", storyPrompt, "screenplay", screenplay));
        b.imagePrompt(preferred(f, "imagePrompt", imagePrompt, "extraPositivePrompt", extraPositivePrompt));
        return b.extras(f.extras()).build();
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static boolean sameRatio(String a, String b) {
        return ImageRatio.parse(a).map(Enum::name).orElse(a).equals(ImageRatio.parse(b).map(Enum::name).orElse(b));
    }

    /** The reference's rule: the newer field when non-empty, else the older one; a warning if both differ. */
    private static String preferred(ClapItemFields f, String newKey, String newer, String oldKey, String older) {
        boolean hasNew = newer != null && !newer.isEmpty();
        boolean hasOld = older != null && !older.isEmpty();
        if (hasNew && hasOld && !newer.equals(older)) {
            f.warn(oldKey, oldKey + " differs from " + newKey + "; kept " + newKey + " (as the reference reader does)");
        }
        return hasNew ? newer : older == null ? "" : older;
    }

    /** {@code extraPositivePrompt}: a list joined with ", " as the reference does, or the 0.0.1 draft's plain string. */
    private static String promptList(ClapItemFields f, String k, Object v) {
        if (v instanceof String str) {
            return str;
        }
        List<String> parts = f.strings(k, v);
        return parts == null ? null : String.join(", ", parts);
    }

    static ClapWorkflow workflow(Map<?, ?> map, int index, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "workflow", index, "");
        ClapWorkflow.Builder b = ClapWorkflow.builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = f.key(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "id": { String x = f.string(k, v); if (x != null) b.id(x); break; }
                case "label": { String x = f.string(k, v); if (x != null) b.label(x); break; }
                case "description": { String x = f.string(k, v); if (x != null) b.description(x); break; }
                case "tags": { List<String> x = f.strings(k, v); if (x != null) b.tags(x); break; }
                case "author": { String x = f.string(k, v); if (x != null) b.author(x); break; }
                case "thumbnailUrl": { String x = f.string(k, v); if (x != null) b.thumbnailUrl(x); break; }
                case "nonCommercial": { boolean x = f.bool(k, v); if (f.ok) b.nonCommercial(x); break; }
                case "engine": { String x = f.string(k, v); if (x != null) b.engine(x); break; }
                case "category": { String x = f.string(k, v); if (x != null) b.category(x); break; }
                case "provider": { String x = f.string(k, v); if (x != null) b.provider(x); break; }
                case "data": { String x = f.string(k, v); if (x != null) b.data(x); break; }
                case "schema": { String x = f.string(k, v); if (x != null) b.schema(x); break; }
                case "inputFields": { List<Object> x = f.list(k, v); if (x != null) b.inputFields(x); break; }
                case "inputValues": { Map<String, Object> x = f.map(k, v); if (x != null) b.inputValues(x); break; }
                default: f.extra(k, v);
            }
        }
        return b.extras(f.extras()).build();
    }

    static ClapEntity entity(Map<?, ?> map, int index, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "entity", index, "");
        ClapEntity.Builder b = ClapEntity.builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = f.key(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "id": { String x = f.string(k, v); if (x != null) b.id(x); break; }
                case "category": { String x = f.string(k, v); if (x != null) b.category(x); break; }
                case "triggerName": { String x = f.string(k, v); if (x != null) b.triggerName(x); break; }
                case "label": { String x = f.string(k, v); if (x != null) b.label(x); break; }
                case "description": { String x = f.string(k, v); if (x != null) b.description(x); break; }
                case "tags": { List<String> x = f.strings(k, v); if (x != null) b.tags(x); break; }
                case "author": { String x = f.string(k, v); if (x != null) b.author(x); break; }
                case "thumbnailUrl": { String x = f.string(k, v); if (x != null) b.thumbnailUrl(x); break; }
                case "seed": { long x = f.longInteger(k, v); if (f.ok) b.seed(x); break; }
                case "imagePrompt": { String x = f.string(k, v); if (x != null) b.imagePrompt(x); break; }
                case "imageSourceType": { String x = f.string(k, v); if (x != null) b.imageSourceType(x); break; }
                case "imageEngine": { String x = f.string(k, v); if (x != null) b.imageEngine(x); break; }
                case "imageId": { String x = f.string(k, v); if (x != null) b.imageId(x); break; }
                case "audioPrompt": { String x = f.string(k, v); if (x != null) b.audioPrompt(x); break; }
                case "audioSourceType": { String x = f.string(k, v); if (x != null) b.audioSourceType(x); break; }
                case "audioEngine": { String x = f.string(k, v); if (x != null) b.audioEngine(x); break; }
                case "audioId": { String x = f.string(k, v); if (x != null) b.audioId(x); break; }
                case "age": { int x = f.integer(k, v); if (f.ok) b.age(x); break; }
                case "gender": { String x = f.string(k, v); if (x != null) b.gender(x); break; }
                case "region": { String x = f.string(k, v); if (x != null) b.region(x); break; }
                case "appearance": { String x = f.string(k, v); if (x != null) b.appearance(x); break; }
                default: f.extra(k, v);
            }
        }
        return b.extras(f.extras()).build();
    }

    static ClapScene scene(Map<?, ?> map, int index, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "scene", index, "");
        ClapScene.Builder b = ClapScene.builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = f.key(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "id": { String x = f.string(k, v); if (x != null) b.id(x); break; }
                case "scene": { String x = f.string(k, v); if (x != null) b.scene(x); break; }
                case "line": { String x = f.string(k, v); if (x != null) b.line(x); break; }
                case "rawLine": { String x = f.string(k, v); if (x != null) b.rawLine(x); break; }
                case "sequenceFullText": { String x = f.string(k, v); if (x != null) b.sequenceFullText(x); break; }
                case "sequenceStartAtLine": { int x = f.integer(k, v); if (f.ok) b.sequenceStartAtLine(x); break; }
                case "sequenceEndAtLine": { int x = f.integer(k, v); if (f.ok) b.sequenceEndAtLine(x); break; }
                case "startAtLine": { int x = f.integer(k, v); if (f.ok) b.startAtLine(x); break; }
                case "endAtLine": { int x = f.integer(k, v); if (f.ok) b.endAtLine(x); break; }
                case "events": { List<ClapSceneEvent> x = events(f, k, v, index, findings); if (x != null) b.events(x); break; }
                default: f.extra(k, v);
            }
        }
        return b.extras(f.extras()).build();
    }

    private static List<ClapSceneEvent> events(ClapItemFields f, String k, Object v, int scene,
            List<ClapFinding> findings) {
        if (v instanceof List<?> list) {
            boolean allMaps = true;
            for (Object o : list) {
                if (!(o instanceof Map)) {
                    allMaps = false;
                    break;
                }
            }
            if (allMaps) {
                List<ClapSceneEvent> out = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    out.add(event((Map<?, ?>) list.get(i), scene, "events[" + i + "].", findings));
                }
                return out;
            }
        }
        f.wrong(k, v, "a list of events (mappings)");
        return null;
    }

    private static ClapSceneEvent event(Map<?, ?> map, int scene, String prefix, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "scene", scene, prefix);
        ClapSceneEvent.Builder b = ClapSceneEvent.builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = f.key(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "id": { String x = f.string(k, v); if (x != null) b.id(x); break; }
                case "type": { String x = f.string(k, v); if (x != null) b.type(x); break; }
                case "character": { String x = f.string(k, v); if (x != null) b.character(x); break; }
                case "description": { String x = f.string(k, v); if (x != null) b.description(x); break; }
                case "behavior": { String x = f.string(k, v); if (x != null) b.behavior(x); break; }
                case "startAtLine": { int x = f.integer(k, v); if (f.ok) b.startAtLine(x); break; }
                case "endAtLine": { int x = f.integer(k, v); if (f.ok) b.endAtLine(x); break; }
                default: f.extra(k, v);
            }
        }
        return b.extras(f.extras()).build();
    }

    static ClapSegment segment(Map<?, ?> map, int index, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "segment", index, "");
        ClapSegment.Builder b = ClapSegment.builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = f.key(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "id": { String x = f.string(k, v); if (x != null) b.id(x); break; }
                case "parentId": { String x = f.string(k, v); if (x != null) b.parentId(x); break; }
                case "childrenIds": { List<String> x = f.strings(k, v); if (x != null) b.childrenIds(x); break; }
                case "track": { int x = f.integer(k, v); if (f.ok) b.track(x); break; }
                case "startTimeInMs": { double x = f.number(k, v); if (f.ok) b.startTimeInMs(x); break; }
                case "endTimeInMs": { double x = f.number(k, v); if (f.ok) b.endTimeInMs(x); break; }
                case "category": { String x = f.string(k, v); if (x != null) b.category(x); break; }
                case "entityId": { String x = f.string(k, v); if (x != null) b.entityId(x); break; }
                case "workflowId": { String x = f.string(k, v); if (x != null) b.workflowId(x); break; }
                case "sceneId": { String x = f.string(k, v); if (x != null) b.sceneId(x); break; }
                case "startTimeInLines": { int x = f.integer(k, v); if (f.ok) b.startTimeInLines(x); break; }
                case "endTimeInLines": { int x = f.integer(k, v); if (f.ok) b.endTimeInLines(x); break; }
                case "prompt": { String x = f.string(k, v); if (x != null) b.prompt(x); break; }
                case "label": { String x = f.string(k, v); if (x != null) b.label(x); break; }
                case "outputType": { String x = f.string(k, v); if (x != null) b.outputType(x); break; }
                case "renderId": { String x = f.string(k, v); if (x != null) b.renderId(x); break; }
                case "status": { String x = f.string(k, v); if (x != null) b.status(x); break; }
                case "assetUrl": { String x = f.string(k, v); if (x != null) b.assetUrl(x); break; }
                case "assetDurationInMs": { double x = f.number(k, v); if (f.ok) b.assetDurationInMs(x); break; }
                case "assetSourceType": { String x = f.string(k, v); if (x != null) b.assetSourceType(x); break; }
                case "assetFileFormat": { String x = f.string(k, v); if (x != null) b.assetFileFormat(x); break; }
                case "createdAt": { String x = f.string(k, v); if (x != null) b.createdAt(x); break; }
                case "createdBy": { String x = f.string(k, v); if (x != null) b.createdBy(x); break; }
                case "editedBy": { String x = f.string(k, v); if (x != null) b.editedBy(x); break; }
                case "revision": { int x = f.integer(k, v); if (f.ok) b.revision(x); break; }
                case "outputGain": { double x = f.number(k, v); if (f.ok) b.outputGain(x); break; }
                case "seed": { long x = f.longInteger(k, v); if (f.ok) b.seed(x); break; }
                default: f.extra(k, v);
            }
        }
        return b.extras(f.extras()).build();
    }
}

package dev.slate.clap;

import java.util.List;
import java.util.Map;

/**
 * A span of the timeline on one track: a shot, a line of dialogue, a sound, a storyboard image...
 *
 * @param parentId the segment this one belongs to, empty when none
 * @param childrenIds segments that belong to this one
 * @param track the timeline row; one category per track keeps a timeline readable
 * @param category a {@link SegmentCategory} wire value, or an unknown value kept as read
 * @param startTimeInLines first screenplay line (1-based) the segment comes from, 0 when none
 * @param endTimeInLines last screenplay line (1-based, inclusive), 0 when none
 * @param outputType an {@link OutputType} wire value, or an unknown value kept as read
 * @param status a {@link SegmentStatus} wire value, or an unknown value kept as read
 * @param assetDurationInMs always written as a number: the reference reader zeroes {@code endTimeInMs}
 *     when it is not
 * @param assetSourceType an {@link AssetSource} wire value, or an unknown value kept as read
 * @param createdAt an ISO 8601 timestamp
 * @param seed 0 (tools pick one) or an integer up to 2147483648
 */
public record ClapSegment(
        String id,
        String parentId,
        List<String> childrenIds,
        int track,
        double startTimeInMs,
        double endTimeInMs,
        String category,
        String entityId,
        String workflowId,
        String sceneId,
        int startTimeInLines,
        int endTimeInLines,
        String prompt,
        String label,
        String outputType,
        String renderId,
        String status,
        String assetUrl,
        double assetDurationInMs,
        String assetSourceType,
        String assetFileFormat,
        String createdAt,
        String createdBy,
        String editedBy,
        int revision,
        double outputGain,
        long seed,
        Map<String, Object> extras) {

    public ClapSegment {
        id = Extras.text(id);
        parentId = Extras.text(parentId);
        childrenIds = Extras.list(childrenIds);
        category = category == null || category.isEmpty() ? SegmentCategory.GENERIC.wire()
                : SegmentCategory.canonical(category);
        entityId = Extras.text(entityId);
        workflowId = Extras.text(workflowId);
        sceneId = Extras.text(sceneId);
        prompt = Extras.text(prompt);
        label = Extras.text(label);
        outputType = outputType == null || outputType.isEmpty() ? OutputType.TEXT.wire()
                : OutputType.CONSTANTS.canonical(outputType);
        renderId = Extras.text(renderId);
        status = status == null || status.isEmpty() ? SegmentStatus.TO_GENERATE.wire()
                : SegmentStatus.CONSTANTS.canonical(status);
        assetUrl = Extras.text(assetUrl);
        assetSourceType = assetSourceType == null || assetSourceType.isEmpty() ? AssetSource.EMPTY.wire()
                : AssetSource.CONSTANTS.canonical(assetSourceType);
        assetFileFormat = Extras.text(assetFileFormat);
        createdAt = Extras.text(createdAt);
        createdBy = Extras.text(createdBy);
        editedBy = Extras.text(editedBy);
        extras = Extras.copy(extras);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public java.util.Optional<SegmentCategory> knownCategory() {
        return SegmentCategory.parse(category);
    }

    public static final class Builder {
        private String id = "";
        private String parentId = "";
        private List<String> childrenIds = List.of();
        private int track;
        private double startTimeInMs;
        private double endTimeInMs;
        private String category = SegmentCategory.GENERIC.wire();
        private String entityId = "";
        private String workflowId = "";
        private String sceneId = "";
        private int startTimeInLines;
        private int endTimeInLines;
        private String prompt = "";
        private String label = "";
        private String outputType = OutputType.TEXT.wire();
        private String renderId = "";
        private String status = SegmentStatus.TO_GENERATE.wire();
        private String assetUrl = "";
        private double assetDurationInMs;
        private String assetSourceType = AssetSource.EMPTY.wire();
        private String assetFileFormat = "";
        private String createdAt = "";
        private String createdBy = "auto";
        private String editedBy = "auto";
        private int revision;
        private double outputGain;
        private long seed;
        private Map<String, Object> extras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapSegment s) {
            id = s.id; parentId = s.parentId; childrenIds = s.childrenIds; track = s.track;
            startTimeInMs = s.startTimeInMs; endTimeInMs = s.endTimeInMs; category = s.category;
            entityId = s.entityId; workflowId = s.workflowId; sceneId = s.sceneId;
            startTimeInLines = s.startTimeInLines; endTimeInLines = s.endTimeInLines; prompt = s.prompt;
            label = s.label; outputType = s.outputType; renderId = s.renderId; status = s.status;
            assetUrl = s.assetUrl; assetDurationInMs = s.assetDurationInMs; assetSourceType = s.assetSourceType;
            assetFileFormat = s.assetFileFormat; createdAt = s.createdAt; createdBy = s.createdBy;
            editedBy = s.editedBy; revision = s.revision; outputGain = s.outputGain; seed = s.seed; extras = s.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder parentId(String v) { parentId = v; return this; }
        public Builder childrenIds(List<String> v) { childrenIds = v; return this; }
        public Builder track(int v) { track = v; return this; }
        public Builder startTimeInMs(double v) { startTimeInMs = v; return this; }
        public Builder endTimeInMs(double v) { endTimeInMs = v; return this; }
        public Builder category(SegmentCategory v) { category = v.wire(); return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder entityId(String v) { entityId = v; return this; }
        public Builder workflowId(String v) { workflowId = v; return this; }
        public Builder sceneId(String v) { sceneId = v; return this; }
        public Builder startTimeInLines(int v) { startTimeInLines = v; return this; }
        public Builder endTimeInLines(int v) { endTimeInLines = v; return this; }
        public Builder prompt(String v) { prompt = v; return this; }
        public Builder label(String v) { label = v; return this; }
        public Builder outputType(OutputType v) { outputType = v.wire(); return this; }
        public Builder outputType(String v) { outputType = v; return this; }
        public Builder renderId(String v) { renderId = v; return this; }
        public Builder status(SegmentStatus v) { status = v.wire(); return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder assetUrl(String v) { assetUrl = v; return this; }
        public Builder assetDurationInMs(double v) { assetDurationInMs = v; return this; }
        public Builder assetSourceType(AssetSource v) { assetSourceType = v.wire(); return this; }
        public Builder assetSourceType(String v) { assetSourceType = v; return this; }
        public Builder assetFileFormat(String v) { assetFileFormat = v; return this; }
        public Builder createdAt(String v) { createdAt = v; return this; }
        public Builder createdBy(String v) { createdBy = v; return this; }
        public Builder editedBy(String v) { editedBy = v; return this; }
        public Builder revision(int v) { revision = v; return this; }
        public Builder outputGain(double v) { outputGain = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder extras(Map<String, Object> v) { extras = v; return this; }

        public ClapSegment build() {
            return new ClapSegment(id, parentId, childrenIds, track, startTimeInMs, endTimeInMs, category, entityId,
                    workflowId, sceneId, startTimeInLines, endTimeInLines, prompt, label, outputType, renderId, status,
                    assetUrl, assetDurationInMs, assetSourceType, assetFileFormat, createdAt, createdBy, editedBy,
                    revision, outputGain, seed, extras);
        }
    }
}

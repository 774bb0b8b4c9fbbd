package dev.slate.clap;

import java.util.List;
import java.util.Map;

/**
 * A character, place or other thing the project refers to by name.
 *
 * <p>Fields the source does not inform keep an explicit "unknown": empty strings and {@code 0} for
 * {@code age}. (The reference reader invents {@code age: 25} and {@code gender: object} for a missing
 * field; Slate always writes the field, so nothing is invented on load.)
 *
 * @param category a {@link SegmentCategory} wire value, or an unknown value kept as read
 * @param triggerName the name the screenplay uses for it, typically uppercase
 * @param imageSourceType an {@link AssetSource} wire value, or an unknown value kept as read
 * @param audioSourceType an {@link AssetSource} wire value, or an unknown value kept as read
 * @param age in years, {@code 0} when unknown
 * @param gender {@code male}, {@code female}, {@code person}, {@code object}, or empty when unknown
 */
public record ClapEntity(
        String id,
        String category,
        String triggerName,
        String label,
        String description,
        List<String> tags,
        String author,
        String thumbnailUrl,
        long seed,
        String imagePrompt,
        String imageSourceType,
        String imageEngine,
        String imageId,
        String audioPrompt,
        String audioSourceType,
        String audioEngine,
        String audioId,
        int age,
        String gender,
        String region,
        String appearance,
        Map<String, Object> extras) {

    public ClapEntity {
        id = Extras.text(id);
        category = category == null || category.isEmpty() ? SegmentCategory.GENERIC.wire()
                : SegmentCategory.parse(category).map(ClapEnum::wire).orElse(category);
        triggerName = Extras.text(triggerName);
        label = Extras.text(label);
        description = Extras.text(description);
        tags = Extras.list(tags);
        author = Extras.text(author);
        thumbnailUrl = Extras.text(thumbnailUrl);
        imagePrompt = Extras.text(imagePrompt);
        imageSourceType = imageSourceType == null || imageSourceType.isEmpty() ? AssetSource.EMPTY.wire()
                : AssetSource.CONSTANTS.canonical(imageSourceType);
        imageEngine = Extras.text(imageEngine);
        imageId = Extras.text(imageId);
        audioPrompt = Extras.text(audioPrompt);
        audioSourceType = audioSourceType == null || audioSourceType.isEmpty() ? AssetSource.EMPTY.wire()
                : AssetSource.CONSTANTS.canonical(audioSourceType);
        audioEngine = Extras.text(audioEngine);
        audioId = Extras.text(audioId);
        gender = Extras.text(gender);
        region = Extras.text(region);
        appearance = Extras.text(appearance);
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
        private String category = SegmentCategory.CHARACTER.wire();
        private String triggerName = "";
        private String label = "";
        private String description = "";
        private List<String> tags = List.of();
        private String author = "";
        private String thumbnailUrl = "";
        private long seed;
        private String imagePrompt = "";
        private String imageSourceType = AssetSource.EMPTY.wire();
        private String imageEngine = "";
        private String imageId = "";
        private String audioPrompt = "";
        private String audioSourceType = AssetSource.EMPTY.wire();
        private String audioEngine = "";
        private String audioId = "";
        private int age;
        private String gender = "";
        private String region = "";
        private String appearance = "";
        private Map<String, Object> extras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapEntity e) {
            id = e.id; category = e.category; triggerName = e.triggerName; label = e.label;
            description = e.description; tags = e.tags; author = e.author; thumbnailUrl = e.thumbnailUrl;
            seed = e.seed; imagePrompt = e.imagePrompt; imageSourceType = e.imageSourceType;
            imageEngine = e.imageEngine; imageId = e.imageId; audioPrompt = e.audioPrompt;
            audioSourceType = e.audioSourceType; audioEngine = e.audioEngine; audioId = e.audioId; age = e.age;
            gender = e.gender; region = e.region; appearance = e.appearance; extras = e.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder category(SegmentCategory v) { category = v.wire(); return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder triggerName(String v) { triggerName = v; return this; }
        public Builder label(String v) { label = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder thumbnailUrl(String v) { thumbnailUrl = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder imagePrompt(String v) { imagePrompt = v; return this; }
        public Builder imageSourceType(AssetSource v) { imageSourceType = v.wire(); return this; }
        public Builder imageSourceType(String v) { imageSourceType = v; return this; }
        public Builder imageEngine(String v) { imageEngine = v; return this; }
        public Builder imageId(String v) { imageId = v; return this; }
        public Builder audioPrompt(String v) { audioPrompt = v; return this; }
        public Builder audioSourceType(AssetSource v) { audioSourceType = v.wire(); return this; }
        public Builder audioSourceType(String v) { audioSourceType = v; return this; }
        public Builder audioEngine(String v) { audioEngine = v; return this; }
        public Builder audioId(String v) { audioId = v; return this; }
        public Builder age(int v) { age = v; return this; }
        public Builder gender(String v) { gender = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder appearance(String v) { appearance = v; return this; }
        public Builder extras(Map<String, Object> v) { extras = v; return this; }

        public ClapEntity build() {
            return new ClapEntity(id, category, triggerName, label, description, tags, author, thumbnailUrl, seed,
                    imagePrompt, imageSourceType, imageEngine, imageId, audioPrompt, audioSourceType, audioEngine,
                    audioId, age, gender, region, appearance, extras);
        }
    }
}

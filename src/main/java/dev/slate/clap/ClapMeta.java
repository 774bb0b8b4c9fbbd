package dev.slate.clap;

import java.util.List;
import java.util.Map;

/**
 * The project's metadata: the second item of a file.
 *
 * <p>Where the draft and the reference name a field differently, this model keeps one value and the
 * writer emits what both understand: {@code imageRatio} (reference) and {@code orientation} (draft) both
 * carry {@link #imageRatio()}; the screenplay is written once as the draft's {@code screenplay}, which
 * the reference upgrades to its {@code storyPrompt}; {@link #imagePrompt()} is written as the draft's
 * {@code extraPositivePrompt} list, which the reference joins into its {@code imagePrompt}.
 *
 * @param imageRatio an {@link ImageRatio} wire value, or an unknown value kept as read
 * @param screenplay the screenplay text (the reference's {@code storyPrompt})
 * @param extras unknown fields, kept and written back in order
 */
public record ClapMeta(
        String id,
        String title,
        String description,
        String synopsis,
        String licence,
        List<String> tags,
        String thumbnailUrl,
        String imageRatio,
        double durationInMs,
        int width,
        int height,
        double bpm,
        double frameRate,
        String defaultVideoModel,
        String imagePrompt,
        String systemPrompt,
        String screenplay,
        boolean isLoop,
        boolean isInteractive,
        Map<String, Object> extras) {

    public static final int DEFAULT_WIDTH = 1024;
    public static final int DEFAULT_HEIGHT = 576;
    public static final double DEFAULT_BPM = 120;
    public static final double DEFAULT_FRAME_RATE = 24;

    public ClapMeta {
        id = Extras.text(id);
        title = Extras.text(title);
        description = Extras.text(description);
        synopsis = Extras.text(synopsis);
        licence = Extras.text(licence);
        tags = Extras.list(tags);
        thumbnailUrl = Extras.text(thumbnailUrl);
        imageRatio = imageRatio == null || imageRatio.isEmpty() ? ImageRatio.LANDSCAPE.wire()
                : ImageRatio.parse(imageRatio).map(ClapEnum::wire).orElse(imageRatio);
        defaultVideoModel = Extras.text(defaultVideoModel);
        imagePrompt = Extras.text(imagePrompt);
        systemPrompt = Extras.text(systemPrompt);
        screenplay = Extras.text(screenplay);
        extras = Extras.copy(extras);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The written image ratio as an enum, empty when the file holds a value this library does not know. */
    public java.util.Optional<ImageRatio> knownImageRatio() {
        return ImageRatio.parse(imageRatio);
    }

    public static final class Builder {
        private String id = "";
        private String title = "";
        private String description = "";
        private String synopsis = "";
        private String licence = "";
        private List<String> tags = List.of();
        private String thumbnailUrl = "";
        private String imageRatio = ImageRatio.LANDSCAPE.wire();
        private double durationInMs;
        private int width = DEFAULT_WIDTH;
        private int height = DEFAULT_HEIGHT;
        private double bpm = DEFAULT_BPM;
        private double frameRate = DEFAULT_FRAME_RATE;
        private String defaultVideoModel = "";
        private String imagePrompt = "";
        private String systemPrompt = "";
        private String screenplay = "";
        private boolean isLoop;
        private boolean isInteractive;
        private Map<String, Object> extras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapMeta m) {
            id = m.id; title = m.title; description = m.description; synopsis = m.synopsis; licence = m.licence;
            tags = m.tags; thumbnailUrl = m.thumbnailUrl; imageRatio = m.imageRatio; durationInMs = m.durationInMs;
            width = m.width; height = m.height; bpm = m.bpm; frameRate = m.frameRate;
            defaultVideoModel = m.defaultVideoModel; imagePrompt = m.imagePrompt; systemPrompt = m.systemPrompt;
            screenplay = m.screenplay; isLoop = m.isLoop; isInteractive = m.isInteractive; extras = m.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder synopsis(String v) { synopsis = v; return this; }
        public Builder licence(String v) { licence = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder thumbnailUrl(String v) { thumbnailUrl = v; return this; }
        public Builder imageRatio(ImageRatio v) { imageRatio = v.wire(); return this; }
        public Builder imageRatio(String v) { imageRatio = v; return this; }
        public Builder durationInMs(double v) { durationInMs = v; return this; }
        public Builder width(int v) { width = v; return this; }
        public Builder height(int v) { height = v; return this; }
        public Builder bpm(double v) { bpm = v; return this; }
        public Builder frameRate(double v) { frameRate = v; return this; }
        public Builder defaultVideoModel(String v) { defaultVideoModel = v; return this; }
        public Builder imagePrompt(String v) { imagePrompt = v; return this; }
        public Builder systemPrompt(String v) { systemPrompt = v; return this; }
        public Builder screenplay(String v) { screenplay = v; return this; }
        public Builder isLoop(boolean v) { isLoop = v; return this; }
        public Builder isInteractive(boolean v) { isInteractive = v; return this; }
        public Builder extras(Map<String, Object> v) { extras = v; return this; }

        public ClapMeta build() {
            return new ClapMeta(id, title, description, synopsis, licence, tags, thumbnailUrl, imageRatio,
                    durationInMs, width, height, bpm, frameRate, defaultVideoModel, imagePrompt, systemPrompt,
                    screenplay, isLoop, isInteractive, extras);
        }
    }
}

package dev.slate.clap;

/** What a workflow does. */
public enum WorkflowCategory implements ClapEnum {
    ASSISTANT, IMAGE_GENERATION,
    /** The reference spells this value {@code iMAGE_FACESWAP} and accepts only that exact spelling. */
    IMAGE_FACESWAP("iMAGE_FACESWAP"),
    IMAGE_FILTERING, IMAGE_UPSCALING, IMAGE_DEPTH_MAPPING, IMAGE_SEGMENTATION, MUSIC_GENERATION,
    SOUND_GENERATION, VOICE_GENERATION, VIDEO_GENERATION, VIDEO_FACESWAP, VIDEO_LIPSYNC, VIDEO_FILTERING,
    VIDEO_UPSCALING, VIDEO_DEPTH_MAPPING, VIDEO_SEGMENTATION;

    private final String wire;

    WorkflowCategory() {
        this.wire = null;
    }

    WorkflowCategory(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire != null ? wire : name();
    }
}

package dev.slate.clap;

/** What a segment's asset is once generated. */
public enum OutputType implements ClapEnum {
    TEXT, ANIMATION, INTERFACE, EVENT, PHENOMENON, TRANSITION, IMAGE, IMAGE_SEGMENTATION, IMAGE_DEPTH,
    VIDEO, VIDEO_SEGMENTATION, VIDEO_DEPTH, AUDIO;

    /** Looked up for every segment built, so kept here rather than found by class (see EnumConstants). */
    static final EnumConstants<OutputType> CONSTANTS = EnumConstants.of(OutputType.class);

    @Override
    public String wire() {
        return name();
    }
}

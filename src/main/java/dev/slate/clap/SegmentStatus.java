package dev.slate.clap;

/** Where a segment's asset is in its generation. */
public enum SegmentStatus implements ClapEnum {
    TO_GENERATE, IN_PROGRESS, TO_INTERPOLATE, TO_UPSCALE, COMPLETED, ERROR;

    /** Looked up for every segment built, so kept here rather than found by class (see EnumConstants). */
    static final EnumConstants<SegmentStatus> CONSTANTS = EnumConstants.of(SegmentStatus.class);

    @Override
    public String wire() {
        return name();
    }
}

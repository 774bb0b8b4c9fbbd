package dev.slate.clap;

/** Where a segment's asset is in its generation. */
public enum SegmentStatus implements ClapEnum {
    TO_GENERATE, IN_PROGRESS, TO_INTERPOLATE, TO_UPSCALE, COMPLETED, ERROR;

    @Override
    public String wire() {
        return name();
    }
}

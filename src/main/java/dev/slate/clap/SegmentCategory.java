package dev.slate.clap;

import java.util.Optional;

/**
 * What a segment (or an entity) is. The draft calls the storyboard category {@code STORYBOARD}; the
 * reference reader only knows {@code IMAGE}, so {@code STORYBOARD} is read as {@link #IMAGE} and
 * {@code IMAGE} is written.
 */
public enum SegmentCategory implements ClapEnum {
    SPLAT, MESH, DEPTH, EFFECT, EVENT, INTERFACE, PHENOMENON, VIDEO, IMAGE, TRANSITION, CHARACTER,
    LOCATION, TIME, ERA, LIGHTING, WEATHER, ACTION, MUSIC, SOUND, DIALOGUE, STYLE, CAMERA, GROUP, GENERIC;

    /** Looked up for every segment built, so kept here rather than found by class (see EnumConstants). */
    static final EnumConstants<SegmentCategory> CONSTANTS = EnumConstants.of(SegmentCategory.class);

    @Override
    public String wire() {
        return name();
    }

    /** Case-insensitive, with the draft's {@code STORYBOARD} as an alias of {@link #IMAGE}. */
    public static Optional<SegmentCategory> parse(String value) {
        if (value != null && value.trim().equalsIgnoreCase("STORYBOARD")) {
            return Optional.of(IMAGE);
        }
        return CONSTANTS.lookup(value);
    }

    /** The written form of a category as {@link #parse} reads it, else the value as given. */
    static String canonical(String value) {
        String exact = CONSTANTS.exactWire(value);
        return exact != null ? exact : parse(value).map(ClapEnum::wire).orElse(value);
    }
}

package dev.slate.clap;

/**
 * Where an asset lives. Slate never follows an asset source: REMOTE URLs are not fetched and PATHs are
 * not opened; they are data to be carried along.
 */
public enum AssetSource implements ClapEnum {
    /** {@code http://} or {@code https://}. */
    REMOTE,
    /** A file path, such as {@code ./shots/1.png}. */
    PATH,
    /** A {@code data:} URI. */
    DATA,
    /** A plain text prompt. */
    PROMPT,
    EMPTY;

    /** Looked up for every segment built, so kept here rather than found by class (see EnumConstants). */
    static final EnumConstants<AssetSource> CONSTANTS = EnumConstants.of(AssetSource.class);

    @Override
    public String wire() {
        return name();
    }
}

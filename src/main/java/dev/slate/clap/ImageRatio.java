package dev.slate.clap;

import java.util.Locale;
import java.util.Optional;

/**
 * The project's image ratio: the reference's {@code imageRatio}, the draft's {@code orientation}.
 * Also read from the ratio spellings the reference accepts ({@code 16:9}, {@code vertical}, ...).
 */
public enum ImageRatio implements ClapEnum {
    LANDSCAPE, PORTRAIT, SQUARE;

    @Override
    public String wire() {
        return name();
    }

    public static Optional<ImageRatio> parse(String value) {
        if (value == null || value.length() > 32) {
            return Optional.empty(); // no ratio is spelled longer; a huge value is not worth uppercasing
        }
        switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "LANDSCAPE": case "16:9": case "HORIZONTAL":
                return Optional.of(LANDSCAPE);
            case "PORTRAIT": case "9:16": case "VERTICAL": case "MOBILE":
                return Optional.of(PORTRAIT);
            case "SQUARE": case "1:1":
                return Optional.of(SQUARE);
            default:
                return Optional.empty();
        }
    }
}

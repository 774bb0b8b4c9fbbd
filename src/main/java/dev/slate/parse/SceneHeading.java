package dev.slate.parse;

import java.util.List;

/**
 * A scene heading, understood: {@code 12 INT. BBT TECHNOLOGIES - LAB - NIGHT 12} is an interior, at
 * {@code BBT TECHNOLOGIES - LAB} (parts {@code BBT TECHNOLOGIES}, {@code LAB}), at night, scene 12.
 *
 * @param text the heading as written, without scene numbers or revision marks
 * @param location the place, empty when the heading names none
 * @param locationParts the place from the general to the particular
 * @param time the time of day or of continuity ({@code NIGHT}, {@code CONTINUOUS}), empty when none
 * @param sceneNumber the scene number printed with the heading, empty when none
 */
public record SceneHeading(String text, Place place, String location, List<String> locationParts, String time,
        String sceneNumber) {

    public SceneHeading {
        locationParts = List.copyOf(locationParts);
    }

    /** Where the scene is shot, as headings say it. */
    public enum Place {
        INTERIOR("INT"), EXTERIOR("EXT"), INTERIOR_EXTERIOR("INT-EXT"), UNKNOWN("UNKNOWN");

        private final String code;

        Place(String code) {
            this.code = code;
        }

        /** {@code INT}, {@code EXT}, {@code INT-EXT} or {@code UNKNOWN}, as in scenes.tsv. */
        public String code() {
            return code;
        }
    }
}

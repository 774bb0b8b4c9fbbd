package dev.slate.convert.internal;

import dev.slate.parse.Scene;
import dev.slate.parse.SceneHeading;
import dev.slate.parse.Screenplay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The places of a script, one per place named by its headings, with the place it is part of. */
public final class Places {

    /** One place: {@code BBT TECHNOLOGIES - LAB}, part of {@code BBT TECHNOLOGIES}, seen inside. */
    public static final class Place {
        public final String name;
        public final String parent;
        public boolean interior;
        public boolean exterior;
        public int scenes;
        public int firstScene;

        Place(String name, String parent) {
            this.name = name;
            this.parent = parent;
        }

        /** {@code INT}, {@code EXT}, {@code INT-EXT} or empty, from the headings that name it. */
        public String place() {
            return interior && exterior ? "INT-EXT" : interior ? "INT" : exterior ? "EXT" : "";
        }
    }

    private final Map<String, Place> places = new LinkedHashMap<>();

    public static Places of(Screenplay screenplay, dev.slate.parse.internal.Grammar grammar) {
        Places p = new Places();
        for (Scene s : screenplay.scenes()) {
            SceneHeading h = s.heading();
            if (h == null || h.location().isEmpty() || h.place() == SceneHeading.Place.UNKNOWN && grammar.prefix("heading.special", h.text()) != null) {
                continue; // a MONTAGE is a run of shots, not a place
            }
            String key = dev.slate.parse.internal.Grammar.upper(h.location());
            String parent = h.locationParts().size() >= 2 ? dev.slate.parse.internal.Grammar.upper(h.locationParts().get(0)) : "";
            Place place = p.places.computeIfAbsent(key, k -> new Place(k, parent));
            switch (h.place()) {
                case INTERIOR -> place.interior = true;
                case EXTERIOR -> place.exterior = true;
                case INTERIOR_EXTERIOR -> {
                    place.interior = true;
                    place.exterior = true;
                }
                default -> { }
            }
            place.scenes++;
            if (place.firstScene == 0) {
                place.firstScene = s.number();
            }
        }
        return p;
    }

    public List<Place> all() {
        return new ArrayList<>(places.values());
    }

    public Place of(SceneHeading heading) {
        return heading == null ? null : places.get(dev.slate.parse.internal.Grammar.upper(heading.location()));
    }
}

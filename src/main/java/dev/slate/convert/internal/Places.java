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
        /** The name as the first heading to name the place writes it ({@code lucky spoon diner}). */
        public final String written;
        public final String parent;
        public boolean interior;
        public boolean exterior;
        public int scenes;
        public int firstScene;

        Place(String name, String written, String parent) {
            this.name = name;
            this.written = written;
            this.parent = parent;
        }

        /** {@code INT}, {@code EXT}, {@code INT-EXT} or empty, from the headings that name it. */
        public String place() {
            return interior && exterior ? "INT-EXT" : interior ? "INT" : exterior ? "EXT" : "";
        }
    }

    private final Map<String, Place> places = new LinkedHashMap<>();
    /** Headings that go back to a place ({@code BACK AT THE DINER}), by their location, and the place they go back to. */
    private final Map<String, Place> returns = new java.util.HashMap<>();

    public static Places of(Screenplay screenplay, dev.slate.parse.internal.Grammar grammar) {
        Places p = new Places();
        for (Scene s : screenplay.scenes()) {
            SceneHeading h = s.heading();
            if (h == null || h.location().isEmpty() || h.place() == SceneHeading.Place.UNKNOWN && grammar.prefix("heading.special", h.text()) != null) {
                continue; // a MONTAGE is a run of shots, not a place
            }
            String key = dev.slate.parse.internal.Grammar.upper(h.location());
            String parent = h.locationParts().size() >= 2 ? dev.slate.parse.internal.Grammar.upper(h.locationParts().get(0)) : "";
            Place place = h.place() == SceneHeading.Place.UNKNOWN ? p.returnedTo(key, h.location(), grammar) : null;
            if (place == null) {
                place = p.places.computeIfAbsent(key, k -> new Place(k, h.location(), parent));
            }
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
        if (heading == null) {
            return null;
        }
        String key = dev.slate.parse.internal.Grammar.upper(heading.location());
        Place returned = returns.get(key);
        return returned != null ? returned : places.get(key);
    }

    /**
     * The place a heading such as {@code BACK AT THE DINER} or {@code back to the depot} goes back to: the last
     * place seen before that is named by what follows the return, with or without its article, whole, as its last
     * part or as its last words ({@code DEPOT} is {@code BUS DEPOT}), else a place of that name ({@code THE
     * DINER}). Null when the heading is no return.
     */
    private Place returnedTo(String key, String written, dev.slate.parse.internal.Grammar grammar) {
        String prefix = grammar.prefix("heading.return", key);
        if (prefix == null) {
            return null;
        }
        String rest = key.substring(prefix.length()).strip();
        String bare = withoutArticle(rest, grammar);
        if (bare.isEmpty()) {
            return null;
        }
        Place found = null;
        for (Place p : places.values()) {
            String name = p.name;
            int dash = name.lastIndexOf(" - ");
            String last = dash < 0 ? name : name.substring(dash + 3);
            if (name.equals(bare) || name.equals(rest) || last.equals(bare) || name.endsWith(" " + bare)) {
                found = p; // the latest such place: the one the story left last
            }
        }
        if (found == null) {
            String restWritten = written.length() == key.length() ? written.substring(prefix.length()).strip() : rest;
            found = places.computeIfAbsent(rest, k -> new Place(k, restWritten, ""));
        }
        returns.put(key, found);
        return found;
    }

    /** A place's name without the article before it: {@code DEPOT} of {@code THE DEPOT}, {@code KÜCHE} of {@code DER KÜCHE}. */
    private static String withoutArticle(String name, dev.slate.parse.internal.Grammar grammar) {
        int space = name.indexOf(' ');
        if (space > 0 && grammar.has("place.article", name.substring(0, space))) {
            return name.substring(space + 1).strip();
        }
        int apostrophe = name.indexOf('\'');
        if (apostrophe > 0 && apostrophe < 3 && grammar.has("place.article", name.substring(0, apostrophe + 1))) {
            return name.substring(apostrophe + 1).strip(); // L'ATELIER
        }
        return name;
    }
}

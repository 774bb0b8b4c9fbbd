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
        /** The order the script named the places in. */
        private final int order;

        Place(String name, String written, String parent, int order) {
            this.name = name;
            this.written = written;
            this.parent = parent;
            this.order = order;
        }

        /** {@code INT}, {@code EXT}, {@code INT-EXT} or empty, from the headings that name it. */
        public String place() {
            return interior && exterior ? "INT-EXT" : interior ? "INT" : exterior ? "EXT" : "";
        }
    }

    private final Map<String, Place> places = new LinkedHashMap<>();
    /** Headings that go back to a place ({@code BACK AT THE DINER}), by their location, and the place they go back to. */
    private final Map<String, Place> returns = new java.util.HashMap<>();
    /** Each place by the names a return may call it: whole, its last part, its last words (up to four); the latest holds it. */
    private final Map<String, Place> byName = new java.util.HashMap<>();

    public static Places of(Screenplay screenplay, dev.slate.parse.internal.Grammar grammar) {
        Places p = new Places();
        for (Scene s : screenplay.scenes()) {
            SceneHeading h = s.heading();
            if (h == null || h.location().isEmpty() || h.place() == SceneHeading.Place.UNKNOWN && grammar.prefix("heading.special", h.text()) != null) {
                continue; // a MONTAGE is a run of shots, not a place
            }
            String key = dev.slate.parse.internal.Grammar.upper(h.location());
            String parent = h.locationParts().size() >= 2 ? dev.slate.parse.internal.Grammar.upper(h.locationParts().get(0)) : "";
            Place place = h.place() == SceneHeading.Place.UNKNOWN ? p.goBack(key, h.location(), grammar) : null;
            if (place == null) {
                place = p.add(key, h.location(), parent);
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
     * The place a heading goes back to ({@code BACK AT THE DINER}: {@code LUCKY SPOON DINER}), or null when it is
     * no return, or goes back to a place of its own name.
     */
    public Place returnedTo(SceneHeading heading) {
        if (heading == null || heading.place() != SceneHeading.Place.UNKNOWN) {
            return null;
        }
        String key = dev.slate.parse.internal.Grammar.upper(heading.location());
        Place returned = returns.get(key);
        return returned != null && !returned.name.equals(key) ? returned : null;
    }

    /**
     * The place a heading such as {@code BACK AT THE DINER} or {@code back to the depot} goes back to: the last
     * place seen before that is named by what follows the return, with or without its article, whole, as its last
     * part or as its last words ({@code DEPOT} is {@code BUS DEPOT}), else a place of that name ({@code THE
     * DINER}). Null when the heading is no return.
     */
    private Place goBack(String key, String written, dev.slate.parse.internal.Grammar grammar) {
        String prefix = grammar.prefix("heading.return", key);
        if (prefix == null) {
            return null;
        }
        String rest = key.substring(prefix.length()).strip();
        String bare = withoutArticle(rest, grammar);
        if (bare.isEmpty()) {
            return null;
        }
        // the latest such place: the one the story left last
        Place found = later(byName.get(bare), byName.get(rest));
        if (found == null) {
            String restWritten = written.length() == key.length() ? written.substring(prefix.length()).strip() : rest;
            found = add(rest, restWritten, "");
        }
        returns.put(key, found);
        return found;
    }

    private Place later(Place a, Place b) {
        return a == null ? b : b == null ? a : a.order >= b.order ? a : b;
    }

    /** The place of that name, made and indexed by the names a return may call it if it is new. */
    private Place add(String name, String written, String parent) {
        Place known = places.get(name);
        if (known != null) {
            return known;
        }
        Place p = new Place(name, written, parent, places.size());
        places.put(name, p);
        byName.put(name, p);
        int dash = name.lastIndexOf(" - ");
        if (dash >= 0) {
            byName.put(name.substring(dash + 3), p);
        }
        // its last words, BUS DEPOT's DEPOT: a few of them, so that a damaged heading of a million words costs little
        for (int words = 0, i = name.length() - 2; i > 0 && words < 4; i--) {
            if (name.charAt(i) == ' ') {
                byName.put(name.substring(i + 1), p);
                words++;
            }
        }
        return p;
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

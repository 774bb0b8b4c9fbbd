package dev.slate.convert.internal;

import dev.slate.convert.Track;
import dev.slate.parse.Event;
import dev.slate.parse.Scene;
import dev.slate.parse.SceneHeading;
import dev.slate.parse.Screenplay;
import dev.slate.internal.Cases;
import dev.slate.parse.internal.ClockTime;
import dev.slate.parse.internal.Grammar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lays one scene on the timeline: an establishing shot, then each event in turn for as long as it
 * lasts (a shot for each speech and each paragraph of action, long paragraphs cut into several shots,
 * with its camera, dialogue, action, cards, transitions, sounds and music), then what spans the whole scene: its place, time of day, lighting
 * and weather. Only what the script says or implies: a scene without a time of day gets no lighting,
 * a scene nobody says rains in gets no weather.
 */
public final class SceneTimeline {
    private static final int LABEL = 80;
    /**
     * Longest place, time of day or cast list that every prompt of a scene repeats: a heading of megabytes
     * (a broken file) would otherwise be copied into each of the scene's segments.
     */
    static final int SCENE_CONTEXT = 200;
    /** Longest sentence a sound's prompt quotes whole. */
    static final int CONTEXT = 400;
    /** A paragraph of action up to this long is one shot; a longer one is cut at sentence boundaries. */
    static final long LONGEST_SHOT_MS = 8000;
    /** The shortest shot a long paragraph is cut into (real films average 3 to 6 s a shot). */
    static final long SHORTEST_CUT_MS = 3000;

    private final Timeline timeline;
    private final Timing timing;
    private final Grammar grammar;
    private final Characters characters;
    private final Places places;
    private final Map<String, String> characterIds;
    private final Map<String, String> placeIds;
    private final Set<String> names = new java.util.HashSet<>();
    private final GrammarWords music;
    private final GrammarWords weather;
    private final SoundWords soundWords;
    /** The weather words of the scene being laid, in the order its sentences say them. */
    private final Set<String> sceneWeather = new LinkedHashSet<>();
    /** The script, which says which sentences of action follow one another (see paragraphEnd). */
    private final Screenplay screenplay;
    /** The last absolute time of day, which CONTINUOUS and LATER carry on. */
    private String lastTime = "";

    public SceneTimeline(Screenplay screenplay, Timeline timeline, Timing timing, Grammar grammar, Characters characters,
            Places places, Map<String, String> characterIds, Map<String, String> placeIds) {
        this.screenplay = screenplay;
        this.timeline = timeline;
        this.timing = timing;
        this.grammar = grammar;
        this.characters = characters;
        this.places = places;
        this.characterIds = characterIds;
        this.placeIds = placeIds;
        this.music = new GrammarWords(grammar, "music");
        this.weather = new GrammarWords(grammar, "weather");
        this.soundWords = new SoundWords(grammar);
        for (Characters.Person p : characters.people()) {
            for (String w : (p.name + " " + p.fullName).split(" ")) {
                names.add(w);
            }
        }
        for (Places.Place p : places.all()) {
            for (String w : p.name.split("[ -]+")) {
                names.add(w);
            }
        }
    }

    /** Lays the scene from {@code start}; returns where it ends. */
    public long lay(Scene scene, String sceneId, long start) {
        SceneHeading h = scene.heading();
        Places.Place returned = places.returnedTo(h);
        String placeName = h == null ? "" : returned == null ? h.location() : returned.written;
        String where = clip(where(h, returned, placeName));
        String time = clip(h == null ? "" : h.time());
        String absolute = absoluteTime(time);
        List<String> present = present(scene);
        String withWhom = clip(present.isEmpty() ? "" : "with " + String.join(", ", present));
        long t = start;
        sceneWeather.clear();
        if (h != null && timing.establishing() > 0) {
            long end = t + timing.establishing();
            shot(t, end, "establishing wide shot", join("establishing shot", where, time), "Establishing: " + placeName, null,
                    sceneId, scene.startLine(), scene.startLine());
            t = end;
        }
        String camera = null;
        List<Event> events = scene.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Shot s) {
                camera = frame(s.text());
                continue;
            }
            if (isSeen(e)) {
                int to = paragraphEnd(events, i);
                t = paragraph(events.subList(i, to), camera, where, time, withWhom, sceneId, t);
                i = to - 1;
                camera = null;
                continue;
            }
            long end = t + timing.of(e);
            if (e instanceof Event.Dialogue d) {
                String id = characterIds.get(d.speaker());
                String behaviour = d.parentheticals().isEmpty() ? "" : " (" + String.join("; ", d.parentheticals()) + ")";
                timeline.add(Track.DIALOGUE, t, end, d.text(), cut(d.speaker() + behaviour + ": " + d.text()), id, sceneId,
                        d.startLine(), d.endLine());
                String frame = camera != null ? camera : "medium close-up on " + d.speaker();
                shot(t, end, frame, join(frame, where, time, d.speaker() + " speaking" + behaviour + ": " + d.text()),
                        d.speaker() + ": " + d.text(), id, sceneId, d.startLine(), d.endLine());
            } else if (e instanceof Event.Card c) {
                timeline.add(Track.INTERFACE, t, end, c.text(), c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + c.text(),
                        null, sceneId, c.startLine(), c.endLine());
            } else if (e instanceof Event.Transition tr) {
                timeline.add(Track.TRANSITION, t, end, Cases.lower(tr.text()), tr.text(), null, sceneId, tr.startLine(),
                        tr.endLine());
            }
            if (!(e instanceof Event.Transition || e instanceof Event.Card)) {
                camera = null;
            }
            t = end;
        }
        if (t == start) {
            t = start + 1000; // a heading with nothing under it still has a moment on screen
        }
        if (h != null) {
            Places.Place place = places.of(h);
            String placeId = place == null ? null : placeIds.get(place.name);
            timeline.add(Track.LOCATION, start, t, where, cut(placeName), placeId, null, scene.startLine(), scene.endLine());
            if (!time.isEmpty()) {
                String shown = absolute.isEmpty() || says(time, absolute) ? time : time + " (" + absolute + ")";
                timeline.add(Track.TIME, start, t, shown.toLowerCase(Locale.ROOT), shown, null, null, scene.startLine(), scene.endLine());
            }
            String light = lighting(absolute, h.place());
            if (light != null) {
                timeline.add(Track.LIGHTING, start, t, light, light, null, null, scene.startLine(), scene.endLine());
            }
            // every sentence the camera sees has passed through cues(), which gathered them
            if (!sceneWeather.isEmpty()) {
                String w = String.join(", ", sceneWeather).toLowerCase(Locale.ROOT);
                timeline.add(Track.WEATHER, start, t, w, w, null, null, scene.startLine(), scene.endLine());
            }
        }
        return t;
    }

    /** Action and description: what the camera sees rather than hears. */
    private static boolean isSeen(Event e) {
        return e instanceof Event.Action || e instanceof Event.Description;
    }

    /**
     * Where the paragraph of action that starts at {@code from} ends: the sentences that follow one another
     * on the same or the next line, with no blank line, shot line or speech between them.
     */
    private int paragraphEnd(List<Event> events, int from) {
        int to = from + 1;
        while (to < events.size() && isSeen(events.get(to)) && screenplay.follows(events.get(to - 1).endLine(), events.get(to).startLine())) {
            to++;
        }
        return to;
    }

    /**
     * Lays a paragraph of action as shots: the whole paragraph when it lasts up to {@link #LONGEST_SHOT_MS},
     * else cut at sentence boundaries into about equal shots of at least {@link #SHORTEST_CUT_MS}. Each shot
     * has its ACTION segment (the sentences it shows, with the first character who acts); sounds and music
     * keep the time of their own sentence. Returns where the paragraph ends.
     */
    private long paragraph(List<Event> sentences, String camera, String where, String time, String withWhom, String sceneId,
            long start) {
        int n = sentences.size();
        long[] ms = new long[n];
        long total = 0;
        for (int k = 0; k < n; k++) {
            ms[k] = timing.of(sentences.get(k));
            total += ms[k];
        }
        long shots = Math.max(1, (total + LONGEST_SHOT_MS - 1) / LONGEST_SHOT_MS);
        long target = total / shots;
        long t = start;
        int from = 0;
        long length = 0;
        for (int k = 0; k < n; k++) {
            length += ms[k];
            long rest = total - (t - start) - length;
            boolean last = k == n - 1;
            if (last || (length >= target && length >= SHORTEST_CUT_MS && rest >= SHORTEST_CUT_MS)) {
                shotOfSentences(sentences.subList(from, k + 1), ms, from, t, camera, where, time, withWhom, sceneId);
                camera = null; // a shot line frames only the shot that follows it
                t += length;
                from = k + 1;
                length = 0;
            }
        }
        return t;
    }

    private void shotOfSentences(List<Event> sentences, long[] ms, int offset, long start, String camera, String where, String time,
            String withWhom, String sceneId) {
        StringBuilder text = new StringBuilder();
        List<String> who = new ArrayList<>(2);
        boolean pronounSubject = false;
        for (Event e : sentences) {
            text.append(text.length() == 0 ? "" : " ").append(e.text());
            if (e instanceof Event.Action a) {
                if (a.character().isEmpty()) {
                    pronounSubject = true;
                } else if (!who.contains(a.character())) {
                    who.add(a.character());
                }
            }
        }
        long end = start;
        for (int k = 0; k < sentences.size(); k++) {
            end += ms[offset + k];
        }
        String what = text.toString();
        String id = who.isEmpty() ? null : characterIds.get(who.get(0));
        int startLine = sentences.get(0).startLine();
        int endLine = sentences.get(sentences.size() - 1).endLine();
        timeline.add(Track.ACTION, start, end, what, cut(what), id, sceneId, startLine, endLine);
        String frame = camera != null ? camera
                : !who.isEmpty() ? "medium shot on " + String.join(" and ", who)
                : pronounSubject ? "medium wide shot" : "wide shot";
        shot(start, end, frame, join(frame, where, time, withWhom, what), what, id, sceneId, startLine, endLine);
        long t = start;
        for (int k = 0; k < sentences.size(); k++) {
            cues(sentences.get(k), t, t + ms[offset + k], sceneId);
            t += ms[offset + k];
        }
    }

    private void shot(long start, long end, String camera, String prompt, String label, String entityId, String sceneId,
            int startLine, int endLine) {
        String shown = cut(label);
        timeline.add(Track.VIDEO, start, end, prompt, shown, entityId, sceneId, startLine, endLine);
        timeline.add(Track.STORYBOARD, start, end, prompt, shown, entityId, sceneId, startLine, endLine);
        timeline.add(Track.CAMERA, start, end, camera, camera, null, sceneId, startLine, endLine);
    }

    /** Sounds the sentence capitalises, one after the other across its time; music it calls for. */
    private void cues(Event e, long start, long end, String sceneId) {
        String text = e.text();
        List<String> sounds = sounds(text);
        if (!sounds.isEmpty()) {
            long step = (end - start) / sounds.size();
            int from = 0;
            for (int k = 0; k < sounds.size(); k++) {
                long s = start + k * step;
                long f = k == sounds.size() - 1 ? end : s + step;
                String sound = sounds.get(k);
                int at = Math.max(from, text.indexOf(sound, from)); // the sounds come in the order of the text
                from = at + sound.length();
                timeline.add(Track.SOUND, s, f, Cases.lower(sound) + " (" + around(text, at, sound.length()) + ")",
                        sound, null, sceneId, e.startLine(), e.endLine());
            }
        }
        if (weatherAndMusic(e.text())) {
            timeline.add(Track.MUSIC, start, end, e.text(), cut(e.text()), null, sceneId, e.startLine(), e.endLine());
        }
    }

    /**
     * The capitalised words of a sentence of mixed case that name a sound, as scripts capitalise them by
     * convention ({@code a GUNSHOT echoes}): not a name, a title ({@code SGT.}), on-screen text (followed by a
     * colon) or a run of more than two words, and with a sound word of the language in it (see SoundWords).
     */
    List<String> sounds(String sentence) {
        List<String> out = new ArrayList<>();
        int n = sentence.length();
        boolean hasLower = false;
        for (int i = 0; i < n && !hasLower; i++) {
            hasLower = Character.isLowerCase(sentence.charAt(i));
        }
        if (!hasLower) {
            return out;
        }
        for (CapitalRuns.Run r : CapitalRuns.find(sentence, "-'", Integer.MAX_VALUE)) {
            int end = r.end();
            int words = r.words();
            String run = sentence.substring(r.start(), end);
            boolean screenText = end < n && (sentence.charAt(end) == ':' || sentence.charAt(end) == '(');
            // a period that does not end the sentence ends an abbreviation: the title of a name (SGT. DAVID REES)
            boolean abbreviation = end < n && sentence.charAt(end) == '.' && hasLetterOrDigit(sentence, end + 1);
            boolean named = false;
            for (String w : run.split(" ")) {
                named |= names.contains(w.endsWith("'S") ? w.substring(0, w.length() - 2) : w);
            }
            if (words <= 2 && !screenText && !abbreviation && !named && run.length() >= 3 && !grammar.has("music", run)
                    && soundWords.isSound(run)) {
                out.add(run);
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One pass over the words of a sentence (runs of letters): adds its weather words to the scene's, and
     * tells whether it calls for music. Both look at the same words, and finding the words is most of the cost.
     */
    private boolean weatherAndMusic(String text) {
        boolean musical = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            boolean ascii = text.charAt(i) < 128;
            int j = i + 1;
            for (char c; j < n && isLetter(c = text.charAt(j)); j++) {
                ascii &= c < 128;
            }
            boolean mayBeWeather = weather.mayHold(text, i, j, ascii);
            boolean mayBeMusic = !musical && music.mayHold(text, i, j, ascii);
            if (mayBeWeather || mayBeMusic) {
                long hash = GrammarWords.hash(text, i, j);
                String w = mayBeWeather ? weather.entryAt(text, i, j, hash) : null;
                if (w != null) {
                    sceneWeather.add(w);
                }
                if (mayBeMusic && music.entryAt(text, i, j, hash) != null) {
                    musical = true;
                }
            }
            i = j;
        }
        return musical;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            int lower = (c | 0x20) - 'a';
            return lower >= 0 && lower < 26;
        }
        return Character.isLetter(c);
    }

    /**
     * The time of day a scene's light follows: its own ({@code NIGHT}, also in {@code NIGHT (FLASHBACK - 1989)}),
     * else the story day its note gives ({@code LATER (NIGHT 1)}, as multi-camera scripts write), else the last
     * one told (what {@code CONTINUOUS} and {@code LATER} carry on).
     */
    private String absoluteTime(String time) {
        int note = time.indexOf('(');
        String told = note > 0 ? time.substring(0, note).strip() : time;
        if (isTimeOfLight(told)) {
            lastTime = told;
            return told;
        }
        String held = lightIn(told);
        if (held != null) {
            lastTime = held;
            return held;
        }
        if (note > 0) {
            String day = time.substring(note + 1).strip();
            int end = 0;
            while (end < day.length() && Character.isLetter(day.charAt(end))) {
                end++;
            }
            day = day.substring(0, end);
            if (isTimeOfLight(day)) {
                lastTime = day;
                return day;
            }
        }
        return lastTime;
    }

    /**
     * The time of light that a time of several parts holds ({@code NIGHT - FLASHBACK}), after a day of the week or a
     * season ({@code SATURDAY NIGHT}), or that its clock gives ({@code 5:30 AM} is lit as at {@code DAWN}: the
     * grammar's {@code lighting.hour}), or null.
     */
    private String lightIn(String told) {
        for (String part : Grammar.upper(told).split(" - ")) {
            String p = part.strip();
            if (isTimeOfLight(p)) {
                return p;
            }
            int space = p.indexOf(' ');
            if (space > 0) {
                String first = p.substring(0, space);
                String then = p.substring(space + 1).strip();
                if ((grammar.has("time.weekday", first) || grammar.has("time.season", first)) && isTimeOfLight(then)) {
                    return then;
                }
            }
            int hour = ClockTime.hour(p, grammar);
            if (hour >= 0) {
                return lightAt(hour);
            }
        }
        return null;
    }

    /** The time of light from the grammar's {@code lighting.hour} entries ({@code 5 DAWN}: from 5 o'clock on). */
    private String lightAt(int hour) {
        int from = -1;
        String light = null;
        for (String entry : grammar.entries("lighting.hour")) {
            int space = entry.indexOf(' ');
            int h = space > 0 ? Integer.parseInt(entry.substring(0, space)) : -1;
            if (h <= hour && h > from) {
                from = h;
                light = entry.substring(space + 1).strip();
            }
        }
        return light;
    }

    private boolean isTimeOfLight(String time) {
        String u = Grammar.upper(time);
        return grammar.has("lighting.day", u) || grammar.has("lighting.night", u) || grammar.has("lighting.low", u);
    }

    /** Whether {@code time} already says {@code absolute}, as a word of it. */
    private static boolean says(String time, String absolute) {
        int at = Grammar.upper(time).indexOf(Grammar.upper(absolute));
        int end = at + absolute.length();
        return at >= 0 && (at == 0 || !Character.isLetter(time.charAt(at - 1)))
                && (end >= time.length() || !Character.isLetter(time.charAt(end)));
    }

    private String lighting(String time, SceneHeading.Place place) {
        String u = Grammar.upper(time);
        boolean inside = place == SceneHeading.Place.INTERIOR;
        if (grammar.has("lighting.day", u)) {
            return inside ? "daylight through the windows" : "natural daylight";
        }
        if (grammar.has("lighting.night", u)) {
            return inside ? "night, lit by practical lamps" : "night, moonlight and artificial light";
        }
        if (grammar.has("lighting.low", u)) {
            return "low, warm light of " + time.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Where a scene is, for its prompts: inside or outside, and the place (for a return, the place gone back to). */
    private static String where(SceneHeading h, Places.Place returned, String placeName) {
        if (h == null) {
            return "";
        }
        SceneHeading.Place place = returned == null ? h.place()
                : returned.interior && returned.exterior ? SceneHeading.Place.INTERIOR_EXTERIOR
                : returned.interior ? SceneHeading.Place.INTERIOR : returned.exterior ? SceneHeading.Place.EXTERIOR : h.place();
        String inside = switch (place) {
            case INTERIOR -> "interior, ";
            case EXTERIOR -> "exterior, ";
            case INTERIOR_EXTERIOR -> "interior and exterior, ";
            default -> "";
        };
        return inside + placeName;
    }

    /** The characters who speak or act in a scene, in the order they do. */
    private static List<String> present(Scene scene) {
        Set<String> who = new LinkedHashSet<>();
        for (Event e : scene.events()) {
            if (e instanceof Event.Dialogue d) {
                who.add(d.speaker());
            } else if (e instanceof Event.Action a && !a.character().isEmpty()) {
                who.add(a.character());
            }
        }
        return new ArrayList<>(who);
    }

    private static String join(String... parts) {
        int kept = 0;
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                parts[kept++] = p;
            }
        }
        // String.join sizes the result once: a builder grew and widened it part by part (a dash in the text)
        return String.join(", ", kept == parts.length ? parts : Arrays.copyOf(parts, kept));
    }

    /**
     * The sentence a sound is heard in, for its prompt; of a paragraph longer than any sentence, the words
     * around the sound, so that a paragraph of a thousand capitalised sounds does not make a thousand
     * copies of itself.
     */
    static String around(String text, int at, int length) {
        if (text.length() <= CONTEXT) {
            return text;
        }
        int from = Math.max(0, at - CONTEXT / 2);
        int to = Math.min(text.length(), at + length + CONTEXT / 2);
        while (from > 0 && from < at && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > at + length && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    private static String clip(String context) {
        return context.length() <= SCENE_CONTEXT ? context : context.substring(0, SCENE_CONTEXT - 1) + "…";
    }

    /** A shot line as the framing of the shot it heads: {@code ANGLE ON the empty shelf.} frames without its stop. */
    private static String frame(String shotLine) {
        String f = Cases.lower(shotLine);
        return f.length() > 1 && f.endsWith(".") && !f.endsWith("..") ? f.substring(0, f.length() - 1) : f;
    }

    private static String cut(String label) {
        return label.length() <= LABEL ? label : label.substring(0, LABEL - 1) + "…";
    }
}

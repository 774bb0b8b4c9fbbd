package dev.slate.convert;

import dev.slate.clap.OutputType;
import dev.slate.clap.SegmentCategory;

/**
 * The timeline's rows: one category per track, always the same track for the same category, so every
 * project Slate writes reads the same way in an editor. Segments never overlap within a track.
 */
public enum Track {
    /** A placeholder for each shot's video, status TO_GENERATE, prompted from its scene. */
    VIDEO(0, SegmentCategory.VIDEO, OutputType.VIDEO),
    /** A placeholder for each shot's storyboard image. */
    STORYBOARD(1, SegmentCategory.IMAGE, OutputType.IMAGE),
    /** Each speech, with its character and the parenthetical as behaviour. */
    DIALOGUE(2, SegmentCategory.DIALOGUE, OutputType.AUDIO),
    /** Each sentence of action or description. */
    ACTION(3, SegmentCategory.ACTION, OutputType.TEXT),
    /** The framing of each shot: from the script's shot lines, else a default by what the shot shows. */
    CAMERA(4, SegmentCategory.CAMERA, OutputType.TEXT),
    /** CUT TO:, DISSOLVE TO: ... */
    TRANSITION(5, SegmentCategory.TRANSITION, OutputType.TEXT),
    /** Text on screen: time cards, supers, title cards. */
    INTERFACE(6, SegmentCategory.INTERFACE, OutputType.TEXT),
    /** The scene's place, spanning the scene. */
    LOCATION(7, SegmentCategory.LOCATION, OutputType.TEXT),
    /** The scene's time of day, spanning the scene. */
    TIME(8, SegmentCategory.TIME, OutputType.TEXT),
    /** The light the time of day and the place imply, spanning the scene. */
    LIGHTING(9, SegmentCategory.LIGHTING, OutputType.TEXT),
    /** Weather the scene's action names (rain, snow, fog...), spanning the scene. */
    WEATHER(10, SegmentCategory.WEATHER, OutputType.TEXT),
    /** Sounds the action capitalises (a GUNSHOT, the phone RINGS). */
    SOUND(11, SegmentCategory.SOUND, OutputType.AUDIO),
    /** Music the script calls for (music cues, songs, lyrics). */
    MUSIC(12, SegmentCategory.MUSIC, OutputType.AUDIO);

    private final int number;
    private final SegmentCategory category;
    private final OutputType output;

    Track(int number, SegmentCategory category, OutputType output) {
        this.number = number;
        this.category = category;
        this.output = output;
    }

    public int number() {
        return number;
    }

    public SegmentCategory category() {
        return category;
    }

    public OutputType outputType() {
        return output;
    }
}

package dev.slate.clap.internal.validate;

import java.util.Locale;

/**
 * What the reference reader ({@code @aitube/clap} 0.2.4, {@code parseClap}) makes of values this library
 * keeps as read, so that a finding can tell the user what a tool such as Clapper will actually see.
 * Each method mirrors one of the reference's {@code parse*} / {@code getValidNumber} helpers.
 */
public final class ReferenceReading {
    private ReferenceReading() {
    }

    /** The longest alias below, {@code gaussian splat}. */
    private static final int LONGEST_ALIAS = 14;

    /** {@code parseSegmentCategory}: a few lowercase aliases, then GENERIC. */
    public static String segmentCategory(String value) {
        String v = value.trim();
        if (v.length() > LONGEST_ALIAS) {
            return "GENERIC"; // lowercasing never shortens: a longer value is no alias, and not worth converting
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "splat": case "splats": case "splatting": case "gaussian splat": case "splatv":
                return "SPLAT";
            case "mesh": case "meshes": case "3d mesh":
                return "MESH";
            case "depth": case "depthmap": case "depth map":
                return "DEPTH";
            case "effect":
                return "EFFECT";
            case "event": case "events":
                return "EVENT";
            case "interface": case "ui": case "caption": case "html":
                return "INTERFACE";
            case "phenomenon": case "phenomenons": case "effects": case "mutation": case "reaction":
            case "transformation":
                return "PHENOMENON";
            case "video": case "videos":
                return "VIDEO";
            case "image": case "images": case "storyboard": case "storyboards":
                return "IMAGE";
            case "transition": case "transitions": case "cut": case "cuts":
                return "TRANSITION";
            case "character": case "characters": case "actor": case "person":
                return "CHARACTER";
            case "location": case "locations": case "place": case "places":
                return "LOCATION";
            case "time": case "timestamp":
                return "TIME";
            case "era":
                return "ERA";
            case "lighting": case "light":
                return "LIGHTING";
            case "weather": case "sky": case "meteo":
                return "WEATHER";
            case "action":
                return "ACTION";
            case "music":
                return "MUSIC";
            case "sound": case "sounds":
                return "SOUND";
            case "dialogue": case "dialogues": case "speech": case "voice": case "voices":
                return "DIALOGUE";
            case "style":
                return "STYLE";
            case "camera":
                return "CAMERA";
            default:
                return "GENERIC";
        }
    }

    /**
     * {@code getValidNumber(value, min, max, default)}: a missing, zero or non-finite value takes the default
     * (JavaScript's {@code value || default}); anything else is clamped to {@code [min, max]}.
     */
    public static double clamped(double value, double min, double max, double defaultValue) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return defaultValue;
        }
        return Math.max(min, Math.min(max, value));
    }

    /** The largest integer a JavaScript number holds exactly: the reference's upper bound for durations. */
    public static final double MAX_SAFE_INTEGER = 9007199254740991d;
}

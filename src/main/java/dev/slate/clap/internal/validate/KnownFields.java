package dev.slate.clap.internal.validate;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type each known field must have in a file, per section. The reader keeps a known field whose value
 * has another type in the item's extras, under the field's own name; this table tells such a value from
 * an unknown field that merely lives in extras.
 */
public final class KnownFields {

    /** The expected type of a field's value. */
    public enum Kind {
        STRING("a string"),
        INT("an integer (32-bit)"),
        LONG("an integer"),
        NUMBER("a number"),
        BOOLEAN("true or false"),
        STRING_LIST("a list of strings"),
        LIST("a list"),
        MAP("a mapping");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        public boolean accepts(Object v) {
            switch (this) {
                case STRING:
                    return v instanceof String;
                case INT:
                    return v instanceof Integer;
                case LONG:
                    return v instanceof Integer || v instanceof Long;
                case NUMBER:
                    return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Double;
                case BOOLEAN:
                    return v instanceof Boolean;
                case STRING_LIST:
                    if (!(v instanceof List)) {
                        return false;
                    }
                    for (Object o : (List<?>) v) {
                        if (!(o instanceof String)) {
                            return false;
                        }
                    }
                    return true;
                case LIST:
                    return v instanceof List;
                case MAP:
                    return v instanceof Map;
                default:
                    return false;
            }
        }
    }

    public static final Map<String, Kind> HEADER = table(
            "format", Kind.STRING, "numberOfWorkflows", Kind.INT, "numberOfEntities", Kind.INT,
            "numberOfScenes", Kind.INT, "numberOfSegments", Kind.INT, "numberOfModels", Kind.INT);

    /** Includes the draft's and older names the reader upgrades (orientation, screenplay, storyPrompt...). */
    public static final Map<String, Kind> META = table(
            "id", Kind.STRING, "title", Kind.STRING, "description", Kind.STRING, "synopsis", Kind.STRING,
            "licence", Kind.STRING, "tags", Kind.STRING_LIST, "thumbnailUrl", Kind.STRING,
            "imageRatio", Kind.STRING, "orientation", Kind.STRING, "durationInMs", Kind.NUMBER,
            "width", Kind.INT, "height", Kind.INT, "bpm", Kind.NUMBER, "frameRate", Kind.NUMBER,
            "defaultVideoModel", Kind.STRING, "extraPositivePrompt", Kind.STRING_LIST, "imagePrompt", Kind.STRING,
            "systemPrompt", Kind.STRING, "screenplay", Kind.STRING, "storyPrompt", Kind.STRING,
            "isLoop", Kind.BOOLEAN, "isInteractive", Kind.BOOLEAN);

    public static final Map<String, Kind> WORKFLOW = table(
            "id", Kind.STRING, "label", Kind.STRING, "description", Kind.STRING, "tags", Kind.STRING_LIST,
            "author", Kind.STRING, "thumbnailUrl", Kind.STRING, "nonCommercial", Kind.BOOLEAN,
            "engine", Kind.STRING, "category", Kind.STRING, "provider", Kind.STRING, "data", Kind.STRING,
            "schema", Kind.STRING, "inputFields", Kind.LIST, "inputValues", Kind.MAP);

    public static final Map<String, Kind> ENTITY = table(
            "id", Kind.STRING, "category", Kind.STRING, "triggerName", Kind.STRING, "label", Kind.STRING,
            "description", Kind.STRING, "tags", Kind.STRING_LIST, "author", Kind.STRING,
            "thumbnailUrl", Kind.STRING, "seed", Kind.LONG, "imagePrompt", Kind.STRING,
            "imageSourceType", Kind.STRING, "imageEngine", Kind.STRING, "imageId", Kind.STRING,
            "audioPrompt", Kind.STRING, "audioSourceType", Kind.STRING, "audioEngine", Kind.STRING,
            "audioId", Kind.STRING, "age", Kind.INT, "gender", Kind.STRING, "region", Kind.STRING,
            "appearance", Kind.STRING);

    public static final Map<String, Kind> SCENE = table(
            "id", Kind.STRING, "scene", Kind.STRING, "line", Kind.STRING, "rawLine", Kind.STRING,
            "sequenceFullText", Kind.STRING, "sequenceStartAtLine", Kind.INT, "sequenceEndAtLine", Kind.INT,
            "startAtLine", Kind.INT, "endAtLine", Kind.INT, "events", Kind.LIST);

    public static final Map<String, Kind> EVENT = table(
            "id", Kind.STRING, "type", Kind.STRING, "character", Kind.STRING, "description", Kind.STRING,
            "behavior", Kind.STRING, "startAtLine", Kind.INT, "endAtLine", Kind.INT);

    public static final Map<String, Kind> SEGMENT = table(
            "id", Kind.STRING, "parentId", Kind.STRING, "childrenIds", Kind.STRING_LIST, "track", Kind.INT,
            "startTimeInMs", Kind.NUMBER, "endTimeInMs", Kind.NUMBER, "category", Kind.STRING,
            "entityId", Kind.STRING, "workflowId", Kind.STRING, "sceneId", Kind.STRING,
            "startTimeInLines", Kind.INT, "endTimeInLines", Kind.INT, "prompt", Kind.STRING,
            "label", Kind.STRING, "outputType", Kind.STRING, "renderId", Kind.STRING, "status", Kind.STRING,
            "assetUrl", Kind.STRING, "assetDurationInMs", Kind.NUMBER, "assetSourceType", Kind.STRING,
            "assetFileFormat", Kind.STRING, "createdAt", Kind.STRING, "createdBy", Kind.STRING,
            "editedBy", Kind.STRING, "revision", Kind.INT, "outputGain", Kind.NUMBER, "seed", Kind.LONG);

    private KnownFields() {
    }

    private static Map<String, Kind> table(Object... pairs) {
        Map<String, Kind> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    /** A short description of a value for a message: {@code the string "3"}, {@code the number 1.5}, {@code a list}. */
    public static String describe(Object v) {
        if (v == null) {
            return "no value (null)";
        }
        if (v instanceof String) {
            String s = (String) v;
            String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
            return "the string \"" + oneLine(shown) + "\"";
        }
        if (v instanceof Boolean) {
            return "the boolean " + v;
        }
        if (v instanceof Number) {
            return "the number " + v;
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        return "a " + v.getClass().getSimpleName();
    }

    /** Control characters shown escaped, so that a message stays one line. */
    public static String oneLine(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                switch (c) {
                    case '\n': b.append("\\n"); break;
                    case '\r': b.append("\\r"); break;
                    case '\t': b.append("\\t"); break;
                    default: b.append(String.format("\\u%04x", (int) c));
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}

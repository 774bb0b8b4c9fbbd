package dev.slate.server.internal;

import dev.slate.Slate;
import dev.slate.convert.ConvertOptions;
import dev.slate.internal.Cases;
import dev.slate.source.ScriptFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@code POST /convert} or {@code POST /parse} asks for: the script's name and format, its
 * language, and for a conversion the options of {@code slate convert}, under the same names.
 *
 * @param name how messages call the script: the {@code filename} parameter, else {@code <body>}
 * @param fileName the {@code filename} parameter, or null
 * @param format the format asked for with {@code format}, or null to take it from the name, the
 *     {@code Content-Type}, else the content
 * @param contentType the request's {@code Content-Type}, or null
 * @param language {@code en}, {@code fr}, {@code es}, {@code de}, or null to detect it
 */
public record ScriptRequest(String name, String fileName, ScriptFormat format, String contentType, String language,
        ConvertOptions options) {

    /** The timing and picture options, named as {@code slate convert}'s options without their dashes. */
    private static final Map<String, Setter> OPTIONS = setters();

    public static final Set<String> PARSE_PARAMETERS = Set.of("format", "filename", "lang", "tags");
    public static final Set<String> CONVERT_PARAMETERS = convertParameters();

    public static Set<String> timingParameters() {
        return OPTIONS.keySet();
    }

    public static ScriptRequest of(Query q, String contentType, boolean conversion) throws ApiError {
        String fileName = q.get("filename");
        ScriptFormat format = null;
        String asked = q.get("format");
        if (asked != null) {
            format = ScriptFormat.named(asked).orElseThrow(() -> ApiError.unsupportedFormat("format="
                    + Show.clip(asked) + ": not a format Slate reads; known: " + ScriptFormat.names()));
        } else {
            refuseByName(fileName);
            refuseByMediaType(contentType);
        }
        ConvertOptions options = ConvertOptions.defaults();
        if (conversion) {
            for (Map.Entry<String, Setter> e : OPTIONS.entrySet()) {
                if (q.get(e.getKey()) != null) {
                    try {
                        options = e.getValue().set(options, q);
                    } catch (IllegalArgumentException ex) {
                        throw ApiError.badRequest(e.getKey() + "=" + Show.clip(q.get(e.getKey())) + ": out of range");
                    }
                }
            }
        }
        String lang = q.get("lang");
        return new ScriptRequest(fileName != null ? fileName : "<body>", fileName, format, contentType,
                lang == null ? null : Cases.lower(lang), options);
    }

    /**
     * The script's format, as {@code slate convert} would take it, plus what the Content-Type says; 415 for
     * a body whose first bytes show an archive (a {@code .clap}, a {@code .docx}) or an old Word file.
     */
    public ScriptFormat formatOf(byte[] body) throws ApiError {
        if (format == null) {
            String what = container(body);
            if (what != null) {
                throw ApiError.unsupportedFormat(Show.clip(name) + ": " + what + "; Slate reads " + ScriptFormat.READABLE);
            }
        }
        return ScriptFormat.detect(format, fileName, contentType, body);
    }

    private static String container(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return "gzip data (a .clap project? POST it to /validate)";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "a zip archive (a Word, OpenDocument or other word-processor file?)";
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xd0 && (b[1] & 0xff) == 0xcf && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xe0) {
            return "an old Word or Office document";
        }
        return null;
    }

    /** A word-processor file, a {@code .clap}... named as such is refused before its body is read. */
    private static void refuseByName(String fileName) throws ApiError {
        if (fileName == null) {
            return;
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (base.isEmpty() || base.indexOf('\0') >= 0) {
            return;
        }
        try {
            Slate.checkFormat(java.nio.file.Path.of(base));
        } catch (Slate.ScriptException e) {
            throw ApiError.unsupportedFormat(Show.clip(fileName) + ": " + e.reason());
        } catch (java.nio.file.InvalidPathException e) {
            // not a name a file system takes: the content decides
        }
    }

    private static final List<String> WORD_PROCESSOR_TYPES = List.of(
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.",
            "application/vnd.ms-word", "application/vnd.oasis.opendocument.text", "application/rtf", "text/rtf",
            "application/x-rtf", "application/vnd.apple.pages", "application/x-celtx");

    private static void refuseByMediaType(String contentType) throws ApiError {
        if (contentType == null) {
            return;
        }
        String type = Cases.lower(contentType.split(";", 2)[0].trim());
        for (String t : WORD_PROCESSOR_TYPES) {
            if (type.startsWith(t)) {
                throw ApiError.unsupportedFormat("Content-Type " + Show.clip(type) + ": a word-processor file; Slate "
                        + "reads " + ScriptFormat.READABLE + " (export it as one)");
            }
        }
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.equals("application/zip") || type.equals("application/gzip")
                || type.equals("application/x-gzip")) {
            throw ApiError.unsupportedFormat("Content-Type " + Show.clip(type) + ": not a script; Slate reads "
                    + ScriptFormat.READABLE);
        }
    }

    private interface Setter {
        ConvertOptions set(ConvertOptions o, Query q) throws ApiError;
    }

    private static Map<String, Setter> setters() {
        Map<String, Setter> m = new LinkedHashMap<>();
        m.put("words-per-minute", (o, q) -> o.withWordsPerMinute(q.doubleValue("words-per-minute", 0)));
        m.put("action-ms-per-line", (o, q) -> o.withActionMsPerLine(q.longValue("action-ms-per-line", 0)));
        m.put("parenthetical-beat-ms", (o, q) -> o.withParentheticalBeatMs(q.longValue("parenthetical-beat-ms", 0)));
        m.put("speech-pause-ms", (o, q) -> o.withSpeechPauseMs(q.longValue("speech-pause-ms", 0)));
        m.put("min-event-ms", (o, q) -> o.withMinEventMs(q.longValue("min-event-ms", 0)));
        m.put("transition-ms", (o, q) -> o.withTransitionMs(q.longValue("transition-ms", 0)));
        m.put("establishing-ms", (o, q) -> o.withEstablishingMs(q.longValue("establishing-ms", 0)));
        m.put("card-ms", (o, q) -> o.withCardMs(q.longValue("card-ms", 0)));
        m.put("width", (o, q) -> o.withSize(q.intValue("width", 0), o.height()));
        m.put("height", (o, q) -> o.withSize(o.width(), q.intValue("height", 0)));
        return m;
    }

    private static Set<String> convertParameters() {
        Set<String> s = new TreeSet<>(OPTIONS.keySet());
        s.addAll(List.of("format", "filename", "lang"));
        return Set.copyOf(s);
    }
}

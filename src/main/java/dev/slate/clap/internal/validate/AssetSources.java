package dev.slate.clap.internal.validate;


/**
 * What the draft's security notes ask a reader to check in an asset's location, given its source type.
 * Slate never follows a location (it opens no path, fetches no URL, decodes no data); these checks warn
 * the tools that will.
 */
public final class AssetSources {
    private AssetSources() {
    }

    /** What is wrong with {@code location} for {@code sourceType}, or null when nothing is. */
    public static String problem(String sourceType, String location) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        switch (sourceType) {
            case "PATH":
                return path(location);
            case "DATA":
                return data(location);
            case "REMOTE":
                return remote(location);
            default:
                return null;
        }
    }

    private static String path(String p) {
        if (p.indexOf('\0') >= 0) {
            return "PATH holds a NUL character: no file system takes it";
        }
        if (p.startsWith("/") || p.startsWith("\\") || p.startsWith("~")
                || p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':'
                || p.regionMatches(true, 0, "file:", 0, 5)) {
            return "PATH \"" + show(p) + "\" is absolute: it can point anywhere on the file system, not inside the "
                    + "project's folder (a tool should not open it)";
        }
        for (String segment : p.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return "PATH \"" + show(p) + "\" climbs out of its folder (\"..\"): a tool should not open it";
            }
        }
        return null;
    }

    /** {@code data:[<media type>][;base64],<data>}, with a media type, as an asset needs one. */
    private static String data(String uri) {
        if (!uri.regionMatches(true, 0, "data:", 0, 5)) {
            return "DATA \"" + show(uri) + "\" is not a data: URI";
        }
        int comma = uri.indexOf(',');
        if (comma < 0) {
            return "DATA URI has no comma between its media type and its data";
        }
        String[] head = uri.substring(5, comma).split(";", -1);
        String mediaType = head[0].trim();
        if (mediaType.isEmpty()) {
            return "DATA URI has no media type (such as data:image/png;base64,...)";
        }
        if (!mediaType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")) {
            return "DATA URI media type \"" + show(mediaType) + "\" is not type/subtype";
        }
        boolean base64 = head.length > 1 && head[head.length - 1].trim().equalsIgnoreCase("base64");
        return base64 ? base64(uri, comma + 1) : percentEncoded(uri, comma + 1);
    }

    private static String base64(String s, int from) {
        int n = 0;
        int padding = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                padding++;
            } else if (padding > 0 || !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '+' || c == '/')) {
                return "DATA URI is not valid base64 (" + (padding > 0 ? "data after the '=' padding"
                        : "character " + (c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'")
                        + " at offset " + (i - from)) + ")";
            }
            n++;
        }
        if (padding > 2 || n % 4 != 0) {
            return "DATA URI is not valid base64 (" + n + " characters, not a multiple of 4, or too much padding)";
        }
        if (n == 0) {
            return "DATA URI holds no data";
        }
        return null;
    }

    private static String percentEncoded(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '%' && (i + 2 >= s.length() || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2)))) {
                return "DATA URI has a malformed %-escape at offset " + (i - from);
            }
        }
        return null;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String remote(String url) {
        // compared in place: a copy of a huge URL in lowercase costs far more than its first letters
        if (!(url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8))
                || url.length() <= url.indexOf("//") + 2
                || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return "REMOTE \"" + show(url) + "\" is not an http(s) URL: a tool should not follow it";
        }
        return null;
    }

    private static String show(String s) {
        return KnownFields.oneLine(s.length() > 60 ? s.substring(0, 60) + "..." : s);
    }
}

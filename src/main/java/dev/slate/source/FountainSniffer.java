package dev.slate.source;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Tells Fountain from plain text by markup only Fountain uses. Both are text, so this looks for signs a
 * printed script never carries: a title-page key on the first line, notes, boneyard, forced elements,
 * page-break markers, emphasis. A script with none of them reads the same either way.
 */
final class FountainSniffer {
    private static final int SAMPLE = 64 * 1024;
    private static final Pattern TITLE_KEY =
            Pattern.compile("(?i)(title|credit|author|authors|source|draft date|contact|notes|copyright)\\s*:.*");
    private static final Pattern PAGE_BREAK = Pattern.compile("={3,}");

    private FountainSniffer() {
    }

    static boolean looksLikeFountain(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, SAMPLE), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int signs = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        int indented = 0;
        int nonBlank = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (line.startsWith("          ") || line.startsWith("\t")) {
                indented++;
            }
            if (i == 0 && TITLE_KEY.matcher(t).matches()) {
                signs += 3;
            }
            if (t.startsWith("[[") || t.startsWith("/*") || PAGE_BREAK.matcher(t).matches()) {
                signs += 2;
            }
            if (line != t && !line.startsWith(t)) {
                continue; // Fountain markup starts a line; indented, it is a printed script's text
            }
            if (t.length() > 1 && (t.charAt(0) == '.' || t.charAt(0) == '@') && Character.isLetter(t.charAt(1))) {
                signs++;
            }
            if (t.startsWith(">") && t.endsWith("<") && t.length() > 2 || t.startsWith("~")) {
                signs++;
            }
            if (t.startsWith("#") && !t.startsWith("#!") || t.startsWith("= ")) {
                signs++;
            }
            if (endsWithSceneNumber(t)) {
                signs++;
            }
        }
        // a script laid out with print indentation is plain text whatever it quotes
        boolean printLayout = nonBlank > 0 && indented * 5 > nonBlank;
        return signs >= 3 && !printLayout || signs >= 6;
    }

    /** {@code INT. HOUSE - DAY #1A#}: a scene number between two hashes at the end of the line. */
    private static boolean endsWithSceneNumber(String t) {
        int end = t.length() - 1;
        if (end < 2 || t.charAt(end) != '#') {
            return false;
        }
        int start = t.lastIndexOf('#', end - 1);
        if (start < 0 || start == end - 1) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}

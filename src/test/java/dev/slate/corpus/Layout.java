package dev.slate.corpus;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one corpus script is laid out as plain text: the columns of each element, the page length and
 * its artefacts, blank lines, line endings and charset. Real scripts differ in every one of these, so
 * each corpus script gets its own (corpus/sources/layouts.txt).
 */
record Layout(
        int heading, int action, int cue, int parenthetical, int dialogue, int transitionRight, int width,
        boolean tabs, int pageLines, String pageNumbers, String runningHeader, boolean more, String sceneNumbers,
        int revisionEvery, String blankLines, boolean formFeed, String eol, Charset charset, boolean continued,
        int blankJitter) {

    /** Column presets seen in the wild: a word processor's text export, pdftotext -layout, a web page. */
    static final Map<String, int[]> COLUMNS = Map.of(
            // heading, action, cue, parenthetical, dialogue, transition right edge, page width
            "fd", new int[] {0, 0, 22, 16, 10, 60, 62},
            "pdf", new int[] {15, 15, 37, 31, 25, 74, 78},
            "web", new int[] {8, 8, 30, 24, 18, 56, 66},
            "narrow", new int[] {0, 0, 15, 12, 8, 50, 56},
            "tabs", new int[] {0, 0, 0, 0, 0, 0, 62});

    static Layout parse(String options) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String kv : options.trim().split("\\s+(?=[a-z]+=)")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                String v = kv.substring(eq + 1).trim();
                if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
                    v = v.substring(1, v.length() - 1);
                }
                o.put(kv.substring(0, eq), v);
            }
        }
        String columns = o.getOrDefault("columns", "fd");
        int[] c = COLUMNS.get(columns);
        if (c == null) {
            throw new IllegalArgumentException("unknown columns preset: " + columns);
        }
        return new Layout(c[0], c[1], c[2], c[3], c[4], c[5], c[6], columns.equals("tabs"),
                Integer.parseInt(o.getOrDefault("pagelines", "54")), o.getOrDefault("pagenum", "top-right"),
                o.getOrDefault("header", ""), !o.getOrDefault("more", "yes").equals("no"),
                o.getOrDefault("scenenum", "none"), Integer.parseInt(o.getOrDefault("revision", "0")),
                o.getOrDefault("blank", "standard"), o.getOrDefault("ff", "no").equals("yes"),
                o.getOrDefault("eol", "lf").equals("crlf") ? "\r\n" : "\n",
                Charset.forName(o.getOrDefault("charset", "UTF-8")),
                o.getOrDefault("continued", "no").equals("yes"), Integer.parseInt(o.getOrDefault("blankjitter", "0")));
    }
}

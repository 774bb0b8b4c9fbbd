package dev.slate.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A corpus script as the team writes it: one screenplay line per source line with its tag (see
 * corpus/sources/FORMAT.md). Blank source lines are blank script lines.
 */
record TaggedSource(String slug, Map<String, String> header, List<Line> lines) {

    static final Set<String> TAGS = Set.of("HEADING", "ACTION", "CHARACTER", "PARENTHETICAL", "DIALOGUE",
            "TRANSITION", "SHOT", "TITLE", "CENTERED", "LYRICS", "NOTE", "SECTION", "SYNOPSIS");

    /** A source line; {@code tag} is null for a blank line, {@code speaker} set on cues only. */
    record Line(int sourceLine, String tag, String text, String speaker) {
        boolean blank() {
            return tag == null;
        }
    }

    static TaggedSource read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.lastIndexOf('.'));
        Map<String, String> header = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean inHeader = true;
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (inHeader && s.startsWith("#")) {
                int colon = s.indexOf(':');
                if (colon > 0) {
                    header.put(s.substring(1, colon).trim(), s.substring(colon + 1).trim());
                }
                continue;
            }
            if (inHeader && s.isBlank() && lines.isEmpty()) {
                continue;
            }
            inHeader = false;
            if (s.isBlank()) {
                lines.add(new Line(i + 1, null, "", null));
                continue;
            }
            String[] f = s.split("\t", -1);
            if (f.length < 2 || !TAGS.contains(f[0])) {
                throw new IOException(file + ":" + (i + 1) + ": expected TAG<TAB>text, got: " + s);
            }
            String speaker = null;
            if (f[0].equals("CHARACTER")) {
                if (f.length < 3 || f[2].isBlank()) {
                    throw new IOException(file + ":" + (i + 1) + ": a cue needs its canonical SPEAKER: " + s);
                }
                speaker = f[2].trim();
            }
            lines.add(new Line(i + 1, f[0], f[1].strip(), speaker));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).blank()) {
            lines.remove(lines.size() - 1);
        }
        return new TaggedSource(slug, header, lines);
    }

    String language() {
        return header.getOrDefault("language", "en");
    }
}

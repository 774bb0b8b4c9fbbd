package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptLine;
import java.util.List;

/**
 * What a reader of the printed script never sees: boneyard ({@code /* ... *}{@code /}, which may span
 * blank lines) and notes ({@code [[ ... ]]}). Both are cut out of each line before the element rules look
 * at it; what was cut is kept as the line's note.
 *
 * <p>An unclosed boneyard runs to the end of the script, as Fountain says. An unclosed note ends at the
 * next blank line, since a note cannot hold one: a stray {@code [[} hides one paragraph, not the rest of
 * the script. Each line is scanned a bounded number of times, so the cost stays linear whatever the input.
 */
final class Hidden {

    /** A line with its hidden parts removed. */
    record Visible(String text, String note) {
        boolean onlyHidden(ScriptLine line) {
            return text.isBlank() && !line.isBlank();
        }
    }

    private Hidden() {
    }

    static Visible[] strip(List<ScriptLine> lines) {
        Visible[] out = new Visible[lines.size()];
        boolean boneyard = false;
        boolean note = false;
        StringBuilder kept = new StringBuilder();
        StringBuilder cut = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            ScriptLine line = lines.get(n);
            String s = line.text();
            kept.setLength(0);
            cut.setLength(0);
            if (note && line.isBlank()) {
                note = false;
            }
            int i = 0;
            int bone = -2; // where the next "/*" and "[[" start, found once per line and again only when passed
            int open = -2;
            while (i < s.length()) {
                if (boneyard) {
                    int end = s.indexOf("*/", i);
                    cut.append(' ').append(s, i, end < 0 ? s.length() : end);
                    if (end < 0) {
                        i = s.length();
                    } else {
                        boneyard = false;
                        i = end + 2;
                    }
                } else if (note) {
                    int end = s.indexOf("]]", i);
                    cut.append(' ').append(s, i, end < 0 ? s.length() : end);
                    if (end < 0) {
                        i = s.length();
                    } else {
                        note = false;
                        i = end + 2;
                    }
                } else {
                    if (bone != -1 && bone < i) {
                        bone = s.indexOf("/*", i);
                    }
                    if (open != -1 && open < i) {
                        open = s.indexOf("[[", i);
                    }
                    int b = bone;
                    int o = open;
                    int next = b < 0 ? o : o < 0 ? b : Math.min(b, o);
                    if (next < 0) {
                        kept.append(s, i, s.length());
                        i = s.length();
                    } else {
                        kept.append(s, i, next);
                        boneyard = next == b;
                        note = next != b;
                        i = next + 2;
                    }
                }
            }
            out[n] = new Visible(kept.toString(), cut.toString().strip());
        }
        return out;
    }
}

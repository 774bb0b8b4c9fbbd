package dev.slate.source.internal.fountain;

import dev.slate.source.ScriptElement.Type;
import java.util.Locale;

/**
 * A scene heading: after a blank line, a line starting with {@code INT}, {@code EXT}, {@code EST},
 * {@code INT./EXT}, {@code INT/EXT} or {@code I/E} and a dot or a space, in any case; or any line forced
 * with a leading dot ({@code .THE ROOFTOP}, but not an ellipsis). A scene number closes it:
 * {@code INT. HOUSE - DAY #1A#}.
 *
 * <p>Fountain asks for a blank line after a heading too; scripts typed by hand often run the action on
 * the next line, so a heading in capitals is one without it. In lowercase it needs the blank line:
 * {@code Int is short for interior.} followed by more action is a sentence.
 */
final class SceneHeadingRule implements ElementRule {
    private static final String[] PREFIXES = {"INT./EXT", "INT/EXT", "INT", "EXT", "EST", "I/E"};

    @Override
    public Found match(Block line) {
        String t = line.text();
        boolean forced = t.length() > 1 && t.charAt(0) == '.' && t.charAt(1) != '.';
        if (forced) {
            return heading(t.substring(1));
        }
        boolean apart = line.blankAfter() || CharacterRule.isUpper(t);
        return line.blankBefore() && apart && hasPrefix(t) ? heading(t) : null;
    }

    static boolean hasPrefix(String t) {
        String head = t.substring(0, Math.min(t.length(), 10)).toUpperCase(Locale.ROOT);
        for (String p : PREFIXES) {
            if (head.startsWith(p) && head.length() > p.length()) {
                char c = head.charAt(p.length());
                return c == '.' || c == ' ';
            }
        }
        return false;
    }

    private static Found heading(String t) {
        String s = t.strip();
        String number = "";
        if (s.length() > 2 && s.charAt(s.length() - 1) == '#') {
            int open = s.lastIndexOf('#', s.length() - 2);
            if (open >= 0 && open < s.length() - 2 && isSceneNumber(s, open + 1, s.length() - 1)) {
                number = s.substring(open + 1, s.length() - 1);
                s = s.substring(0, open).strip();
            }
        }
        return new Found(Type.HEADING, Emphasis.strip(s), number, false);
    }

    private static boolean isSceneNumber(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}

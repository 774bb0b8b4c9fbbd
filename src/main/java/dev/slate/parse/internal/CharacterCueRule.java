package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a character cue by its shape: a short uppercase name, then any number of parenthesised
 * extensions ({@code (V.O.)}, {@code (CONT'D)}), or an attitude after a comma and a colon
 * ({@code REN, DEFIANT:}), or Fountain's marks ({@code @} forced, {@code ^} dual). Whether a line of
 * that shape really is a cue depends on what follows it; the classifier decides that.
 */
final class CharacterCueRule {

    private static final int MAX_NAME = 38;

    private CharacterCueRule() {
    }

    /** The cue this line would be, or null when it does not have a cue's shape. */
    static CharacterCue parse(String content) {
        return parse(content, false);
    }

    /**
     * A cue with an attitude whose colon OCR lost ({@code MARIE, FURIEUSE} for {@code MARIE, FURIEUSE :}), or
     * null. Only the caller knows whether the name is someone who speaks, which alone makes such a line a cue.
     */
    static CharacterCue withoutItsColon(String content) {
        if (content.indexOf(',') < 0 || Shapes.last(content) == ':') {
            return null;
        }
        CharacterCue cue = parse(content + ":");
        return cue == null || cue.attitude().isEmpty() ? null
                : new CharacterCue(content.strip(), cue.name(), cue.extensions(), cue.attitude(), cue.dual());
    }

    /**
     * @param anyCase accept a name written in lowercase or mixed case (for names the script already
     *     uses as cues, written carelessly)
     */
    static CharacterCue parse(String content, boolean anyCase) {
        CharacterCue[] both = sideBySide(content, anyCase);
        return both != null ? both[0] : one(content, anyCase); // of two side by side, the left is read first
    }

    private static CharacterCue one(String content, boolean anyCase) {
        String s = content.strip();
        boolean forced = false;
        if (s.startsWith("@")) {
            forced = true;
            s = s.substring(1).strip();
        }
        boolean dual = false;
        if (s.endsWith("^")) {
            dual = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        // What follows takes extensions off the end, then an attitude; without either, the name is all there is,
        // and most lines of a script are longer than any name.
        char closing = Shapes.last(s);
        if (s.length() > MAX_NAME && closing != ')' && closing != ':') {
            return null;
        }
        if (!anyCase && !forced && lowercaseInName(s)) {
            return null; // most short lines are words of a speech or of action, in lowercase from their second letter
        }
        List<String> extensions = new ArrayList<>();
        s = withoutExtensions(s, extensions);
        if (s == null) {
            return null;
        }
        String attitude = "";
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
            int comma = s.indexOf(',');
            if (comma > 0) {
                attitude = s.substring(comma + 1).strip();
                s = s.substring(0, comma).strip();
                if (attitude.isEmpty() || Shapes.words(attitude) > 4) {
                    return null;
                }
            } else if (extensions.isEmpty()) {
                // KEREM (ON THE PHONE): alone over the speech, as scripts written with a colon after each name put it
                s = withoutExtensions(s, extensions);
                if (s == null) {
                    return null;
                }
            }
        }
        if (s.isEmpty() || s.length() > MAX_NAME || Shapes.words(s) > 6) {
            return null;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c) && c != 'ß' && !anyCase && !forced && !Shapes.inCapitalisedPrefix(s, i)) {
                    return null;
                }
            } else if (!(Character.isDigit(c) || c == ' ' || c == '.' || c == '\'' || c == '-' || c == '&'
                    || c == '#' || c == '/')) {
                return null;
            }
        }
        if (letters < 1 || (letters < 2 && !Character.isLetter(s.charAt(0))) || hasDate(s)) {
            return null;
        }
        char end = Shapes.last(s);
        if ((end == '.' && !endsWithTitle(s)) || end == '-' || end == '/' || end == '&') {
            return null;
        }
        if (!attitude.isEmpty() && !anyCase && !Shapes.allCaps(attitude) && !forced) {
            return null;
        }
        String name = Shapes.singleSpaced(Grammar.upper(s));
        return new CharacterCue(content.strip(), name, extensions, attitude, dual);
    }

    /**
     * Whether a letter in lowercase comes before any extension or attitude could start (a parenthesis, a comma, a
     * colon), where the name must be in capitals: what is taken off a cue's end never reaches it, so the name
     * that remains has the same letter at the same place.
     */
    private static boolean lowercaseInName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ',' || c == ':') {
                return false;
            }
            if (Character.isLowerCase(c) && Character.isLetter(c) && c != 'ß' && !Shapes.inCapitalisedPrefix(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The line without the extensions at its end, each added to {@code extensions} in order; null when one is malformed. */
    private static String withoutExtensions(String s, List<String> extensions) {
        while (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open <= 0) {
                return null;
            }
            String ext = s.substring(open + 1, s.length() - 1).strip();
            if (ext.isEmpty() || ext.length() > 30 || ext.indexOf('(') >= 0) {
                return null;
            }
            extensions.add(0, ext);
            s = s.substring(0, open).strip();
        }
        return s;
    }

    /**
     * Where the words start on a line that opens with its speaker and a colon, as transcripts and scripts
     * written in a chat or a word processor put them ({@code NADIA: Did you order the yeast?}, {@code OMAR
     * (sheepish): I'll call them.}); -1 when the line does not open so. The speaker is {@link #inlineCue}.
     */
    static int inlineSpeech(String content) {
        int depth = 0;
        int n = Math.min(content.length(), MAX_NAME + 40);
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ':' && depth == 0) {
                int start = i + 1;
                if (i == 0 || start >= content.length() || content.charAt(start) != ' ') {
                    return -1;
                }
                while (start < content.length() && content.charAt(start) == ' ') {
                    start++;
                }
                return start < content.length() ? start : -1;
            }
        }
        return -1;
    }

    /** The speaker opening a line whose words start at {@code speechStart} (see {@link #inlineSpeech}), or null. */
    static CharacterCue inlineCue(String content, int speechStart) {
        String cue = content.substring(0, speechStart).strip(); // with its colon: REN, DEFIANT: keeps an attitude
        String bare = cue.substring(0, cue.length() - 1).strip();
        // a name starts with a letter: "- SARAH: 28, a barista" is an item of a list
        return cue.indexOf(SIDE_BY_SIDE_GAP) >= 0 || !Character.isLetter(cue.charAt(0)) ? null
                : one(bare.endsWith(")") ? bare : cue, false);
    }

    /**
     * The two cues of dual dialogue laid out side by side, as a PDF or a word processor prints it ({@code AMY}
     * and {@code BOB} on one line, their speeches in two columns under them), the second marked {@code dual};
     * or null. Two names far apart are never one name ({@code AMY BOB}).
     */
    static CharacterCue[] sideBySide(String content, boolean anyCase) {
        String s = content.strip();
        int gap = s.indexOf(SIDE_BY_SIDE_GAP);
        if (gap <= 0 || s.startsWith("@")) {
            return null;
        }
        int right = gap;
        while (right < s.length() && s.charAt(right) == ' ') {
            right++;
        }
        CharacterCue left = one(s.substring(0, gap), anyCase);
        CharacterCue second = left == null ? null : one(s.substring(right), anyCase);
        if (second == null) {
            return null;
        }
        return new CharacterCue[] {left,
            new CharacterCue(second.text(), second.name(), second.extensions(), second.attitude(), true)};
    }

    /** The least space between two cues side by side; a name has single spaces (or a stray double one). */
    static final String SIDE_BY_SIDE_GAP = "    ";

    /**
     * A date, three groups of digits joined by {@code /} or {@code .} ({@code 04/02/26}): a revision or draft
     * line of a title page or a running header, where nobody's name has one.
     */
    private static boolean hasDate(String s) {
        int groups = 0;
        boolean inDigits = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!inDigits) {
                    groups++;
                    inDigits = true;
                }
            } else if ((c == '/' || c == '.') && inDigits && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                inDigits = false;
                if (groups == 2) {
                    return true; // a third group follows
                }
            } else {
                groups = 0;
                inDigits = false;
            }
        }
        return false;
    }

    /** Names may end in an abbreviation: {@code MARTIN LUTHER KING JR.} */
    private static boolean endsWithTitle(String s) {
        String u = s.toUpperCase(java.util.Locale.ROOT);
        return u.endsWith(" JR.") || u.endsWith(" SR.") || u.endsWith(" ST.");
    }
}

package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The characters who speak, learnt from the lines that can only be cues: a cue-shaped line after a
 * blank line with a speech right under it (or, in an indented script, at the cue column). Knowing the
 * cast lets the classifier take {@code AMY} for a cue where the layout alone cannot tell, and refuse
 * {@code SILENCE} or {@code 5 YEARS LATER}, which never speak.
 */
final class Cast {
    private boolean namesNotInCapitals;

    private static final int MAX_WORD = 40;

    private final Map<String, Integer> names = new HashMap<>();
    /** Names the action introduces with an age ({@code his sister JO (12)}), and their first words. */
    private final Set<String> introduced = new HashSet<>();
    /** {@code COP} for a speaker {@code COP #1}: the names that come numbered. */
    private final Set<String> numberedStems = new HashSet<>();

    static Cast learn(List<Line> lines, Layouts layouts) {
        Cast cast = new Cast();
        Map<String, Integer> unsure = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank || l.tag != null) {
                continue;
            }
            CharacterCue cue = l.cueShape();
            if (cue == null) {
                continue;
            }
            Line next = nextContent(lines, i);
            if (next == null || next.cueShape() != null) {
                continue;
            }
            LayoutProfile layout = layouts.at(i);
            boolean adjacent = next == lines.get(i + 1);
            boolean blankBefore = i == 0 || lines.get(i - 1).blank || lines.get(i - 1).tag != null;
            boolean byLayout = layout.indented ? layout.atCueColumn(l) && layout.inSpeechColumns(next)
                    : layout.blankLines && blankBefore && adjacent && layout.fitsDialogue(next, 5);
            if (byLayout) {
                cast.names.merge(cue.name(), 1, Integer::sum);
            } else if (!layout.indented && !layout.blankLines && adjacent && layout.fitsDialogue(next, 5)
                    && !Shapes.startsWithDigit(l.content)) {
                unsure.merge(cue.name(), 1, Integer::sum);
            }
        }
        // With neither indentation nor blank lines, a name counts once it has introduced two speeches.
        unsure.forEach((name, n) -> {
            if (n >= 2) {
                cast.names.merge(name, n, Integer::sum);
            }
        });
        cast.learnNamesNotInCapitals(lines);
        for (String name : cast.names.keySet()) {
            String stem = numberedStem(name);
            if (stem != null) {
                cast.numberedStems.add(stem);
            }
        }
        for (Line l : lines) {
            if (!l.blank && l.tag == null) {
                cast.learnIntroductions(l.content);
            }
        }
        return cast;
    }

    /**
     * Cues not in capitals ({@code Priya}, {@code Mrs. Patel}), as a page that shows them in capitals by its style
     * copies them: a name in title case alone on its line with a line right under it, twice or more. A heading or a
     * transition has its dash or its colon; a line of action or speech is seldom a name alone, and never the same
     * one twice.
     */
    private void learnNamesNotInCapitals(List<Line> lines) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = lines.get(i + 1);
            if (l.blank || l.tag != null || next.blank || next.tag != null || l.allCaps() || !titleCase(l.content)) {
                continue;
            }
            CharacterCue cue = CharacterCueRule.parse(l.content, true);
            if (cue != null && next.cueShape() == null && !titleCase(next.content) && words(next.content)) {
                seen.merge(cue.name(), 1, Integer::sum);
            }
        }
        seen.forEach((name, n) -> {
            if (n >= 2 && !names.containsKey(name)) {
                names.put(name, n);
                namesNotInCapitals = true;
            }
        });
    }

    /**
     * Whether a line reads as words said or done, not as a contact block's address, e-mail or telephone under a
     * name: it opens with a letter, a quotation mark or a parenthesis, and has a space or ends a sentence.
     */
    private static boolean words(String c) {
        char first = c.charAt(0);
        if (!Character.isLetter(first) && "\"'(.\u00BF\u00A1\u00AB\u201C\u2018\u2026-\u2014".indexOf(first) < 0) {
            return false;
        }
        return c.indexOf(' ') > 0 || Shapes.endsSentence(c);
    }

    /** One to three words, each opening with a capital, and an extension in parentheses at most: {@code Mrs. Patel (V.O.)}. */
    private static boolean titleCase(String c) {
        int paren = c.indexOf('(');
        int end = paren > 0 ? paren : c.length();
        while (end > 0 && c.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || end > 40 || c.charAt(end - 1) == ':') {
            return false;
        }
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < end; i++) {
            char ch = c.charAt(i);
            if (ch == ' ') {
                wordStart = true;
            } else {
                if (wordStart && (++words > 3 || !Character.isUpperCase(ch))) {
                    return false; // a word in lower case, or a heading's dash: Kitchen - Day
                }
                wordStart = false;
            }
        }
        return true;
    }

    /** Each name in capitals right before a note that starts with an age: {@code YOUNG DANNY (10)}, {@code JO (12, ...)}. */
    private void learnIntroductions(String c) {
        for (int open = c.indexOf('('); open > 0; open = c.indexOf('(', open + 1)) {
            if (open + 1 < c.length() && Character.isDigit(c.charAt(open + 1))) {
                String name = capitalsBefore(c, open);
                if (name != null) {
                    introduced.add(name);
                    int space = name.indexOf(' ');
                    if (space > 0) {
                        introduced.add(name.substring(0, space)); // HANNAH VOSS (29) speaks as HANNAH
                        int next = name.indexOf(' ', space + 1);
                        if (name.charAt(space - 1) == '.' && next > 0) {
                            introduced.add(name.substring(space + 1, next)); // DR. HANNAH KIM (38) is Hannah in the action
                        }
                    }
                }
            }
        }
    }

    /** The words in capitals that end right before {@code end} (spaces between allowed), as a cue's name, or null. */
    private static String capitalsBefore(String c, int end) {
        int i = end;
        int start = -1;
        int words = 0;
        while (words < 6) {
            while (i > 0 && c.charAt(i - 1) == ' ') {
                i--;
            }
            int wordEnd = i;
            // no word of a name is longer than this: a line of brackets and no spaces is not read back and
            // forth once for each of its brackets
            while (i > 0 && c.charAt(i - 1) != ' ' && wordEnd - i <= MAX_WORD) {
                i--;
            }
            if (i == wordEnd || wordEnd - i > MAX_WORD || !capitalWord(c, i, wordEnd)) {
                break;
            }
            start = i;
            words++;
        }
        if (start < 0) {
            return null;
        }
        String name = c.substring(start, end).strip();
        // a one-letter word first is an article in capitals (A MAN), not part of the name
        while (name.length() > 2 && name.charAt(1) == ' ') {
            name = name.substring(2).strip();
        }
        return name.length() < 2 ? null : Shapes.singleSpaced(Grammar.upper(name));
    }

    private static boolean capitalWord(String c, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char ch = c.charAt(i);
            if (Character.isLetter(ch)) {
                if (Character.isLowerCase(ch) && ch != 'ß' && !Shapes.inCapitalisedPrefix(c, i)) {
                    return false;
                }
                letter = true;
            } else if (!(Character.isDigit(ch) || ch == '.' || ch == '\'' || ch == '-' || ch == '#')) {
                return false;
            }
        }
        return letter;
    }

    /** {@code COP} for {@code COP #2} or {@code GUARD} for {@code GUARD 2}; null for a name not numbered. */
    private static String numberedStem(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        int i = space + 1;
        if (name.charAt(i) == '#') {
            i++;
        }
        if (i == name.length()) {
            return null;
        }
        for (; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return null;
            }
        }
        return name.substring(0, space);
    }

    private static Line nextContent(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.blank && l.tag == null) {
                return l;
            }
            if (l.blank) {
                return null;
            }
        }
        return null;
    }

    /** Whether the script writes some of its cues in title case (see learnNamesNotInCapitals). */
    boolean namesNotInCapitals() {
        return namesNotInCapitals;
    }

    /** How many speeches the layout showed under this name's cue. */
    int speeches(String name) {
        return names.getOrDefault(name, 0);
    }

    boolean has(String name) {
        return names.containsKey(name);
    }

    /**
     * Whether a name is likely someone's even before it speaks: one the action introduces with an age, or
     * another number of a numbered speaker ({@code COP #2} where {@code COP #1} speaks).
     */
    boolean expects(String name) {
        if (introduced.contains(name)) {
            return true;
        }
        String stem = numberedStem(name);
        return stem != null && numberedStems.contains(stem);
    }

    /** A name the script has heard speak, or one it is likely to: {@link #has} or {@link #expects}. */
    boolean knows(String name) {
        return has(name) || expects(name);
    }

    /** How many speeches the script writes under a cue of their own. */
    int speechesUnderCues() {
        int n = 0;
        for (int c : names.values()) {
            n += c;
        }
        return n;
    }

    int cues(String name) {
        return names.getOrDefault(name, 0);
    }

    /** A name the script uses for a speaker, matched whatever its case ({@code Amy} for {@code AMY}). */
    boolean hasIgnoringCase(String name) {
        return names.containsKey(Grammar.upper(name));
    }
}

package dev.slate.parse.internal;

import dev.slate.parse.SceneHeading;
import dev.slate.parse.SceneHeading.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises and splits scene headings: a prefix from the grammar ({@code INT.}, {@code EXT.},
 * {@code INT./EXT.}, {@code INNEN}, {@code EST.}) in any case, then the place in parts separated by
 * dashes, then a time of day. Headings without a prefix ({@code THE ROOFTOP - LATER}) are recognised
 * by the classifier from their context; this rule splits them too.
 */
final class SceneHeadingRule {

    private static final java.util.regex.Pattern AFTER_PREFIX = java.util.regex.Pattern.compile("^[\\s.:]+");
    /** Only from the start of a run of spaces, taken whole: tried from every space of a long run, it was quadratic. */
    static final java.util.regex.Pattern PART_SEPARATOR = java.util.regex.Pattern.compile("(?<!\\s)\\s++[-–—]+\\s+|(?<!\\s)\\s++--\\s+");

    private static final String[] PREFIXES = {"heading.both", "heading.interior", "heading.exterior", "heading.establishing"};

    private final Grammar grammar;
    /** The first letters of every heading prefix: a line starting with any other is no heading, without asking each section. */
    private final java.util.BitSet firstLetters = new java.util.BitSet();

    SceneHeadingRule(Grammar grammar) {
        this.grammar = grammar;
        for (String section : PREFIXES) {
            for (String entry : grammar.entries(section)) {
                if (!entry.isEmpty()) {
                    firstLetters.set(entry.charAt(0));
                }
            }
        }
    }

    /** The place a heading's prefix gives, or null when the line does not start with a heading prefix. */
    Place prefixPlace(String upper) {
        if (upper.isEmpty() || !firstLetters.get(Character.toUpperCase(upper.charAt(0)))) {
            return null;
        }
        if (prefix(upper, "heading.both") != null) {
            return Place.INTERIOR_EXTERIOR;
        }
        if (prefix(upper, "heading.interior") != null) {
            return Place.INTERIOR;
        }
        if (prefix(upper, "heading.exterior") != null || prefix(upper, "heading.establishing") != null) {
            return Place.EXTERIOR;
        }
        return null;
    }

    private String prefix(String upper, String section) {
        String p = grammar.prefix(section, upper);
        if (p == null) {
            return null;
        }
        // A bare prefix needs something after it, and a prefix without its period needs a space:
        // "INT" alone, or "INTO" / "EXTRA" are not headings.
        String rest = upper.substring(p.length());
        if (rest.isBlank()) {
            return null;
        }
        char last = p.charAt(p.length() - 1);
        if (Character.isLetter(last) && rest.charAt(0) != ' ' && rest.charAt(0) != '.' && rest.charAt(0) != ':') {
            return null;
        }
        return p;
    }

    /** Whether the line is a special heading such as {@code MONTAGE - AMY GETS BOB WALKING}. */
    boolean isSpecial(String upper) {
        String p = grammar.prefix("heading.special", upper);
        if (p == null) {
            return false;
        }
        String rest = upper.substring(p.length());
        return rest.isEmpty() || p.endsWith("-") || rest.startsWith(" -") || rest.startsWith(":");
    }

    /** Splits a heading (already known to be one) into its parts. */
    SceneHeading split(String text, String sceneNumber) {
        String upper = Grammar.upper(text);
        Place place = Place.UNKNOWN;
        String rest = text;
        for (String section : PREFIXES) {
            String p = prefix(upper, section);
            if (p != null) {
                place = switch (section) {
                    case "heading.both" -> Place.INTERIOR_EXTERIOR;
                    case "heading.interior" -> Place.INTERIOR;
                    default -> Place.EXTERIOR;
                };
                rest = AFTER_PREFIX.matcher(text.substring(p.length())).replaceFirst("");
                break;
            }
        }
        String note = "";
        int paren = rest.lastIndexOf('(');
        if (paren > 0 && rest.endsWith(")")) {
            note = " " + rest.substring(paren);
            rest = rest.substring(0, paren).strip();
        }
        List<String> parts = parts(rest);
        String time = "";
        if (!parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            String bare = last.endsWith(".") ? last.substring(0, last.length() - 1) : last; // NIGHT. as NIGHT
            String when = isTime(Grammar.upper(bare)) ? bare : null;
            if (when == null && parts.size() > 1) {
                // its period may be the time's own (11:55 A.M.), or the heading's (SPRING.)
                when = tellsWhen(Grammar.upper(last)) ? last : tellsWhen(Grammar.upper(bare)) ? bare : null;
            }
            if (when != null) {
                parts.remove(parts.size() - 1);
                time = when + note;
                note = "";
                // a time in two parts: BINGO PALACE - SATURDAY - NIGHT, KITCHEN - NIGHT - FLASHBACK
                while (parts.size() > 1 && tellsWhen(Grammar.upper(parts.get(parts.size() - 1)))) {
                    time = parts.remove(parts.size() - 1) + " - " + time;
                }
            } else if (!note.isEmpty() && isTime(Grammar.upper(note.substring(2, note.length() - 1).strip()))) {
                time = note.substring(2, note.length() - 1).strip(); // HALLWAY (CONTINUOUS): the time in parentheses
                note = "";
            } else if (parts.size() == 1) {
                // INT KITCHEN DAY: a time of day as the last word, where nothing separates the parts
                int space = bare.lastIndexOf(' ');
                if (space > 0 && grammar.has("time.of.day", Grammar.upper(bare.substring(space + 1)))) {
                    parts.set(0, bare.substring(0, space).strip());
                    time = bare.substring(space + 1) + note;
                    note = "";
                }
            }
        }
        String location = String.join(" - ", parts) + note;
        return new SceneHeading(text, place, location.strip(), parts, time, sceneNumber);
    }

    /**
     * The place's parts, between dashes; where there is no dash, between periods, as British scripts separate
     * them ({@code TERRACED HOUSE. KITCHEN. NIGHT.}), but never after an abbreviation ({@code ST. MARY'S}).
     */
    private List<String> parts(String rest) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int at = 0, n = rest.length(); at < n;) {
            int end = separatorAt(rest, at);
            if (end < 0) {
                at++;
                continue;
            }
            addPart(parts, rest, from, at);
            from = end;
            at = end;
        }
        addPart(parts, rest, from, rest.length());
        if (parts.size() != 1 || rest.indexOf(". ") < 0) {
            return parts;
        }
        parts.clear();
        from = 0;
        for (int dot = rest.indexOf(". "); dot >= 0; dot = rest.indexOf(". ", dot + 1)) {
            int word = rest.lastIndexOf(' ', dot) + 1;
            String before = Grammar.upper(rest.substring(word, dot + 1));
            if (dot - word <= 1 || grammar.has("abbreviation", before) || grammar.has("name.title", before)) {
                continue; // an initial or an abbreviation: ST. MARY'S, DR. KIM'S OFFICE
            }
            parts.add(rest.substring(from, dot).strip());
            from = dot + 2;
        }
        parts.add(rest.substring(from).strip());
        parts.removeIf(String::isBlank);
        return parts;
    }

    /**
     * Where a {@link #PART_SEPARATOR} that starts at {@code at} ends, or -1 when none starts there: the whole run of
     * white space before the dashes, the dashes, the white space after them. Found by hand because every heading is
     * split, and the pattern's split took a third of the time of splitting a heading.
     */
    static int separatorAt(String s, int at) {
        int n = s.length();
        if (!Shapes.isPatternSpace(s.charAt(at)) || at > 0 && Shapes.isPatternSpace(s.charAt(at - 1))) {
            return -1;
        }
        int i = at + 1;
        while (i < n && Shapes.isPatternSpace(s.charAt(i))) {
            i++;
        }
        int dashes = i;
        while (i < n && isDash(s.charAt(i))) {
            i++;
        }
        if (i == dashes || i == n || !Shapes.isPatternSpace(s.charAt(i))) {
            return -1;
        }
        while (i < n && Shapes.isPatternSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static void addPart(List<String> parts, String s, int from, int to) {
        String part = s.substring(from, to);
        if (!part.isBlank()) {
            parts.add(part.strip());
        }
    }

    boolean isTime(String upper) {
        return grammar.has("time.of.day", upper) || grammar.has("time.relative", upper);
    }

    /**
     * Whether the last part of a heading, known to be one and with a place before that part, says when: a time
     * ({@link #isTime}), a clock time ({@code 4:00 AM}), a year ({@code 1992}), a time card's words ({@code ONE
     * YEAR LATER}), or a day of the week or a season, alone or before a time or a year ({@code SATURDAY NIGHT},
     * {@code SUMMER 1992}). Not used to find headings: {@code GARAGE - 1992} alone on a line is no heading.
     */
    boolean tellsWhen(String upper) {
        if (upper.isEmpty()) {
            return false;
        }
        if (isTime(upper) || isYear(upper) || ClockTime.hour(upper, grammar) >= 0
                || grammar.suffix("time.card", upper) != null) {
            return true;
        }
        int space = upper.indexOf(' ');
        String first = space < 0 ? upper : upper.substring(0, space);
        if (grammar.has("time.weekday", first) || grammar.has("time.season", first)) {
            String then = space < 0 ? "" : upper.substring(space + 1).strip();
            return then.isEmpty() || isTime(then) || isYear(then) || ClockTime.hour(then, grammar) >= 0;
        }
        return false;
    }

    /** Four digits from 1000 to 2199: a year, where a heading's last part is one. */
    private static boolean isYear(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Shapes.isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.charAt(0) == '1' || s.charAt(0) == '2' && s.charAt(1) <= '1';
    }

    /** Whether the heading ends with a time of day: {@code ... - NIGHT}. */
    boolean endsWithTime(String text) {
        int dash = Math.max(text.lastIndexOf(" - "), Math.max(text.lastIndexOf(" – "), text.lastIndexOf(" — ")));
        return dash > 0 && isTime(Grammar.upper(text.substring(dash + 3).strip()));
    }
}

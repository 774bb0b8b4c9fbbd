package dev.slate.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a corpus heading (as the team wrote it, without scene numbers) into interior/exterior,
 * location and time for scenes.tsv. Deliberately independent of the parser under test: the gold must
 * not share the parser's rules. Reviewed by eye on every corpus script.
 */
final class SceneHeadingGold {

    record Parts(String heading, String place, String location, String time) {
    }

    // Longest first: "INT./EXT." must win over "INT.".
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"INT./EXT.", "INT-EXT"}, new String[] {"EXT./INT.", "INT-EXT"},
            new String[] {"INT/EXT.", "INT-EXT"}, new String[] {"EXT/INT.", "INT-EXT"},
            new String[] {"INT./EXT", "INT-EXT"}, new String[] {"INT/EXT", "INT-EXT"}, new String[] {"EXT/INT", "INT-EXT"},
            new String[] {"INNEN/AUSSEN", "INT-EXT"}, new String[] {"AUSSEN/INNEN", "INT-EXT"},
            new String[] {"INT.-EXT.", "INT-EXT"}, new String[] {"I/E.", "INT-EXT"}, new String[] {"I/E", "INT-EXT"},
            new String[] {"E/I", "INT-EXT"}, new String[] {"I/A.", "INT-EXT"}, new String[] {"I/A", "INT-EXT"},
            new String[] {"INTÉRIEUR", "INT"}, new String[] {"EXTÉRIEUR", "EXT"},
            new String[] {"INTERIOR", "INT"}, new String[] {"EXTERIOR", "EXT"},
            new String[] {"INNEN.", "INT"}, new String[] {"INNEN", "INT"}, new String[] {"AUSSEN.", "EXT"},
            new String[] {"AUSSEN", "EXT"}, new String[] {"AUßEN.", "EXT"}, new String[] {"AUßEN", "EXT"},
            new String[] {"INT.", "INT"}, new String[] {"EXT.", "EXT"}, new String[] {"EST.", "EXT"},
            new String[] {"INT", "INT"}, new String[] {"EXT", "EXT"});

    private static final Set<String> TIMES = Set.of(
            "DAY", "NIGHT", "MORNING", "EVENING", "AFTERNOON", "DAWN", "DUSK", "SUNSET", "SUNRISE", "LATER",
            "MOMENTS LATER", "A MOMENT LATER", "CONTINUOUS", "SAME", "SAME TIME", "MIDNIGHT", "NOON", "MAGIC HOUR",
            "PRE-DAWN", "LATE NIGHT", "EARLY MORNING", "LATE AFTERNOON", "NIGHT (RAIN)", "DAY (FLASHBACK)",
            "NIGHT (FLASHBACK)", "FLASHBACK", "PRESENT", "TWILIGHT", "THE NEXT MORNING", "NEXT MORNING", "NEXT DAY",
            "JOUR", "NUIT", "SOIR", "MATIN", "AUBE", "CRÉPUSCULE", "PLUS TARD", "CONTINU", "AURORE", "MIDI",
            "APRÈS-MIDI", "FIN DE JOURNÉE", "LE LENDEMAIN", "PETIT MATIN",
            "DÍA", "DIA", "NOCHE", "TARDE", "AMANECER", "ATARDECER", "MÁS TARDE", "CONTINUO", "MAÑANA", "MEDIODÍA",
            "ANOCHECER", "MADRUGADA",
            "TAG", "NACHT", "ABEND", "MORGEN", "DÄMMERUNG", "SPÄTER", "KONTINUIERLICH", "MITTAG", "NACHMITTAG",
            "FRÜH", "FRÜHER MORGEN", "MORGENGRAUEN");

    private final String language;

    SceneHeadingGold(String language) {
        this.language = language;
    }

    Parts parts(String heading) {
        String h = heading.strip();
        String upper = h.toUpperCase(Locale.ROOT);
        String place = "UNKNOWN";
        String rest = h;
        for (String[] p : PREFIXES) {
            if (upper.startsWith(p[0]) && (upper.length() == p[0].length() || !Character.isLetter(upper.charAt(p[0].length())))) {
                place = p[1];
                rest = h.substring(p[0].length()).replaceFirst("^[\\s.]+", "");
                break;
            }
        }
        // "NIGHT (FLASHBACK - 1989)": the note in parentheses qualifies the time, it is not part of the place.
        String note = "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\([^()]*\\))\\s*$").matcher(rest);
        if (m.find() && m.start() > 0) {
            note = " " + m.group(1);
            rest = rest.substring(0, m.start());
        }
        String location = rest;
        String time = "";
        int dash = lastDash(rest);
        if (dash >= 0) {
            String last = rest.substring(dash).replaceFirst("^\\s*[-–—]\\s*", "").strip();
            if (TIMES.contains(last.toUpperCase(Locale.ROOT))) {
                time = last + note;
                location = rest.substring(0, dash).strip();
            } else {
                location = rest + note;
            }
        } else if (TIMES.contains(rest.toUpperCase(Locale.ROOT))) {
            // "BACK AT THE DINER" has no time; "LATER" alone would be a time with no location.
            time = rest + note;
            location = "";
        } else {
            location = rest + note;
        }
        return new Parts(h, place, location, time);
    }

    private static int lastDash(String s) {
        int best = -1;
        for (String d : new String[] {" - ", " – ", " — ", " -- "}) {
            best = Math.max(best, s.lastIndexOf(d));
        }
        return best;
    }

    String language() {
        return language;
    }
}

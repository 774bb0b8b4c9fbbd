package dev.slate.convert.internal;

import dev.slate.parse.Event;
import dev.slate.parse.Scene;
import dev.slate.parse.Screenplay;
import dev.slate.parse.internal.Grammar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people of a script, one per person: every speaker (cue spellings are already one canonical name),
 * described from the script itself. A speaker's introduction in the action ({@code AMY (35), with AR
 * glasses...}, {@code CYBER BOB: six feet of...}) gives the full name, age and appearance; the pronouns
 * of the sentences that follow give the gender. A cue name used alone for someone introduced with a
 * longer name ({@code BOB} for {@code CYBER BOB}) is the same person, unless another speaker bears the
 * longer name: two people are never merged.
 */
public final class Characters {

    /** One person, as the script tells of them. */
    public static final class Person {
        public final String name;
        public String fullName;
        public int age;
        public String appearance = "";
        public String introduction = "";
        public String gender = "";
        public int speeches;
        public int firstScene;
        int introScene = -1;
        int introEvent = -1;

        Person(String name) {
            this.name = name;
            this.fullName = name;
        }

        /** The name as a person reads it: {@code Cyber Bob}, {@code Dr. O'Neil}, {@code Mrs. Hale}. */
        public String label() {
            StringBuilder b = new StringBuilder(fullName.length());
            boolean start = true;
            int wordStart = 0;
            for (int i = 0; i < fullName.length(); i++) {
                char c = fullName.charAt(i);
                b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                if (c == ' ' || c == '-') {
                    wordStart = i + 1;
                }
                // A word starts after a space or a hyphen, and after the apostrophe of O'NEIL or D'ARCY.
                start = c == ' ' || c == '-' || c == '\'' && i - wordStart == 1;
            }
            return b.toString();
        }
    }

    private final Map<String, Person> people = new LinkedHashMap<>();

    public static Characters of(Screenplay screenplay, Grammar grammar) {
        Characters c = new Characters();
        List<Scene> scenes = screenplay.scenes();
        for (Scene scene : scenes) {
            for (Event e : scene.events()) {
                if (e instanceof Event.Dialogue d && !d.speaker().isEmpty()) {
                    Person p = c.people.computeIfAbsent(d.speaker(), Person::new);
                    p.speeches++;
                    if (p.firstScene == 0) {
                        p.firstScene = scene.number();
                    }
                }
            }
        }
        c.findIntroductions(scenes, grammar);
        return c;
    }

    public List<Person> people() {
        return new ArrayList<>(people.values());
    }

    public Person get(String name) {
        return people.get(name);
    }

    private void findIntroductions(List<Scene> scenes, Grammar grammar) {
        // a person is introduced once: when all are, the rest of the script has nothing more to tell
        int waiting = people.size();
        for (int s = 0; s < scenes.size() && waiting > 0; s++) {
            List<Event> events = scenes.get(s).events();
            for (int k = 0; k < events.size(); k++) {
                Event e = events.get(k);
                if (!(e instanceof Event.Action || e instanceof Event.Description)) {
                    continue;
                }
                for (Intro intro : intros(e.text())) {
                    Person p = owner(intro.name);
                    if (p == null || p.introScene >= 0) {
                        continue;
                    }
                    waiting--;
                    p.introScene = s;
                    p.introEvent = k;
                    p.fullName = intro.name;
                    p.age = intro.age;
                    p.appearance = intro.appearance();
                    p.introduction = e.text();
                    p.gender = gender(scenes.get(s).events(), k, p.appearance, grammar);
                }
            }
        }
    }

    /** The speaker an introduced name belongs to: the same name, or the one speaker whose name is a word of it. */
    private Person owner(String introduced) {
        Person exact = people.get(introduced);
        if (exact != null) {
            return exact;
        }
        Person found = null;
        for (Person p : people.values()) {
            if (containsWord(introduced, p.name)) {
                if (found != null) {
                    return null; // "JOHN SMITH" when both JOHN and SMITH speak: nobody's
                }
                found = p;
            }
        }
        return found;
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean before = at == 0 || text.charAt(at - 1) == ' ';
            int end = at + word.length();
            boolean after = end == text.length() || text.charAt(end) == ' ';
            if (before && after) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    // compiled once: introductions are looked for in every sentence of action
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s,:;—–-]+");
    private static final Pattern END_STOP = Pattern.compile("[.!]+$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");

    /**
     * A name in a sentence, its age, and where what may describe it starts. The appearance is read only for
     * the introduction kept: a paragraph of a hundred thousand capitalised words must not hold a copy of
     * what follows each of them.
     */
    record Intro(String name, int age, String sentence, int after) {
        /** "AMY (35), with AR glasses..." describes her; "AMY (35) stirs a pot." tells what she does. */
        String appearance() {
            int n = sentence.length();
            String following = sentence.substring(Math.min(after, n), Math.min(n, after + MAX_APPEARANCE));
            String stripped = following.stripLeading();
            boolean describes = stripped.startsWith(",") || stripped.startsWith(":") || stripped.startsWith("—")
                    || stripped.startsWith("–") || stripped.startsWith("- ");
            return describes ? END_STOP.matcher(LEADING_DASHES.matcher(stripped).replaceFirst("")).replaceFirst("").strip() : "";
        }
    }

    /** Longest note after a name read as its age: {@code (35)}, {@code (LATE 60S)}. */
    private static final int MAX_AGE_NOTE = 40;
    /** Longest appearance read after a name, far beyond any real introduction. */
    static final int MAX_APPEARANCE = 1000;

    /** Uppercase names in a sentence, with the age and appearance that follow them. */
    static List<Intro> intros(String sentence) {
        List<Intro> out = new ArrayList<>();
        int n = sentence.length();
        for (CapitalRuns.Run run : CapitalRuns.find(sentence, "'.-0123456789", 4)) {
            int end = run.end();
            String name = withoutTrailingStops(sentence, run.start(), end);
            int age = 0;
            int k = end;
            while (k < n && sentence.charAt(k) == ' ') {
                k++;
            }
            if (k < n && sentence.charAt(k) == '(') {
                int close = sentence.substring(k, Math.min(n, k + MAX_AGE_NOTE)).indexOf(')') + k;
                if (close > k) {
                    age = age(sentence.substring(k + 1, close));
                    k = close + 1;
                }
            }
            out.add(new Intro(name, age, sentence, k));
        }
        return out;
    }

    /** The text from {@code start} to {@code end} less the periods and commas it ends with. */
    private static String withoutTrailingStops(String sentence, int start, int end) {
        int e = end;
        while (e > start && (sentence.charAt(e - 1) == '.' || sentence.charAt(e - 1) == ',')) {
            e--;
        }
        return sentence.substring(start, e);
    }

    /** {@code 35} is 35; a decade ({@code 30s}, {@code LATE 60S}) is its middle; anything else is unknown (0). */
    static int age(String inside) {
        String s = inside.strip().toUpperCase(Locale.ROOT);
        int digits = 0;
        int value = 0;
        int i = 0;
        while (i < s.length() && !Character.isDigit(s.charAt(i))) {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i)) && digits < 3) {
            value = value * 10 + (s.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0 || value > 120) {
            return 0;
        }
        boolean decade = i < s.length() && (s.charAt(i) == 'S' || s.charAt(i) == '\'');
        if (decade) {
            return s.startsWith("EARLY") ? value + 2 : s.startsWith("LATE") ? value + 7 : value + 5;
        }
        return value;
    }

    /** The gender the pronouns after an introduction give: their majority, or "" when none speaks. */
    private static String gender(List<Event> events, int from, String introRest, Grammar grammar) {
        int male = 0;
        int female = 0;
        StringBuilder text = new StringBuilder(introRest);
        for (int k = from + 1; k < events.size() && k <= from + 3; k++) {
            if (events.get(k) instanceof Event.Action a) {
                text.append(' ').append(a.text());
            }
        }
        for (String w : NOT_WORD.split(text)) {
            String u = Grammar.upper(w);
            if (grammar.has("pronoun.male", u)) {
                male++;
            } else if (grammar.has("pronoun.female", u)) {
                female++;
            }
        }
        return male > female ? "male" : female > male ? "female" : "";
    }
}

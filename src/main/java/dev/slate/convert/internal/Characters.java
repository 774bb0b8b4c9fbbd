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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people of a script, one per person: every speaker (cue spellings are already one canonical name),
 * described from the script itself. A speaker's introduction in the action ({@code AMY (35), with AR
 * glasses...}, {@code CYBER BOB: six feet of...}) gives the full name, age and appearance; the gender is the
 * one the script tells, by the name, the pronouns that follow, the words of the appearance (see
 * {@link #gender}), and never a guess. A cue name used alone for someone introduced with a
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
        /** Introduced with a note after the name, which no later mention replaces. */
        boolean noted;

        /** The words of the name, looked for in every name in capitals the action holds. */
        final String[] words;
        /** The words after a title the name opens with ({@code O'HARA} of {@code DET. O'HARA}), else null. */
        String[] afterTitle;

        Person(String name) {
            this.name = name;
            this.fullName = name;
            // runs of spaces are one gap: a cue of two words twenty thousand spaces apart is two words, not twenty thousand
            this.words = java.util.Arrays.stream(name.split(" +")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        }

        /** The name as a person reads it: {@code Cyber Bob}, {@code Dr. O'Neil}, {@code Mrs. Hale}. */
        public String label() {
            StringBuilder b = new StringBuilder(fullName.length());
            boolean start = true;
            int wordStart = 0;
            for (int i = 0; i < fullName.length(); i++) {
                char c = fullName.charAt(i);
                b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                if (c == ' ' || c == '-' || c == '/') {
                    wordStart = i + 1;
                }
                // A word starts after a space, a hyphen or a slash (DR. JEKYLL/MR. HYDE), and after the
                // apostrophe of O'NEIL or D'ARCY.
                start = c == ' ' || c == '-' || c == '/' || c == '\'' && i - wordStart == 1;
            }
            return b.toString();
        }
    }

    private final Map<String, Person> people = new LinkedHashMap<>();
    /** The grammar's {@code name.title}s: {@code DET. O'HARA} is the {@code ROSA O'HARA} the action introduced. */
    private Set<String> titles = Set.of();

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
        c.titles = grammar.entries("name.title");
        for (Person p : c.people.values()) {
            if (p.words.length > 1 && c.titles.contains(p.words[0])) {
                p.afterTitle = java.util.Arrays.copyOfRange(p.words, 1, p.words.length);
            }
        }
        c.findIntroductions(scenes, grammar);
        c.readCastList(screenplay.titlePage().lines(), grammar);
        for (Person p : c.people.values()) {
            if (p.gender.isEmpty()) {
                // never introduced, but named (TESS'S MOTHER, FIRST BOY), or introduced without a word of it by a
                // cue that tells (MRS. HALE for "his wife JUNE HALE (58)")
                p.gender = personWord(p.name, grammar);
            }
        }
        for (Person p : c.people.values()) {
            if (p.gender.isEmpty()) {
                p.gender = c.atAnotherAge(p, grammar);
            }
        }
        c.genderFromTheScript(screenplay, grammar);
        return c;
    }

    /**
     * The gender the rest of the script tells of someone whom neither name nor introduction told it of, from
     * the sentences of action that start with their name and mention no one else (no other word in capitals,
     * no word for a person): a possessive before its noun or a reflexive in them ("Priya sits on a crate,
     * reading her paperback", "Bob lowers himself"), and the gendered pronoun that starts the next sentence of
     * the same paragraph ("Mina looks up. She...") when theirs holds no pronoun that could be someone else's.
     * Only a clear majority counts, at least twice the other.
     */
    private void genderFromTheScript(Screenplay screenplay, Grammar grammar) {
        List<Scene> scenes = screenplay.scenes();
        // by their name's first letter and the length of its first word: a sentence is compared with the few names
        // it could start with, and not copied to be looked up
        Map<Long, List<Person>> byFirstWord = new java.util.HashMap<>();
        for (Person p : people.values()) {
            if (p.gender.isEmpty() && !p.name.isEmpty()) {
                byFirstWord.computeIfAbsent(firstWordKey(p.name), k -> new ArrayList<>(1)).add(p);
            }
        }
        if (byFirstWord.isEmpty()) {
            return;
        }
        Map<Person, int[]> votes = new java.util.HashMap<>();
        for (Scene scene : scenes) {
            List<Event> events = scene.events();
            for (int k = 0; k < events.size(); k++) {
                Event e = events.get(k);
                if (!(e instanceof Event.Action || e instanceof Event.Description)) {
                    continue;
                }
                String text = e.text();
                Person p = ledBy(text, byFirstWord);
                AfterName after = p == null ? null : readAfterName(text, p.name.length(), grammar);
                if (after == null) {
                    continue;
                }
                int[] v = votes.computeIfAbsent(p, x -> new int[2]);
                v[0] += after.male;
                v[1] += after.female;
                countAgreement(text, p.name.length(), grammar, v);
                Event next = k + 1 < events.size() ? events.get(k + 1) : null;
                if ((next instanceof Event.Action || next instanceof Event.Description) && screenplay.follows(e.endLine(), next.startLine())
                        && !after.pronoun) {
                    String first = firstWord(next.text());
                    if (grammar.has("same.subject", first)) {
                        v[0] += grammar.has("pronoun.male", first) ? 1 : 0;
                        v[1] += grammar.has("pronoun.female", first) ? 1 : 0;
                    }
                }
            }
        }
        votes.forEach((p, v) -> p.gender = v[0] > 0 && v[0] >= 2 * v[1] ? "male" : v[1] > 0 && v[1] >= 2 * v[0] ? "female" : "");
    }

    /** The person without a gender whose name starts the sentence ("Priya sits", "MINA looks up"), or null. */
    private static Person ledBy(String text, Map<Long, List<Person>> byFirstWord) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return null;
        }
        List<Person> candidates = byFirstWord.get(firstWordKey(text));
        if (candidates == null) {
            return null;
        }
        for (Person p : candidates) {
            int n = p.name.length();
            if (text.regionMatches(true, 0, p.name, 0, n) && (text.length() == n || !Character.isLetter(text.charAt(n)))) {
                return p;
            }
        }
        return null;
    }

    /** A sentence's first word in capitals, as names and pronouns are looked up. */
    private static String firstWord(String text) {
        return Grammar.upper(text.substring(0, firstWordLength(text)));
    }

    private static int firstWordLength(String text) {
        int end = 0;
        while (end < text.length() && end < 40 && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '.' && end > 0 && end + 1 < text.length() && text.charAt(end + 1) != ' ')) {
            end++;
        }
        return end;
    }

    /** The first letter of a text, in capitals, and the length of its first word, as one key. */
    private static long firstWordKey(String text) {
        return (long) Character.toUpperCase(text.charAt(0)) << 32 | firstWordLength(text);
    }

    /** What a sentence says after the name that leads it: see {@link #readAfterName}. */
    private static final class AfterName {
        int male;
        int female;
        /** Whether it holds a pronoun that stands for anyone: then the next sentence's "He" may be them. */
        boolean pronoun;
    }

    /**
     * A sentence after the name that leads it, read once, word by word: null when it mentions someone who could
     * own a pronoun (another word in capitals, another name, "a WOMAN", a place; a word for a person, "an old woman
     * with her bags"); else its reflexives and its possessives that stand before a word that can be what they own
     * ("her phone", not "hands her a mug" or "sits beside her with a cup"), and whether it holds any pronoun
     * ("Geoff sits next to her. She doesn't move away.").
     */
    private static AfterName readAfterName(String text, int from, Grammar grammar) {
        int end = Math.min(text.length(), MAX_APPEARANCE);
        AfterName read = new AfterName();
        String previous = null;
        int previousEnd = -1;
        int i = from;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean hyphen = false;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
                hyphen |= text.charAt(i) == '-';
                i++;
            }
            String u = Grammar.upper(text.substring(start, i));
            if (hyphen ? mentionsSomeone(text, start, i, grammar) : mentionsSomeone(text.charAt(start), u, grammar)) {
                return null;
            }
            if (previous != null && start == previousEnd + 1 && text.charAt(previousEnd) == ' ' && !grammar.has("not.possessed", u)) {
                read.male += grammar.has("possessive.male", previous) ? 1 : 0;
                read.female += grammar.has("possessive.female", previous) ? 1 : 0;
            }
            read.male += grammar.has("reflexive.male", u) ? 1 : 0;
            read.female += grammar.has("reflexive.female", u) ? 1 : 0;
            read.pronoun |= grammar.has("pronoun.male", u) || grammar.has("pronoun.female", u) || grammar.has("pronoun.object", u)
                    || grammar.has("pronoun.someone", u);
            previous = u;
            previousEnd = i;
        }
        return read;
    }

    /** Whether the words of a hyphenated word ({@code mid-Atlantic}, {@code half-sister}) mention someone. */
    private static boolean mentionsSomeone(String text, int start, int end, Grammar grammar) {
        for (int j = start; j < end;) {
            if (!Character.isLetter(text.charAt(j))) {
                j++;
                continue;
            }
            int word = j;
            while (j < end && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
                j++;
            }
            if (mentionsSomeone(text.charAt(word), Grammar.upper(text.substring(word, j)), grammar)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word mentions someone: it starts with a capital (the word "I" aside), or it names a man or a woman. */
    private static boolean mentionsSomeone(char first, String upper, Grammar grammar) {
        return Character.isUpperCase(first) && !upper.equals("I") || grammar.has("person.male", upper) || grammar.has("person.female", upper);
    }

    /**
     * Adds to {@code votes} (male, female) the gender of a word that agrees with the name that leads the
     * sentence: set off by a comma right after it ("Lucía, sentada en un taburete") or right after a verb such
     * as "está", "se queda", "est" ("Ramón está subido", "Marie est assise"), by its ending ({@code -ADA},
     * {@code -ÉE}).
     */
    private static void countAgreement(String text, int from, Grammar grammar, int[] votes) {
        if (grammar.entries("agreement.male").isEmpty()) {
            return; // English and German adjectives do not agree with their noun's gender
        }
        String[] words = new String[4];
        int n = 0;
        int i = from;
        int end = Math.min(text.length(), from + 80);
        boolean comma = false;
        while (i < end && n < words.length) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (n == 0 && c == ',') {
                    comma = true;
                } else if (c != ' ') {
                    break; // "Marie, de..." no further than the phrase the name is in
                }
                i++;
                continue;
            }
            int start = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            words[n++] = Grammar.upper(text.substring(start, i));
        }
        String agreeing = null;
        if (comma && n > 0) {
            agreeing = words[0];
        } else if (n > 1 && grammar.has("agreeing.verb", words[0])) {
            agreeing = words[1];
        } else if (n > 2 && grammar.has("agreeing.verb", words[0] + " " + words[1])) {
            agreeing = words[2];
        }
        if (agreeing == null) {
            return;
        }
        votes[0] += endsWithAny(agreeing, grammar.entries("agreement.male")) ? 1 : 0;
        votes[1] += endsWithAny(agreeing, grammar.entries("agreement.female")) ? 1 : 0;
    }

    /** Whether a word ends with one of the endings, and is at least three letters longer: not a word such as "ida". */
    private static boolean endsWithAny(String word, java.util.Set<String> endings) {
        for (String e : endings) {
            if (word.length() >= e.length() + 3 && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In French and Spanish, what a word of the appearance that stands alone between commas and agrees with the
     * person tells ({@code DANI (25), mochila, empapado}), when only one gender is told; not a word that agrees with
     * a thing ({@code camisa de lino arrugada}).
     */
    private static String agreeingWord(String appearance, Grammar grammar) {
        if (grammar.entries("agreement.male").isEmpty()) {
            return "";
        }
        int end = Math.min(appearance.length(), MAX_APPEARANCE);
        int male = 0;
        int female = 0;
        for (int start = 0; start < end;) {
            int comma = appearance.indexOf(',', start);
            int stop = comma < 0 || comma > end ? end : comma;
            String item = appearance.substring(start, stop).strip();
            if (!item.isEmpty() && item.indexOf(' ') < 0 && item.chars().allMatch(Character::isLetter)) {
                String u = Grammar.upper(item);
                male += endsWithAny(u, grammar.entries("agreement.male")) ? 1 : 0;
                female += endsWithAny(u, grammar.entries("agreement.female")) ? 1 : 0;
            }
            start = stop + 1;
        }
        return male > 0 && female == 0 ? "male" : female > 0 && male == 0 ? "female" : "";
    }

    public List<Person> people() {
        return new ArrayList<>(people.values());
    }

    public Person get(String name) {
        return people.get(name);
    }

    private void findIntroductions(List<Scene> scenes, Grammar grammar) {
        // a person is introduced by their first mention in capitals, unless one with a note follows while the
        // scenes are read (a mug marked "MARIE", then "MARIE DELORME (54 ans, ...)"); the scenes after the one
        // where the last person is first mentioned have nothing more to tell
        int waiting = people.size();
        for (int s = 0; s < scenes.size() && waiting > 0; s++) {
            List<Event> events = scenes.get(s).events();
            for (int k = 0; k < events.size(); k++) {
                Event e = events.get(k);
                if (!(e instanceof Event.Action || e instanceof Event.Description)) {
                    continue;
                }
                Mentions m = mentions(e.text());
                read.remove(e.text()); // only the sentences ahead are looked at again
                List<Intro> found = m.intros();
                for (int i = 0; i < found.size(); i++) {
                    Intro intro = found.get(i);
                    Person p = m.owners()[i];
                    if (p == null || p.noted || p.introScene >= 0 && !intro.noted()) {
                        continue;
                    }
                    if (p.introScene < 0) {
                        waiting--;
                    }
                    p.noted = intro.noted();
                    p.introScene = s;
                    p.introEvent = k;
                    p.fullName = intro.name;
                    p.age = intro.age;
                    p.appearance = intro.appearance();
                    p.introduction = e.text();
                    String before = e.text().substring(Math.max(0, intro.start - MAX_APPEARANCE), intro.start);
                    p.gender = gender(p, events, k, before, intro.rest(nextSomeoneElse(m, i, p)), p.appearance, grammar);
                }
            }
        }
        read.clear();
    }

    /**
     * The names in capitals of a sentence, the speaker each belongs to (or null), and which of them are people:
     * a speaker, or anyone introduced with a note.
     */
    private record Mentions(List<Intro> intros, Person[] owners, int[] people) {
    }

    /**
     * Sentences read ahead of the one being looked at, while pronouns after an introduction are counted: each
     * is read once however many people its paragraph introduces (a sentence of a hundred thousand capitalised
     * words, read once for each of twenty people, would take seconds).
     */
    private final Map<String, Mentions> read = new java.util.IdentityHashMap<>();

    private Mentions mentions(String sentence) {
        Mentions known = read.get(sentence);
        if (known != null) {
            return known;
        }
        List<Intro> found = intros(sentence);
        Person[] owners = new Person[found.size()];
        int[] people = new int[found.size()];
        int n = 0;
        for (int i = 0; i < owners.length; i++) {
            owners[i] = owner(found.get(i).name);
            if (owners[i] != null || found.get(i).noted()) {
                people[n++] = i;
            }
        }
        Mentions m = new Mentions(found, owners, java.util.Arrays.copyOf(people, n));
        read.put(sentence, m);
        return m;
    }

    /** Where the first name after {@code found[i]} that is another speaker's starts, or the sentence's end. */
    private static int nextSomeoneElse(Mentions m, int i, Person p) {
        for (int j : m.people()) {
            if (j > i && m.owners()[j] != null && m.owners()[j] != p) {
                return m.intros().get(j).start;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Where a sentence first names in capitals someone other than {@code p}, or -1: another speaker, or anyone
     * introduced with a note ({@code DR. FIONA O'NEIL (50s)} for the speaker {@code DR. O'NEIL}).
     */
    private int someoneElseIn(String sentence, Person p) {
        Mentions m = mentions(sentence);
        for (int j : m.people()) {
            if (m.owners()[j] != p) {
                return m.intros().get(j).start;
            }
        }
        return -1;
    }

    /**
     * The gender of the speaker this one is at another age, if known: YOUNG EDITH is EDITH (the words that say
     * so are the grammar's {@code name.age}).
     */
    private String atAnotherAge(Person p, Grammar grammar) {
        for (String name : new String[] {p.name, p.fullName}) {
            int space = name.indexOf(' ');
            if (space > 0 && grammar.has("name.age", Grammar.upper(name.substring(0, space)))) {
                Person same = people.get(name.substring(space + 1));
                if (same != null && same != p && !same.gender.isEmpty()) {
                    return same.gender;
                }
            }
        }
        return "";
    }

    /** The speaker whose name, in any case, is a sentence's first word ("Tull doesn't answer."), or null. */
    private Person leader(String sentence) {
        int end = 0;
        while (end < sentence.length() && (Character.isLetter(sentence.charAt(end)) || sentence.charAt(end) == '\'')) {
            end++;
        }
        return end == 0 ? null : people.get(Grammar.upper(sentence.substring(0, end)));
    }

    /**
     * A cast list on the title page, as scripts from a language model or a form give one ({@code - SARAH: 28, a
     * barista with big dreams}): the age and appearance of a speaker the action does not introduce with them.
     */
    private void readCastList(List<String> titlePage, Grammar grammar) {
        for (String line : titlePage) {
            String item = line.strip();
            while (!item.isEmpty() && (item.charAt(0) == '-' || item.charAt(0) == '*' || item.charAt(0) == '\u2022')) {
                item = item.substring(1).strip();
            }
            int colon = item.indexOf(':');
            if (colon <= 0 || colon > 40) {
                continue;
            }
            Person p = people.get(Grammar.upper(item.substring(0, colon).strip()));
            String about = item.substring(colon + 1).strip();
            if (p == null || about.isEmpty() || p.noted) {
                continue;
            }
            int comma = about.indexOf(',');
            String first = comma < 0 ? about : about.substring(0, comma);
            int age = first.strip().split(" +").length <= 3 ? age(first) : 0;
            if (age > 0) {
                p.age = age;
                about = comma < 0 ? "" : about.substring(comma + 1).strip();
            }
            about = END_STOP.matcher(about).replaceFirst("");
            if (p.appearance.isEmpty()) {
                p.appearance = about;
            }
            if (p.introduction.isEmpty()) {
                p.introduction = item;
            }
            p.noted = true;
            if (p.gender.isEmpty()) {
                p.gender = appearanceWord(about, grammar);
            }
        }
    }

    /**
     * The speaker an introduced name belongs to: the same name, or the one speaker whose name is a word of it, or
     * whose name is a title and words of it ({@code DET. O'HARA} for {@code ROSA O'HARA}).
     */
    private Person owner(String introduced) {
        Person exact = people.get(introduced);
        if (exact != null) {
            return exact;
        }
        Person found = null;
        for (Person p : people.values()) {
            if (containsWords(introduced, p.words)) {
                if (found != null) {
                    return null; // "JOHN SMITH" when both JOHN and SMITH speak: nobody's
                }
                found = p;
            }
        }
        if (found != null) {
            return found;
        }
        // a name introduced with a title of its own is not someone else's under another title (MR. HALE, MRS. HALE)
        int space = introduced.indexOf(' ');
        if (space > 0 && titles.contains(introduced.substring(0, space))) {
            return null;
        }
        for (Person p : people.values()) {
            if (p.afterTitle != null && containsWords(introduced, p.afterTitle)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }


    /**
     * Whether the words of a name are words of {@code text}, in their order: {@code KIT} in {@code KIT
     * HALE}, and {@code DR. O'NEIL} in {@code DR. FIONA O'NEIL}, the cue keeping a title and a surname.
     */
    private static boolean containsWords(String text, String[] name) {
        if (name.length == 0) {
            return false;
        }
        int from = 0;
        for (String word : name) {
            int at = wordAt(text, word, from);
            if (at < 0) {
                return false;
            }
            from = at + word.length();
        }
        return true;
    }

    /** Where {@code word} stands as a whole word of {@code text} from {@code from} on, or -1. */
    private static int wordAt(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            boolean before = at == 0 || text.charAt(at - 1) == ' ';
            int end = at + word.length();
            boolean after = end == text.length() || text.charAt(end) == ' ';
            if (before && after) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
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
    record Intro(String name, int start, int age, String sentence, int after, int described) {
        /** What the sentence says after the name and age, up to {@code end}, as far as an appearance is read. */
        String rest(int end) {
            int n = sentence.length();
            int from = Math.min(after, n);
            return sentence.substring(from, Math.max(from, Math.min(Math.min(n, end), after + MAX_APPEARANCE)));
        }

        /** A note in parentheses follows the name: an age, or what the script says of a person it introduces. */
        boolean noted() {
            int n = sentence.length();
            return after > 0 && sentence.charAt(after - 1) == ')' || after < n && sentence.charAt(after) == '(';
        }

        /**
         * "AMY (35), with AR glasses..." describes her; "AMY (35) stirs a pot." tells what she does. What the
         * note says after the age comes first: "ÖZLEM (34, Arbeitsjacke, Wollmütze)".
         */
        String appearance() {
            int n = sentence.length();
            String following = sentence.substring(Math.min(after, n), Math.min(n, after + MAX_APPEARANCE));
            String stripped = following.stripLeading();
            boolean describes = stripped.startsWith(",") || stripped.startsWith(":") || stripped.startsWith("—")
                    || stripped.startsWith("–") || stripped.startsWith("- ");
            String told = describes ? END_STOP.matcher(LEADING_DASHES.matcher(stripped).replaceFirst("")).replaceFirst("").strip() : "";
            if (described < 0) {
                return told;
            }
            String noted = sentence.substring(described, after - 1).strip();
            return noted.isEmpty() ? told : told.isEmpty() ? noted : noted + ", " + told;
        }
    }

    /**
     * Longest note read after a name: an age ({@code (35)}, {@code (LATE 60S)}), and in many scripts what the
     * person looks like as well ({@code (34, Arbeitsjacke, Wollmütze, silberner Nasenring)}).
     */
    private static final int MAX_NOTE = 200;
    /** An age between commas after a name: {@code 35}, {@code 30s}, {@code late 60s}, {@code mid-40's}. */
    private static final Pattern AGE_WORDS = Pattern.compile("(?i)(?:(?:early|mid|late)[ -])?\\d{1,3}(?:'?s)?");
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
            int described = -1;
            while (k < n && sentence.charAt(k) == ' ') {
                k++;
            }
            if (k < n && sentence.charAt(k) == '(') {
                int close = closing(sentence, k);
                if (close > k) {
                    // the age is the note's first part: "(47, gafas de sol)", "(63 ans, barbe blanche)"
                    int comma = sentence.indexOf(',', k);
                    boolean more = comma > k && comma < close;
                    age = age(sentence.substring(k + 1, more ? comma : close));
                    described = more && age > 0 ? comma + 1 : -1;
                    k = close + 1;
                }
            } else if (k < n && sentence.charAt(k) == ',') {
                // "SARAH, 30s, paces by the window", as language models and some writers introduce people
                int a = k + 1;
                while (a < n && sentence.charAt(a) == ' ') {
                    a++;
                }
                int e = a;
                while (e < n && e - a <= 12 && sentence.charAt(e) != ',' && sentence.charAt(e) != '.') {
                    e++;
                }
                if (e > a && (e == n || sentence.charAt(e) == ',' || sentence.charAt(e) == '.')
                        && AGE_WORDS.matcher(sentence.substring(a, e)).matches()) {
                    age = age(sentence.substring(a, e));
                    k = e;
                }
            }
            out.add(new Intro(name, run.start(), age, sentence, k, described));
        }
        return out;
    }

    /** The ")" that closes the note opened at {@code open}, within {@link #MAX_NOTE} characters, or -1. */
    private static int closing(String sentence, int open) {
        for (int i = open + 1, end = Math.min(sentence.length(), open + MAX_NOTE); i < end; i++) {
            char c = sentence.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(') {
                return -1;
            }
        }
        return -1;
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

    /**
     * The gender an introduction tells, or "" (nothing is invented). In this order: a word of the full name
     * (TESS'S MOTHER, HERR SCHNITTKE); an article right before it ("un ADOLESCENTE"); the pronouns in the rest of
     * its sentence and the action of the three events after it, up to where someone else leads or is named
     * ("AMY (35) opens the door. She..."), their majority, the first of them when they are as many ("She has
     * been standing there longer than he knows."); a word for a man or a woman in the first sentence of the
     * appearance ("SHOPKEEPER (50s), woman, spectacles on a ribbon"), else a look only one of them has there
     * ("broad, bearded"). {@code before} is what the sentence says before the name.
     */
    private String gender(Person p, List<Event> events, int from, String before, String rest, String appearance,
            Grammar grammar) {
        String named = personWord(p.fullName, grammar);
        if (!named.isEmpty()) {
            return named; // the name says it: TESS'S MOTHER, FIRST BOY, HERR SCHNITTKE
        }
        String article = wordBefore(before, "article.male", "article.female", grammar);
        if (!article.isEmpty()) {
            return article; // "un ADOLESCENTE (16)", "El HUÉSPED (30)": the role's article
        }
        String role = wordBefore(before, "person.male", "person.female", grammar);
        if (!role.isEmpty()) {
            return role; // "her brother OMAR (20s)", "his wife JUNE HALE (58)": who the person is to someone
        }
        Pronouns pronouns = new Pronouns(grammar);
        // "He pockets the phone as JUNE (58) ... steps out to meet him": someone else leads the sentence
        Pronouns leader = new Pronouns(grammar);
        leader.count(before, false);
        pronouns.count(rest, !leader.gender().isEmpty());
        boolean afterOthers = false;
        for (int k = from + 1; k < events.size() && k <= from + 3; k++) {
            Event e = events.get(k);
            if (e instanceof Event.Dialogue d && !d.speaker().equals(p.name)) {
                afterOthers = true;
                continue;
            }
            if (e instanceof Event.Action || e instanceof Event.Description) {
                String text = e.text();
                // as far as an appearance is read: a sentence of a hundred thousand words is not read for each person
                int end = Math.min(text.length(), MAX_APPEARANCE);
                Person lead = leader(text);
                if (lead != null && lead != p) {
                    // another speaker leads ("Tull doesn't answer. He pokes..." is not the deputy), and only what
                    // cannot be theirs is about the person: "Ren fills his cup", "Quinton stares at him"
                    pronouns.countOthers(text.substring(0, end), lead.gender);
                    break;
                }
                if (afterOthers) {
                    if (lead != p && !text.substring(0, end).toUpperCase(java.util.Locale.ROOT).contains(p.name)) {
                        break; // after someone else has spoken, "She hangs up." is as likely about them
                    }
                    afterOthers = false; // "Marta stops. She turns round.": named again, the person is back
                }
                int other = someoneElseIn(text, p);
                // "June gives him a long look": when the sentence is about the person, "him" is someone else
                boolean aboutThem = text.regionMatches(true, 0, p.name, 0, p.name.length());
                if (other >= 0) {
                    // "Neben ihm LENI (16...)": what comes before her name may still be about him, not after
                    pronouns.count(text.substring(0, Math.min(other, end)), aboutThem);
                    break;
                }
                pronouns.count(text.substring(0, end), aboutThem);
            }
        }
        String told = pronouns.gender();
        if (!told.isEmpty()) {
            return told;
        }
        String looks = appearanceWord(appearance, grammar);
        return !looks.isEmpty() ? looks : agreeingWord(appearance, grammar);
    }

    /** The gendered pronouns of the sentences after an introduction, counted in order. */
    private static final class Pronouns {
        private final Grammar grammar;
        private int male;
        private int female;
        private String first = "";

        /** The longest entry of the sections asked: a longer word is none of them, and is not uppercased to ask. */
        private final int longest;

        Pronouns(Grammar grammar) {
            this.grammar = grammar;
            int most = 0;
            for (String section : List.of("person.male", "person.female", "pronoun.object", "pronoun.male", "pronoun.female")) {
                most = Math.max(most, grammar.longest(section));
            }
            this.longest = most;
        }

        /**
         * The sentence's words, its runs of letters, in capitals: pronouns are read apart from what an apostrophe
         * joins to them (French {@code d'elle}, {@code qu'il}). "" for a word longer than any entry asked, since
         * uppercasing never shortens a word.
         */
        private List<String> words(String sentence) {
            List<String> words = new ArrayList<>();
            int n = sentence.length();
            int i = 0;
            while (i < n) {
                int c = sentence.codePointAt(i);
                if (!Character.isLetter(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                do {
                    i += Character.charCount(c);
                } while (i < n && Character.isLetter(c = sentence.codePointAt(i)));
                words.add(i - start > longest ? "" : Grammar.upper(sentence.substring(start, i)));
            }
            return words;
        }

        /** Counts a sentence's pronouns, less those that only stand for an object when {@code skipObjects}. */
        void count(String sentence, boolean skipObjects) {
            List<String> words = words(sentence);
            for (int i = 0; i < words.size(); i++) {
                String u = words.get(i);
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                if (grammar.has("person.male", next) || grammar.has("person.female", next)) {
                    continue; // "KIT HALE (30s), her grandson": a kinship, whose word tells of him, not a pronoun
                }
                if (skipObjects && grammar.has("pronoun.object", u)) {
                    continue;
                }
                if (grammar.has("pronoun.male", u)) {
                    add("male");
                } else if (grammar.has("pronoun.female", u)) {
                    add("female");
                }
            }
        }

        /**
         * In a sentence another speaker leads, the pronouns that cannot be theirs: an object ("stares at him"),
         * or one of the other gender when theirs is known ("Ren fills his cup").
         */
        void countOthers(String sentence, String leaderGender) {
            for (String u : words(sentence)) {
                boolean male = grammar.has("pronoun.male", u);
                boolean female = !male && grammar.has("pronoun.female", u);
                boolean theirs = male ? leaderGender.equals("male") : female && leaderGender.equals("female");
                if ((male || female) && (grammar.has("pronoun.object", u) || !leaderGender.isEmpty() && !theirs)) {
                    add(male ? "male" : "female");
                }
            }
        }

        private void add(String gender) {
            if (gender.equals("male")) {
                this.male++;
            } else {
                this.female++;
            }
            first = first.isEmpty() ? gender : first;
        }

        /** Their majority, the first of them when they are as many, or "" when there is none. */
        String gender() {
            return male > female ? "male" : female > male ? "female" : first;
        }
    }

    /** "male" or "female" when the word right before a name is one of a section's, else "". */
    private static String wordBefore(String before, String maleSection, String femaleSection, Grammar grammar) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        String word = Grammar.upper(before.substring(start, end));
        return grammar.has(maleSection, word) ? "male" : grammar.has(femaleSection, word) ? "female" : "";
    }

    /** "male" or "female" when the first sentence of a text names a man or a woman, and only one. */
    private static String personWord(String appearance, Grammar grammar) {
        return wordOf(appearance, "person.male", "person.female", grammar);
    }

    /**
     * What the appearance's first sentence tells: a word for a man or a woman ("woman, spectacles"), else a look
     * only one of them has ("broad, bearded", "barbe blanche"), and only one of the two.
     */
    private static String appearanceWord(String appearance, Grammar grammar) {
        String person = personWord(appearance, grammar);
        return !person.isEmpty() ? person : wordOf(appearance, "look.male", "look.female", grammar);
    }

    /** "male" or "female" when the first sentence of a text holds a word of one section and none of the other. */
    private static String wordOf(String text, String maleSection, String femaleSection, Grammar grammar) {
        int stop = text.indexOf(". ");
        boolean man = false;
        boolean woman = false;
        for (String w : NOT_WORD.split(stop < 0 ? text : text.substring(0, stop))) {
            String u = Grammar.upper(w);
            man |= grammar.has(maleSection, u);
            woman |= grammar.has(femaleSection, u);
        }
        return man == woman ? "" : man ? "male" : "female";
    }
}

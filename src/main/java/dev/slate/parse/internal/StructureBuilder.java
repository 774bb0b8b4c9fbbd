package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.Event;
import dev.slate.parse.LineTag;
import dev.slate.parse.Scene;
import dev.slate.parse.SceneHeading;
import dev.slate.parse.Sequence;
import dev.slate.parse.TaggedLine;
import dev.slate.parse.TitlePage;
import dev.slate.source.ScriptLine;
import dev.slate.source.ScriptText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the screenplay's structure from its tagged lines: the title page, sequences, scenes, and the
 * events of each scene (speeches, sentences of action or description, transitions, shots).
 */
final class StructureBuilder {

    private final Grammar grammar;
    private final ScriptText text;
    /** The blank lines of a double-spaced script that only space its lines apart. */
    private final BitSet spacing;
    private final List<TaggedLine> lines;
    private final Map<Integer, SceneHeading> headings;
    private final Map<Integer, CharacterCue> cues;
    private final Set<String> cast = new HashSet<>();
    /** The longest name of the cast: words longer than that name no one (uppercase is never shorter), unlooked-up. */
    private final int longestName;
    /**
     * The first ASCII letters and digits of each name of the cast, hashed: most capitalised words that open a
     * sentence (She, The, A) start no name, and are let go without making the copies a lookup needs.
     */
    private final BitSet nameStarts = new BitSet(1 << NAME_START_BITS);
    private static final int NAME_START_BITS = 12;
    private final SentenceSplitter sentences;
    /** The longest subject pronoun ({@code SHE}, {@code THEY}), asked of every sentence of action. */
    private final int longestPronoun;

    StructureBuilder(Grammar grammar, ScriptText text, BitSet spacing, List<TaggedLine> lines,
            Map<Integer, SceneHeading> headings, Map<Integer, CharacterCue> cues) {
        this.grammar = grammar;
        this.sentences = new SentenceSplitter(grammar);
        this.longestPronoun = grammar.longest("subject.pronoun");
        this.text = text;
        this.spacing = spacing;
        this.lines = lines;
        this.headings = headings;
        this.cues = cues;
        cues.values().forEach(c -> cast.add(c.name()));
        this.longestName = cast.stream().mapToInt(String::length).max().orElse(0);
        for (String name : cast) {
            int end = asciiRun(name, 0);
            if (end > 0) {
                nameStarts.set(runHash(name, 0, end));
            } // a name that starts otherwise is never a word that starts with an ASCII letter or digit, upper-cased
        }
    }

    /** Where the run of ASCII letters and digits that starts at {@code from} ends. */
    private static int asciiRun(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** A hash of the run's characters in upper case, of {@link #NAME_START_BITS} bits. */
    private static int runHash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return (h * 0x9E3779B1) >>> (32 - NAME_START_BITS);
    }

    /**
     * Whether a name of the cast may start with the word at {@code start}: false only when the word's first
     * ASCII letters and digits, upper-cased, are the first run of no name. Upper-casing leaves an ASCII
     * character ASCII and the run's end where it was, unless the run ends at a character outside ASCII (which
     * may upper-case into a letter: {@code ı} to {@code I}), or the word starts with one: then the answer is yes.
     */
    private boolean mayStartName(String sentence, int start) {
        int end = asciiRun(sentence, start);
        if (end < sentence.length() && sentence.charAt(end) >= 0x80 || end == start) {
            return true;
        }
        return nameStarts.get(runHash(sentence, start, end));
    }

    TitlePage titlePage() {
        List<String> title = new ArrayList<>();
        int start = 0;
        int end = 0;
        for (TaggedLine l : lines) {
            if (l.tag() == LineTag.TITLE && ActCardRule.matches(grammar, l.text())) {
                break; // an act card opens the script proper
            }
            if (l.tag() == LineTag.TITLE) {
                if (start == 0) {
                    start = l.number();
                }
                end = l.number();
                if (!l.text().isBlank()) {
                    title.add(l.text()); // a Fountain key whose value is on the lines below names nothing itself
                }
            } else if (l.tag() != LineTag.PAGE && l.tag() != LineTag.SECTION && l.tag() != LineTag.SYNOPSIS
                    && l.tag() != LineTag.NOTE) {
                break;
            }
        }
        return title.isEmpty() ? TitlePage.NONE : new TitlePage(keyedTitle(end).orElse(unquoted(title.get(0))), title, start, end);
    }

    /** A title in quotes, as a television script prints its show's and episode's ({@code "THE NIGHT DESK"}), without them. */
    private static String unquoted(String title) {
        String t = title.strip();
        if (t.length() > 2 && (t.charAt(0) == '"' || t.charAt(0) == '\u201C') && (Shapes.last(t) == '"' || Shapes.last(t) == '\u201D')) {
            String inner = t.substring(1, t.length() - 1);
            if (inner.indexOf('"') < 0 && inner.indexOf('\u201C') < 0 && inner.indexOf('\u201D') < 0 && !inner.isBlank()) {
                return inner.strip();
            }
        }
        return t;
    }

    /** The value a format's title page gives under its {@code Title} key, which need not come first. */
    private java.util.Optional<String> keyedTitle(int end) {
        StringBuilder b = new StringBuilder();
        for (dev.slate.source.ScriptElement e : text.elements()) {
            if (e.line() > end) {
                break;
            }
            if (e.type() == dev.slate.source.ScriptElement.Type.TITLE && e.key().equals("title") && !e.text().isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(e.text().strip());
            }
        }
        return b.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(b.toString());
    }

    List<Sequence> sequences(TitlePage titlePage) {
        List<Scene> scenes = scenes(titlePage);
        List<int[]> bounds = new ArrayList<>(); // start line, index into titles
        List<String> titles = new ArrayList<>();
        boolean marked = false;
        for (TaggedLine l : lines) {
            boolean card = l.tag() == LineTag.SECTION || l.tag() == LineTag.TITLE && l.number() > titlePage.endLine();
            if (card) {
                marked = true;
            }
        }
        int lastLine = text.lines().size();
        if (marked) {
            for (TaggedLine l : lines) {
                boolean card = l.tag() == LineTag.SECTION || l.tag() == LineTag.TITLE && l.number() > titlePage.endLine();
                if (card && !isEndCard(l.text())) {
                    bounds.add(new int[] {l.number()});
                    titles.add(l.text());
                }
            }
        } else {
            boolean open = false;
            for (TaggedLine l : lines) {
                if (l.tag() != LineTag.TRANSITION) {
                    continue;
                }
                String u = Grammar.upper(l.text());
                if (grammar.has("sequence.start", u) || !open && bounds.isEmpty()) {
                    if (grammar.has("sequence.start", u)) {
                        bounds.add(new int[] {l.number()});
                        titles.add("");
                        open = true;
                    }
                } else if (grammar.has("sequence.end", u)) {
                    open = false;
                    bounds.add(new int[] {l.number() + 1});
                    titles.add("");
                }
            }
        }
        // Sequences hold the scenes whose heading falls in their span; a scene never straddles two.
        List<Sequence> out = new ArrayList<>();
        int first = titlePage.isPresent() ? titlePage.endLine() + 1 : 1;
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        starts.add(first);
        names.add("");
        for (int i = 0; i < bounds.size(); i++) {
            int at = bounds.get(i)[0];
            if (at <= starts.get(starts.size() - 1)) {
                names.set(names.size() - 1, titles.get(i).isEmpty() ? names.get(names.size() - 1) : titles.get(i));
                continue;
            }
            starts.add(at);
            names.add(titles.get(i));
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lastLine;
            List<Scene> in = new ArrayList<>();
            for (Scene s : scenes) {
                int anchor = s.startLine();
                if (anchor >= from && anchor <= to || i == 0 && anchor < from) {
                    in.add(s);
                }
            }
            if (!in.isEmpty() || marked && !names.get(i).isEmpty()) {
                int end = in.isEmpty() ? to : Math.max(to, in.get(in.size() - 1).endLine());
                out.add(new Sequence(out.size() + 1, names.get(i), from, Math.min(end, lastLine), pageOf(from), in));
            }
        }
        return out;
    }

    private boolean isEndCard(String text) {
        String u = Grammar.upper(text);
        return u.startsWith("END OF") || u.startsWith("END ") || u.startsWith("FIN ") || u.startsWith("ENDE ");
    }

    /** Scenes from heading to heading, with an opening scene for events before the first heading. */
    List<Scene> scenes(TitlePage titlePage) {
        List<Scene> scenes = new ArrayList<>();
        int lastLine = text.lines().size();
        List<Integer> headingLines = new ArrayList<>();
        for (TaggedLine l : lines) {
            if (l.tag() == LineTag.HEADING) {
                headingLines.add(l.number());
            }
        }
        int bodyStart = titlePage.isPresent() ? titlePage.endLine() + 1 : 1;
        int firstHeading = headingLines.isEmpty() ? lastLine + 1 : headingLines.get(0);
        List<Event> opening = events(bodyStart, firstHeading - 1);
        if (!opening.isEmpty()) {
            scenes.add(new Scene(1, null, opening.get(0).startLine(), firstHeading - 1, opening.get(0).page(), opening));
        }
        for (int i = 0; i < headingLines.size(); i++) {
            int start = headingLines.get(i);
            int end = i + 1 < headingLines.size() ? headingLines.get(i + 1) - 1 : lastLine;
            end = lastContentLine(start, end);
            scenes.add(new Scene(scenes.size() + 1, headings.get(start), start, end, pageOf(start), events(start + 1, end)));
        }
        return scenes;
    }

    private int lastContentLine(int start, int end) {
        for (int i = indexAtOrAfter(end + 1) - 1; i >= 0 && lines.get(i).number() >= start; i--) {
            if (lines.get(i).tag() != LineTag.PAGE) {
                return lines.get(i).number();
            }
        }
        return start;
    }

    private int pageOf(int line) {
        int i = indexAtOrAfter(line);
        return i < lines.size() ? lines.get(i).page() : 1;
    }

    /** The index of the first tagged line numbered {@code line} or after. */
    private int indexAtOrAfter(int line) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).number() < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The events between two lines (inclusive). */
    List<Event> events(int from, int to) {
        List<Event> events = new ArrayList<>();
        List<TaggedLine> span = lines.subList(indexAtOrAfter(from), indexAtOrAfter(to + 1));
        String lastCharacter = "";
        for (int i = 0; i < span.size(); i++) {
            TaggedLine l = span.get(i);
            switch (l.tag()) {
                case DIALOGUE -> {
                    CharacterCue inline = cues.get(l.number());
                    if (inline == null) {
                        break; // a line of speech whose cue is gone (cut out of a span): nobody's
                    }
                    // NADIA: Did you order the yeast? - the cue and the first words on one line
                    Speech speech = new Speech();
                    List<String> extensions = new ArrayList<>();
                    for (String x : inline.extensions()) {
                        if (grammar.has("cue.extension", Grammar.upper(x))) {
                            extensions.add(x);
                        } else {
                            speech.parenthetical("(" + x + ")"); // OMAR (sheepish): how it is said
                        }
                    }
                    CharacterCue cue = new CharacterCue(inline.text(), inline.name(), extensions, inline.attitude(), false);
                    String words = l.text().substring(CharacterCueRule.inlineSpeech(l.text()));
                    int closed = ParentheticalMarks.closeIn(words);
                    if (closed > 0) {
                        speech.parenthetical(words.substring(0, closed + 1)); // SARAH: (nervously) I think...
                        words = words.substring(closed + 1).strip();
                    }
                    speech.said(words);
                    int j = gather(span, i + 1, speech);
                    events.add(speech.dialogue(l.speaker(), cue, l, speech.end(l)));
                    lastCharacter = l.speaker();
                    i = j - 1;
                }
                case CHARACTER -> {
                    Speech speech = new Speech();
                    int j = gather(span, i + 1, speech);
                    int end = speech.end(l);
                    CharacterCue[] both = CharacterCueRule.sideBySide(l.text(), true);
                    List<Event.Dialogue> two = both == null ? null : sideBySide(both, span.subList(i + 1, j), l, end);
                    if (two != null) {
                        events.addAll(two);
                        lastCharacter = two.get(1).speaker();
                    } else {
                        events.add(speech.dialogue(l.speaker(), cues.get(l.number()), l, end));
                        lastCharacter = l.speaker();
                    }
                    i = j - 1;
                }
                case ACTION -> {
                    int j = i;
                    List<TaggedLine> paragraph = new ArrayList<>();
                    paragraph.add(span.get(j++));
                    while (j < span.size() && continuesParagraph(span, paragraph.get(paragraph.size() - 1), j)) {
                        TaggedLine next = span.get(j++);
                        if (next.tag() == LineTag.ACTION) {
                            paragraph.add(next);
                        }
                    }
                    Event card = paragraph.size() == 1 ? card(paragraph.get(0)) : null;
                    if (card != null) {
                        events.add(card);
                    } else {
                        lastCharacter = actions(paragraph, events, lastCharacter);
                    }
                    i = j - 1;
                }
                case TRANSITION -> events.add(new Event.Transition(l.text(), l.number(), l.number(), l.page()));
                case SHOT -> events.add(new Event.Shot(l.text(), l.number(), l.number(), l.page()));
                default -> { }
            }
        }
        return events;
    }

    /**
     * The lines of a speech from {@code j} on into {@code speech}: its dialogue (but a line with a speaker of its
     * own, {@code NADIA: ...}), its parentheticals, and a page break it runs across. Returns the index after them.
     */
    private int gather(List<TaggedLine> span, int j, Speech speech) {
        while (j < span.size() && (span.get(j).tag() == LineTag.DIALOGUE && !cues.containsKey(span.get(j).number())
                || span.get(j).tag() == LineTag.PARENTHETICAL || span.get(j).tag() == LineTag.PAGE && continuesSpeech(span, j))) {
            TaggedLine d = span.get(j++);
            if (d.tag() == LineTag.PAGE) {
                continue;
            }
            speech.last = d.number();
            if (d.tag() == LineTag.PARENTHETICAL) {
                speech.parenthetical(d.text());
            } else if (Shapes.wordsAfterParenthesis(d.text())) {
                int close = ParentheticalMarks.closeIn(d.text());
                speech.parenthetical(d.text().substring(0, close + 1)); // (beat) We cannot stay here.
                speech.said(d.text().substring(close + 1).strip());
            } else {
                speech.said(d.text());
            }
        }
        return j;
    }

    /**
     * Dual dialogue laid out side by side: each line of the speech holds the left speaker's words, then,
     * after a gap of three spaces or more, the right one's; a line that starts about where the right speech's
     * first line does is the right speaker's alone, one with no such gap the left's. Two speeches
     * over the same lines, the left first; null when no line has a second column (not side by side after all).
     */
    private List<Event.Dialogue> sideBySide(CharacterCue[] cues, List<TaggedLine> speech, TaggedLine cueLine, int end) {
        int column = -1;
        for (TaggedLine d : speech) {
            if (d.tag() != LineTag.PAGE) {
                ScriptLine raw = text.lines().get(d.number() - 1);
                int gapEnd = gapEnd(raw.text(), raw.indent());
                if (gapEnd > 0) {
                    column = gapEnd;
                    break;
                }
            }
        }
        if (column < 0) {
            return null;
        }
        Speech left = new Speech();
        Speech right = new Speech();
        for (TaggedLine d : speech) {
            if (d.tag() == LineTag.PAGE) {
                continue;
            }
            ScriptLine raw = text.lines().get(d.number() - 1);
            String t = raw.text();
            if (raw.indent() >= column - 2) {
                right.add(t.substring(raw.indent()));
                continue;
            }
            int gapEnd = gapEnd(t, raw.indent()); // words are not three spaces apart inside one speech
            if (gapEnd < 0) {
                left.add(t.substring(raw.indent()));
            } else {
                int gapStart = gapEnd;
                while (t.charAt(gapStart - 1) == ' ') {
                    gapStart--;
                }
                left.add(t.substring(raw.indent(), gapStart));
                right.add(t.substring(gapEnd));
            }
        }
        return List.of(left.dialogue(cues[0].name(), cues[0], cueLine, end), right.dialogue(cues[1].name(), cues[1], cueLine, end));
    }

    /** Where the first gap of three spaces or more after the indentation ends, before more text; -1 if none. */
    private static int gapEnd(String t, int indent) {
        int gap = t.indexOf(Shapes.COLUMN_GAP, indent);
        if (gap < 0) {
            return -1;
        }
        int e = gap;
        while (e < t.length() && t.charAt(e) == ' ') {
            e++;
        }
        return e < t.length() ? e : -1;
    }

    /** A speech gathered line by line: what is said, and its parentheticals, each of one line or more. */
    private static final class Speech {
        /** The number of the speech's last line gathered, 0 while there is none. */
        int last;
        private final List<String> parentheticals = new ArrayList<>();
        private final StringBuilder said = new StringBuilder();
        private final StringBuilder paren = new StringBuilder();

        /** A part of one side of dual dialogue, which only its parentheses tell to be a parenthetical. */
        void add(String part) {
            String p = part.strip();
            if (p.isEmpty()) {
                return;
            }
            if (paren.length() > 0 || ParentheticalMarks.opens(p)) {
                parenthetical(p);
            } else {
                said(p);
            }
        }

        void parenthetical(String line) {
            append(paren, line);
            if (ParentheticalMarks.closes(line)) {
                parentheticals.add(ParentheticalMarks.unwrap(paren.toString()));
                paren.setLength(0);
            }
        }

        void said(String line) {
            append(said, line);
        }

        /** Where the speech ends: its last line gathered, else the cue's. */
        int end(TaggedLine cueLine) {
            return last > 0 ? last : cueLine.number();
        }

        Event.Dialogue dialogue(String speaker, CharacterCue cue, TaggedLine cueLine, int end) {
            if (paren.length() > 0) {
                parentheticals.add(ParentheticalMarks.unwrap(paren.toString()));
                paren.setLength(0);
            }
            return new Event.Dialogue(speaker, cue, parentheticals, said.toString(), cueLine.number(), end, cueLine.page());
        }
    }

    /** A line of action that is a card: {@code SUPER: ...}, {@code TITLE CARD: ...}, or a time card. */
    private Event card(TaggedLine l) {
        String text = l.text().strip();
        String prefix = grammar.prefix("card", text);
        if (prefix != null) {
            String shown = text.substring(prefix.length()).strip();
            String p = Grammar.upper(prefix);
            Event.Card.Kind kind = p.startsWith("SUPER") || p.startsWith("CHYRON") || p.startsWith("CAPTION")
                    || p.startsWith("SUBTITLE") || p.startsWith("SOBREIMPRESI") || p.startsWith("SURTITRE")
                    || p.startsWith("INCRUSTATION") || p.startsWith("EINBLENDUNG") || p.startsWith("RÓTULO") || p.startsWith("ROTULO")
                    ? Event.Card.Kind.SUPER : Event.Card.Kind.TITLE_CARD;
            return new Event.Card(kind, shown.isEmpty() ? text : shown, l.number(), l.number(), l.page());
        }
        if (!Shapes.allCaps(text) || Shapes.words(text) > 6) {
            return null;
        }
        String u = Grammar.upper(text);
        if (grammar.has("time.card", u) || grammar.suffix("time.card", u) != null) {
            return new Event.Card(Event.Card.Kind.TIME_CARD, text, l.number(), l.number(), l.page());
        }
        return null;
    }

    private static boolean continuesSpeech(List<TaggedLine> span, int j) {
        for (int k = j; k < span.size(); k++) {
            LineTag t = span.get(k).tag();
            if (t != LineTag.PAGE) {
                return t == LineTag.DIALOGUE || t == LineTag.PARENTHETICAL;
            }
        }
        return false;
    }

    /** Whether line {@code n} is blank and more than the spacing of a double-spaced script (see DoubleSpacing). */
    private boolean blank(int n) {
        return text.line(n).isBlank() && !spacing.get(n);
    }

    /** The next ACTION line continues the paragraph when nothing but page artefacts stands between. */
    private boolean continuesParagraph(List<TaggedLine> span, TaggedLine last, int j) {
        TaggedLine next = span.get(j);
        boolean blankAfterLast = last.number() < text.lines().size() && blank(last.number() + 1);
        if (next.tag() == LineTag.PAGE) {
            // A page break cuts a paragraph only when the page's artefacts follow its last line directly; they may
            // be several lines: (CONTINUED), the page's number, CONTINUED: at the top of the next.
            int k = j + 1;
            while (k < span.size() && span.get(k).tag() == LineTag.PAGE) {
                k++;
            }
            return !blankAfterLast && k < span.size() && span.get(k).tag() == LineTag.ACTION
                    && !Shapes.endsSentence(last.text());
        }
        if (next.tag() != LineTag.ACTION) {
            return false;
        }
        for (int n = last.number() + 1; n < next.number(); n++) {
            if (blank(n)) {
                // A blank line ends a paragraph, unless a page break put it there mid-sentence, or OCR did: the last
                // line stops at a comma, or the next goes on in lower case with the sentence the last one left open
                return !Shapes.endsSentence(last.text()) && (pageBetween(span, last, j)
                        || Shapes.last(last.text()) == ',' || Character.isLowerCase(Shapes.first(next.text())));
            }
        }
        return true;
    }

    /**
     * Whether a page artefact stands between {@code last} and the line at {@code j}: the span is in line
     * order, so only the lines just before {@code j} are looked at, not the whole scene for every paragraph.
     */
    private static boolean pageBetween(List<TaggedLine> span, TaggedLine last, int j) {
        for (int k = j - 1; k >= 0 && span.get(k).number() > last.number(); k--) {
            if (span.get(k).tag() == LineTag.PAGE) {
                return true;
            }
        }
        return false;
    }

    /** Splits a paragraph into sentences, each an action (a character acts) or a description. */
    private String actions(List<TaggedLine> paragraph, List<Event> events, String lastCharacter) {
        StringBuilder b = new StringBuilder();
        int[] lineAt = new int[paragraph.size()];
        for (int k = 0; k < paragraph.size(); k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            lineAt[k] = b.length();
            b.append(paragraph.get(k).text());
        }
        String whole = b.toString();
        for (int[] s : sentences.split(whole)) {
            String sentence = whole.substring(s[0], s[1]).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int first = lineIndex(lineAt, s[0]);
            int last = lineIndex(lineAt, Math.max(s[0], s[1] - 1));
            TaggedLine startLine = paragraph.get(first);
            int endLine = paragraph.get(last).number();
            String who = subject(sentence);
            if (who != null) {
                String character = who.isEmpty() ? lastCharacter : who;
                events.add(new Event.Action(character, sentence, startLine.number(), endLine, startLine.page()));
                if (!who.isEmpty()) {
                    lastCharacter = who;
                }
            } else {
                events.add(new Event.Description(sentence, startLine.number(), endLine, startLine.page()));
            }
        }
        return lastCharacter;
    }

    private static int lineIndex(int[] lineAt, int offset) {
        int k = 0;
        while (k + 1 < lineAt.length && lineAt[k + 1] <= offset) {
            k++;
        }
        return k;
    }

    /**
     * Who acts in a sentence: a character named in its first words, "" for a subject pronoun (the
     * character last named), or null when no character is its subject: a description.
     */
    private String subject(String sentence) {
        // Names and pronouns start with a capital in action ("Amy", "AMY", "She"): only those words are looked up.
        int[] starts = new int[6];
        int[] ends = new int[6];
        int words = 0;
        int i = 0;
        int n = sentence.length();
        while (i < n && words < 6) {
            char c = sentence.charAt(i);
            if (c == '(') {
                break; // "AMY (35)": the name ends where the parenthesis starts
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(sentence, i)) {
                i++;
            }
            int end = i;
            if (end - start > 2 && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S') && sentence.charAt(end - 2) == '\'') {
                end -= 2;
            }
            starts[words] = start;
            ends[words++] = end;
        }
        for (int w = 0; w < Math.min(4, words); w++) {
            if (!Character.isUpperCase(sentence.charAt(starts[w])) || !mayStartName(sentence, starts[w])) {
                continue;
            }
            for (int len = Math.min(3, words - w); len >= 1; len--) {
                if (!Character.isUpperCase(sentence.charAt(starts[w + len - 1]))) {
                    continue;
                }
                String named = len == 1 ? sentence.substring(starts[w], ends[w])
                        : Shapes.singleSpaced(sentence.substring(starts[w], ends[w + len - 1]));
                if (named.length() > longestName) {
                    continue;
                }
                String candidate = Grammar.upper(named);
                if (cast.contains(candidate)) {
                    return candidate;
                }
            }
        }
        if (words > 0 && Character.isUpperCase(sentence.charAt(starts[0]))
                && ends[0] - starts[0] <= longestPronoun && grammar.has("subject.pronoun", Grammar.upper(sentence.substring(starts[0], ends[0])))) {
            return "";
        }
        return null;
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '.' && i + 1 < s.length() && s.charAt(i + 1) != ' ';
    }

    private static void append(StringBuilder b, String s) {
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(s.strip());
    }
}

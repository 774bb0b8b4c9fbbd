package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.LineTag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every line its tag, reading the script top to bottom as a script supervisor does: a speech
 * runs from its cue until a blank line (or, where a script has none, until the indentation, the line
 * width or a new element says it has ended); everything else is recognised by what it is (heading,
 * transition, shot, act card, time card) and, failing that, is action. Page artefacts are already
 * marked and are stepped over, so a speech cut by a page break stays one speech.
 */
final class LineClassifier {

    private final Grammar grammar;
    private final SceneHeadingRule headings;
    private final Voice voice;
    private List<Line> lines;
    /** Whether every heading with a prefix is in lower case: 0 until first asked, then 1 or -1. */
    private int lowerCaseHeadings;
    /** {@link #headingsHavePrefixes()}: 0 until first asked, then 1 or -1. */
    private int prefixedHeadings;
    /** Where the first heading with INT./EXT. stands: see {@link #headingsHavePrefixes()}. */
    private int firstHeading;
    private Layouts layouts;
    /** The layout of the part of the script being read. */
    private LayoutProfile layout;
    private Cast cast;

    /** The grammar's transitions but for their closing colon or period. */
    private final Set<String> transitionsWithoutStop;

    LineClassifier(Grammar grammar, SceneHeadingRule headings) {
        this.grammar = grammar;
        this.headings = headings;
        this.voice = new Voice(grammar);
        this.transitionsWithoutStop = withoutStops(grammar.entries("transition"));
    }

    /** The grammar's transitions that end with a colon or a period, without it (see {@link #withoutItsStop}). */
    private static Set<String> withoutStops(Set<String> transitions) {
        Set<String> out = new HashSet<>();
        for (String t : transitions) {
            char end = Shapes.last(t);
            if (end == ':' || end == '.') {
                String bare = t.substring(0, t.length() - 1).strip();
                if (!bare.isEmpty()) {
                    out.add(bare);
                }
            }
        }
        return Set.copyOf(out);
    }

    void classify(List<Line> lines, Layouts layouts, Cast cast) {
        this.lines = lines;
        this.lowerCaseHeadings = 0;
        this.prefixedHeadings = 0;
        this.firstHeading = 0;
        this.layouts = layouts;
        this.layout = layouts.first();
        this.cast = cast;
        markTitlePage();
        new DocumentTitle(grammar, l -> isHeading(l) || isTransition(l)).mark(lines);
        new InlineSpeakers(grammar, cast, l -> isTransition(l) || isEntry("transition", l) || isHeading(l)).mark(lines);
        String speaker = null;
        boolean parenOpen = false;
        boolean sideBySide = false;
        boolean spoken = false; // whether the speech under the current cue has a line of dialogue yet
        boolean parenthesised = false; // whether it has a parenthetical yet
        boolean resumed = false; // whether the page cut the speech with (MORE) and its continuation cue
        boolean noteOpen = false;
        boolean blankSince = true;
        boolean bridged = false;
        boolean gapped = false; // whether the cue just read has a blank line under it (see gappedCue)
        boolean pageSince = false; // whether a page ended since the last line read
        String lastSaid = null; // the last line of dialogue
        boolean parts = layouts.parts() > 1;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (parts) {
                layout = layouts.at(i);
            }
            pageSince |= l.source.pageBreakBefore();
            if (l.blank) {
                blankSince = true;
                continue;
            }
            if (l.tag == LineTag.PAGE) {
                pageSince = true;
                if (speaker != null && (isMore(l) || isContinuation(l))) {
                    bridged = true;
                    // only the speaker's own continuation says the speech goes on: (CONTINUED) is the scene's
                    resumed |= isContinuation(l);
                }
                continue;
            }
            if (l.tag == LineTag.TITLE) {
                blankSince = false;
                continue;
            }
            // a speech the page cut mid-sentence with neither (MORE) nor a continuation cue, as a word processor
            // prints it, goes on at the top of the next page
            boolean cutByPage = pageSince && speaker != null && spoken && lastSaid != null && !Shapes.endsSentence(lastSaid)
                    && (layout.indented ? layout.inSpeechColumns(l) : Character.isLowerCase(l.content.charAt(0)));
            // so does one that a blank line cut mid-sentence, as OCR puts blank lines between the lines of a speech:
            // no line of action starts in lower case on from a sentence it did not begin
            boolean cutByBlank = blankSince && !pageSince && speaker != null && spoken && lastSaid != null
                    && !Shapes.endsSentence(lastSaid) && !layout.indented && Character.isLowerCase(l.content.charAt(0));
            boolean newBlock = blankSince && !bridged && !cutByPage && !cutByBlank;
            blankSince = false;
            bridged = false;
            pageSince = false;

            if (noteOpen) {
                l.tag = LineTag.NOTE;
                noteOpen = !l.content.contains("]]");
                continue;
            }
            LineTag marked = markup(l);
            if (marked != null) {
                l.tag = marked;
                noteOpen = marked == LineTag.NOTE && !l.content.contains("]]");
                if (marked != LineTag.LYRICS) {
                    speaker = null;
                }
                continue;
            }
            if (l.inlineCue != null) {
                // NADIA: Did you order the yeast? - a speech of its own, which the lines under it may go on with
                l.tag = LineTag.DIALOGUE;
                l.speaker = l.inlineCue.name();
                speaker = l.speaker;
                spoken = true;
                lastSaid = l.content;
                parenOpen = false;
                sideBySide = false;
                resumed = false;
                continue;
            }

            boolean gap = speaker != null && gapped && !spoken && newBlock;
            gapped = false;
            // a parenthetical left open goes on only as far as the line that closes it, across blank lines too
            // (OCR puts some between a parenthetical's lines); one that never closes ends where it began
            parenOpen = parenOpen && closesWithin(i);
            if (speaker != null && (!newBlock || !layout.blankLines || gap || parenOpen
                    || (spoken || parenthesised) && doubleSpaced(l, i) || spoken && asideInSpeech(l, i))) {
                // in two speeches side by side, the left one's words decide what the line is
                String own = sideBySide ? leftColumn(l.content) : l.content;
                if (parenOpen || opensParenthetical(own, i)) {
                    l.tag = LineTag.PARENTHETICAL;
                    l.speaker = speaker;
                    parenthesised = true;
                    parenOpen = !own.isEmpty() && !ParentheticalMarks.closes(own);
                    continue;
                }
                // the right speech runs on past the cue column, where a single one would have ended (not from the
                // action's column), and a line with both columns in it is both speeches' wherever the left one stands
                // (a word processor's table sets it at the margin)
                boolean rightColumn = sideBySide && !newBlock && l.cueShape() == null && !isHeading(l) && !isTransition(l)
                        && (l.content.contains(Shapes.COLUMN_GAP) || layout.indented && !layout.atActionColumn(l));
                boolean first = !spoken && (layout.blankLines || layout.unwrapped) && !newBlock || resumed || gap;
                resumed = false;
                if (rightColumn || !endsSpeech(l, i, newBlock && !gap, first)) {
                    l.tag = LineTag.DIALOGUE;
                    l.speaker = speaker;
                    spoken = true;
                    lastSaid = l.content;
                    continue;
                }
            }
            speaker = null;
            parenOpen = false;
            sideBySide = false;

            CharacterCue cue = cueAt(l, i);
            if (cue != null && !isHeading(l) && !isTransition(l)) {
                l.tag = LineTag.CHARACTER;
                l.speaker = cue.name();
                speaker = cue.name();
                spoken = false;
                parenthesised = false;
                sideBySide = CharacterCueRule.sideBySide(l.content, true) != null;
                gapped = nextInBlock(i) == null;
                continue;
            }
            l.tag = startOf(l, i, newBlock);
        }
    }

    /**
     * A speech written double-spaced, as multi-camera comedies are: a line still in the speech's columns after
     * one blank line under its dialogue goes on with it (the next cue stands at the cue column; action, at the
     * action column). Without indentation, where the action is in capitals: a line in lower case.
     */
    private boolean doubleSpaced(Line l, int i) {
        boolean speechLike = layout.indented ? layout.inSpeechColumns(l)
                : layout.actionInCapitals && (!l.allCaps() || l.content.startsWith("("));
        if (!speechLike || l.cueShape() != null || breaksSpeech(l)) {
            return false;
        }
        Line before = i >= 2 ? lines.get(i - 2) : null;
        return lines.get(i - 1).blank && before != null && !before.blank
                && (before.tag == LineTag.DIALOGUE || before.tag == LineTag.PARENTHETICAL);
    }

    /** The most lines a parenthetical runs to: one left open longer lost its closing mark. */
    private static final int LONGEST_PARENTHETICAL = 4;

    /**
     * A line of a speech that opens a parenthetical: with a parenthesis, as typed, or with the brace or bracket
     * OCR reads one as, when the parenthetical closes (see ParentheticalMarks); not one with the speech's words
     * after it on the line ({@code (beat) We cannot stay here.}).
     */
    private boolean opensParenthetical(String own, int i) {
        if (!ParentheticalMarks.opens(own) || Shapes.wordsAfterParenthesis(own)) {
            return false;
        }
        return own.charAt(0) == '(' || closesWithin(i);
    }

    /**
     * A parenthetical after a blank line in the middle of a speech, in lower case ({@code (sie lacht leise)}): the
     * speech goes on, where OCR put a blank line above it. Action in parentheses is a sentence, with a capital.
     */
    private boolean asideInSpeech(Line l, int i) {
        String c = l.content;
        return c.length() > 1 && ParentheticalMarks.opens(c) && Character.isLowerCase(c.charAt(1)) && closesWithin(i);
    }

    /**
     * Whether the parenthetical going on at line {@code i} closes on it or within the lines after it, before a
     * heading or a transition; a real one is a few lines long at most.
     */
    private boolean closesWithin(int i) {
        int seen = 0;
        for (int j = i; j < lines.size() && seen < LONGEST_PARENTHETICAL; j++) {
            Line l = lines.get(j);
            if (l.blank || l.tag == LineTag.PAGE) {
                continue;
            }
            if (j > i && ParentheticalMarks.opens(l.content) || isHeading(l) || isTransition(l)) {
                return false;
            }
            if (ParentheticalMarks.closes(l.content)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** The words before the first column gap: the left column of two speeches side by side. */
    private static String leftColumn(String content) {
        int gap = content.indexOf(Shapes.COLUMN_GAP);
        return gap < 0 ? content : content.substring(0, gap);
    }

    // ---- elements that start a block ----

    private LineTag startOf(Line l, int i, boolean newBlock) {
        if (isHeading(l) || l.allCaps() && headings.isSpecial(l.content)) {
            return LineTag.HEADING;
        }
        if (isTransition(l)) {
            return LineTag.TRANSITION;
        }
        if (ActCardRule.matches(grammar, l)) {
            return LineTag.TITLE;
        }
        if (l.allCaps() && grammar.has("centered", l.upper())) {
            return LineTag.CENTERED;
        }
        if (isShot(l)) {
            return LineTag.SHOT;
        }
        if (isSceneDesignation(l, i)) {
            return LineTag.PAGE;
        }
        if (isNoteUnderHeading(l, i)) {
            return LineTag.NOTE;
        }
        Standing standing = standingWithoutPrefix(l, i, newBlock);
        if (standing == Standing.ALONE && headingsHavePrefixes()) {
            // HIS FLASHLIGHT BEAM, INSIDE THE BOX: alone in capitals with no time of day, no scene number and no
            // return to a place, in a script that opens its scenes with INT./EXT., is what the camera finds next
            // (above the first heading, such a line is the title page's: BLIND SPOT over the teaser)
            return i < firstHeading ? LineTag.TITLE : LineTag.SHOT;
        }
        return standing == Standing.NONE ? LineTag.ACTION : LineTag.HEADING;
    }

    /**
     * A multi-camera script's scene letter above its heading, {@code B} or {@code SCENE B} (grammar
     * {@code scene.designation}): the page's, as a scene number is.
     */
    private boolean isSceneDesignation(Line l, int i) {
        String c = l.content;
        if (c.length() > 12) {
            return false;
        }
        String word = grammar.prefix("scene.designation", c);
        String mark = word == null ? c : c.substring(word.length()).strip();
        if (mark.isEmpty() || mark.length() > (word == null ? 2 : 3)
                || !(Character.isUpperCase(mark.charAt(0)) || word != null && Character.isDigit(mark.charAt(0)))) {
            return false;
        }
        for (int k = 1; k < mark.length(); k++) {
            char ch = mark.charAt(k);
            if (!Character.isUpperCase(ch) && !Character.isDigit(ch)) {
                return false;
            }
        }
        Line next = nextContent(i);
        return next != null && isHeading(next);
    }

    /**
     * What a multi-camera script notes right under a heading, in parentheses: the scene's cast
     * ({@code (Gus, Marguerite, Dev)}) and its story day ({@code (NIGHT 1)}); notes for the production,
     * not something seen.
     */
    private boolean isNoteUnderHeading(Line l, int i) {
        String c = l.content;
        if (i == 0 || !c.startsWith("(") || !c.endsWith(")") || c.length() > 120) {
            return false;
        }
        Line above = lines.get(i - 1);
        return !above.blank && (above.tag == LineTag.HEADING || above.tag == LineTag.NOTE && above.content.startsWith("("));
    }

    /** The next line that is neither blank nor the page's, or null. */
    private Line nextContent(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.blank && l.tag != LineTag.PAGE) {
                return l;
            }
        }
        return null;
    }

    boolean isHeading(Line l) {
        if (headings.prefixPlace(l.content) == null) {
            return false;
        }
        // "Int." and "ext." in lowercase start a heading only when written like one.
        if (!l.allCaps()) {
            String first = Shapes.firstWord(l.content, "");
            return first.endsWith(".") || first.contains("/") || headings.endsWithTime(l.upper());
        }
        return true;
    }

    private boolean isTransition(Line l) {
        if (isEntry("transition", l)) {
            return true;
        }
        if (!l.allCaps() || Shapes.words(l.upper()) > 6) {
            return false;
        }
        String u = l.upper();
        if (u.endsWith(" TO:") || u.endsWith(" TO :")) {
            return true;
        }
        if (withoutItsStop(u)) {
            return true;
        }
        char end = Shapes.last(u);
        if ((end == ':' || end == '.') && Shapes.words(u) <= 5 && grammar.has("transition.start", Shapes.firstWord(u, ":."))) {
            return true;
        }
        // Right-aligned, and ending like a transition: a layout-only transition such as "ÜBERBLENDE AUF:".
        return layout.indented && l.indent > layout.cueColumn + 6 && (u.endsWith(":") || u.endsWith("."));
    }

    /**
     * A transition of the grammar but for the colon or period that ends it ({@code COUPE À} for {@code COUPE À :}):
     * OCR loses a colon set apart by a space, as French sets it, and a period as often as not.
     */
    private boolean withoutItsStop(String u) {
        char end = Shapes.last(u);
        return end != ':' && end != '.' && transitionsWithoutStop.contains(u);
    }

    private boolean isShot(Line l) {
        if (!l.allCaps()) {
            return isShotInCapitalsOpening(l.content) && Shapes.words(l.content) <= 12;
        }
        if (Shapes.words(l.content) > 12) {
            return false;
        }
        return grammar.prefix("shot", l.content) != null || grammar.prefix("intercut", l.content) != null;
    }

    /**
     * {@code ANGLE ON the empty shelf.}: a shot of two words or more, in capitals, opening a line whose words go on
     * in lower case. A shot of one word ({@code ON}, {@code OVER}, {@code PAN}) opening a sentence is too often
     * the sentence's own word.
     */
    private boolean isShotInCapitalsOpening(String c) {
        // most lines open with a capital and a small letter: no lookup for them (every line of speech is asked)
        if (c.length() < 4 || !Character.isUpperCase(c.charAt(0)) || !Character.isUpperCase(c.charAt(1))) {
            return false;
        }
        String shot = grammar.prefix("shot", c);
        if (shot == null || shot.indexOf(' ') < 0 || !c.startsWith(shot) || c.length() < shot.length() + 2) {
            return false;
        }
        return c.charAt(shot.length()) == ' ' && Character.isLowerCase(c.charAt(shot.length() + 1));
    }

    /**
     * What a line without INT./EXT. is: no heading ({@code NONE}), a heading by its time of day, scene number or
     * return to a place ({@code HEADING}), or a line in capitals standing alone with none of those ({@code ALONE}),
     * which is a heading only where no scene opens with INT./EXT.
     */
    private enum Standing { NONE, HEADING, ALONE }

    /**
     * {@code THE ROOFTOP - LATER} or {@code BACK AT THE DINER}: uppercase, standing alone at the action
     * column, and not ending like a sentence or a card, nor reading as a time card.
     */
    private Standing standingWithoutPrefix(Line l, int i, boolean newBlock) {
        String c = l.content;
        if (!Shapes.allCaps(c)) {
            // a script that writes its headings in lower case (copied from a web page) writes its returns so too
            return newBlock && isReturnHeading(l) ? Standing.HEADING : Standing.NONE;
        }
        if (Shapes.startsWithDigit(c) || c.indexOf(':') >= 0) {
            return Standing.NONE;
        }
        if (headings.endsWithTime(l.upper()) && (!layout.indented || layout.atActionColumn(l))) {
            return Standing.HEADING;
        }
        if (!l.sceneNumber.isEmpty()) {
            return Standing.HEADING; // the page printed a scene number beside it: see PageArtifacts
        }
        if (isTimeCard(l.upper())) {
            return Standing.NONE;
        }
        char end = Shapes.last(c);
        if (end == '.' || end == '!' || end == '?' || end == ',' || end == ';' || end == '"' || end == ')') {
            return Standing.NONE;
        }
        if (layout.indented && !layout.atActionColumn(l) || Shapes.words(c) < 2 || Shapes.words(c) > 8) {
            return Standing.NONE;
        }
        if (isReturnHeading(l)) {
            return Standing.HEADING;
        }
        if (layout.blankLines) {
            return newBlock && aloneInBlock(i) ? alone(l) : Standing.NONE;
        }
        // No blank lines to set it apart: an indented script still shows action resuming under it.
        Line next = nextInBlock(i);
        return layout.indented && next != null && layout.atActionColumn(next) && !Shapes.allCaps(next.content)
                ? alone(l) : Standing.NONE;
    }

    /** A line standing alone in capitals: a heading when it ends with a time of day, whatever its column. */
    private Standing alone(Line l) {
        return headings.endsWithTime(l.upper()) ? Standing.HEADING : Standing.ALONE;
    }

    /** {@code SUPER: "48 HOURS EARLIER"}, in capitals: words put on the screen, never a name or a line spoken. */
    private boolean isCard(Line l) {
        return l.allCaps() && grammar.prefix("card", l.content) != null;
    }

    /**
     * {@code BACK AT THE DINER}: back to a place, in capitals (in lower case in a script whose headings all are),
     * not ending like a sentence.
     */
    private boolean isReturnHeading(Line l) {
        // the prefix first: most lines start with no such word, and are not counted word by word
        if (grammar.prefix("heading.return", l.content) == null || Shapes.words(l.content) < 3 || Shapes.words(l.content) > 8) {
            return false;
        }
        char end = Shapes.last(l.content);
        return Character.isLetterOrDigit(end) && (l.allCaps() || headingsInLowerCase());
    }

    /** Whether the script opens its scenes with INT./EXT. (two headings or more): worked out when first asked. */
    private boolean headingsHavePrefixes() {
        if (prefixedHeadings == 0) {
            int count = 0;
            for (int k = 0; k < lines.size() && count < 2; k++) {
                Line l = lines.get(k);
                if (!l.blank && isHeading(l)) {
                    count++;
                    firstHeading = count == 1 ? k : firstHeading;
                }
            }
            prefixedHeadings = count >= 2 ? 1 : -1;
        }
        return prefixedHeadings > 0;
    }

    /**
     * Whether the script writes every heading it starts with INT./EXT. in lower case ({@code int. bus depot -
     * night}): worked out when first asked, which few scripts need.
     */
    private boolean headingsInLowerCase() {
        if (lowerCaseHeadings == 0) {
            int lower = 0;
            int upper = 0;
            for (Line l : lines) {
                if (!l.blank && isHeading(l)) {
                    if (l.allCaps()) {
                        upper++;
                    } else {
                        lower++;
                    }
                }
            }
            lowerCaseHeadings = lower > 0 && upper == 0 ? 1 : -1;
        }
        return lowerCaseHeadings > 0;
    }

    private boolean isTimeCard(String u) {
        return grammar.has("time.card", u) || grammar.suffix("time.card", u) != null;
    }

    // ---- speeches ----

    /** The cue this line is, when it has a cue's shape and a speech follows it. */
    private CharacterCue cueAt(Line l, int i) {
        CharacterCue cue = l.cueShape();
        if (cue == null && !l.allCaps()) {
            // a cue not in capitals (a script copied from a web page): a name the script has heard speak, or one
            // the action introduced in capitals with an age (OSCAR (20s) ... Oscar / Is the 43 still out?)
            CharacterCue loose = CharacterCueRule.parse(l.content, true);
            if (loose != null && cast.knows(loose.name())) {
                cue = loose;
            }
        } else if (cue == null) {
            // MARIE, FURIEUSE without the colon OCR lost (French sets it apart by a space): a name the script has
            // heard speak, and an attitude
            CharacterCue attitude = CharacterCueRule.withoutItsColon(l.content);
            if (attitude != null && cast.knows(attitude.name())) {
                cue = attitude;
            }
        }
        if (cue == null || isShot(l) && !namedLikeAShot(cue, l, i) || isCard(l) || ActCardRule.matches(grammar, l) || isReturnHeading(l)) {
            return null; // END OF TEASER over the next act's heading is no speaker, nor RETOUR À LA COUR over its action
        }
        Line next = nextInBlock(i);
        if (next == null) {
            next = overPageBreak(i);
            if (next == null) {
                return gappedCue(l, cue, i) ? cue : null;
            }
        }
        if (isHeading(next) || isTransition(next)) {
            return null;
        }
        if (next.cueShape() == null && CharacterCueRule.sideBySide(l.content, false) != null) {
            return cue; // two names in capitals side by side over a speech: dual dialogue, in any layout
        }
        if (layout.indented) {
            if (layout.atCueColumn(l)) {
                return layout.inSpeechColumns(next) || ParentheticalMarks.opens(next.content) ? cue : null;
            }
            return cast.has(cue.name()) && layout.inSpeechColumns(next) ? cue : null;
        }
        if (cast.knows(cue.name())) {
            return cue; // however wide the line under it: a web page puts a whole speech on one line
        }
        if (ParentheticalMarks.opens(next.content)) {
            return cue;
        }
        if (layout.unwrapped && headings.endsWithTime(l.upper())) {
            return null; // THE ROOFTOP - CONTINUOUS over a line of any width: a heading, where no width tells
        }
        return dialogueLike(next) && next.cueShape() == null && !isTimeCard(l.upper())
                && !Shapes.startsWithDigit(l.content) ? cue : null;
    }

    /**
     * The first line of the next page, when the page ends right after line {@code i} (nothing but blank lines and
     * the page's number between): a cue left alone at the foot of a page has its words there.
     */
    private Line overPageBreak(int i) {
        boolean pageBreak = false;
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            pageBreak |= l.source.pageBreakBefore() || l.tag == LineTag.PAGE;
            if (!l.blank && l.tag != LineTag.PAGE) {
                return pageBreak ? l : null;
            }
        }
        return null;
    }

    /**
     * A cue with one blank line between it and its words, as scripts typed in a notes app or a chat now and then
     * have it ({@code HENRIK:}, a blank line, {@code Number 12?}): without indentation, a name the script has heard
     * speak or introduced with an age, or one written with its colon or an extension ({@code (V.O.)}), over a line as
     * narrow as a speech that is no heading, transition or cue.
     */
    private boolean gappedCue(Line l, CharacterCue cue, int i) {
        if (layout.indented || i + 2 >= lines.size() || !lines.get(i + 1).blank || lines.get(i + 2).blank
                || !(cast.knows(cue.name()) || l.content.endsWith(":") || grammar.hasAny("cue.extension", cue.extensions()))) {
            return false;
        }
        Line words = lines.get(i + 2);
        return words.tag == null && words.cueShape() == null && words.inlineCue == null && !isHeading(words)
                && !isTransition(words) && !isShot(words) && !ActCardRule.matches(grammar, words)
                && (layout.fitsDialogue(words, 3) || ParentheticalMarks.opens(words.content));
    }

    /**
     * A speaker whose whole name is a camera direction (DOLLY, PAN), as the layout tells: at the cue column over a
     * speech, or, without indentation, over a line no wider than a speech three times or more. A shot line says
     * what the camera does to something ({@code DOLLY IN ON THE DOOR}), and one alone ({@code WIDE SHOT}) has the
     * action under it, as wide as action is.
     */
    private boolean namedLikeAShot(CharacterCue cue, Line l, int i) {
        if (!grammar.has("shot", cue.name()) && !grammar.has("intercut", cue.name())) {
            return false;
        }
        Line next = nextInBlock(i);
        if (next == null) {
            return false;
        }
        if (layout.indented) {
            return layout.atCueColumn(l) && layout.inSpeechColumns(next);
        }
        return !layout.unwrapped && cast.speeches(cue.name()) >= 3 && layout.fitsDialogue(next, 3);
    }

    private boolean dialogueLike(Line l) {
        return layout.fitsDialogue(l, 3) && !isShot(l);
    }

    /**
     * Whether a line right under a speech (no blank line between) ends it. With blank lines in the
     * script, a speech is its whole block; without them, the indentation says it, and without that,
     * a new element or a line wider than the script's dialogue ever is.
     */
    private boolean endsSpeech(Line l, int i, boolean newBlock, boolean first) {
        if (breaksSpeech(l)) {
            return true;
        }
        CharacterCue cue = l.cueShape();
        if (cue == null && cast.namesNotInCapitals() && !l.allCaps() && l.length() <= 50) {
            // Priya, over her words, where the page showed cues in capitals by its style: a name the script has heard
            CharacterCue loose = CharacterCueRule.parse(l.content, true);
            cue = loose != null && cast.has(loose.name()) ? loose : null;
        }
        if (cue != null && (!layout.indented || layout.atCueColumn(l))) {
            Line next = nextInBlock(i);
            // a speech never has a name in capitals with (V.O.) in it, nor one over a parenthetical, nor the name
            // of someone the action has introduced: those are the cues of people who speak for the first time
            if (next != null && (cast.knows(cue.name()) || grammar.hasAny("cue.extension", cue.extensions())
                    || ParentheticalMarks.opens(next.content))) {
                return true;
            }
            if (next == null && gappedCue(l, cue, i)) {
                return true; // HENRIK, a blank line, his words
            }
        }
        if (layout.indented) {
            return !layout.inSpeechColumns(l) && !wrappedByMail(l, i, newBlock);
        }
        if (first) {
            // the first line under a cue taken for one because its speech follows (a web page puts a speech on one
            // wide line), or the first after (MORE) and the continuation cue of a speech the page cut
            return false;
        }
        if (layout.unwrapped) {
            // a speech's words were its one line, or one line after each of its parentheticals; a line break
            // typed inside them (a soft return) leaves a sentence going on in lower case
            Line prev = previousContent(i);
            return prev == null || prev.tag != LineTag.PARENTHETICAL
                    && !(Character.isLowerCase(l.content.charAt(0)) && !Shapes.endsSentence(prev.content));
        }
        if (l.length() > layout.dialogueWidth + 3) {
            return true; // wider than this script's dialogue ever wraps: action
        }
        Line next = nextInBlock(i);
        Line prev = previousContent(i);
        boolean prevEnded = prev != null && Shapes.endsSentence(prev.content);
        if (layout.blankLines && !newBlock && prev != null && wrappedInto(prev, l)) {
            // "The Board's tables don't have a" under a line of speech its first word would not have fitted on
            return false;
        }
        if (prevEnded && startsWithCastName(l.content)) {
            return true; // "Milo has gone very pale." - a speech calls people by name only with a comma after it
        }
        if (prevEnded && voice.narrates(l.content) && !sentenceSpeaksFurtherOn(i)) {
            return true; // "He taps the notebook." where nothing else sets action apart
        }
        // a paragraph as wide as action comes next: this line is action too, unless it speaks (I, you) or the
        // next line is a heading or the like rather than action
        boolean actionFollows = prevEnded && next != null && next.length() > layout.dialogueWidth + 3 && next.tag == null
                && Shapes.last(l.content) != '?' && !breaksSpeech(next) && !voice.speaks(l.content) && !callsSomeone(l.content) && !quoteOpen(i);
        if (layout.blankLines && !newBlock) {
            // Blank lines separate this script's elements, but exports lose one now and then: a finished
            // sentence followed by a paragraph as wide as action is action that lost its blank line.
            return actionFollows && l.length() > layout.dialogueWidth * 3 / 4;
        }
        return actionFollows;
    }

    /**
     * A speech's words that an e-mail client wrapped back to the left margin, at its own width: right under a line
     * of the speech (no blank line between, in a script whose elements blank lines part, each a line as printed)
     * wider than any printed speech's line, as a script's own software never wraps one.
     */
    private boolean wrappedByMail(Line l, int i, boolean newBlock) {
        if (!layout.blankLines || layout.unwrapped || newBlock || !layout.atActionColumn(l)) {
            return false;
        }
        Line prev = previousContent(i);
        return prev != null && prev.tag == LineTag.DIALOGUE && prev.length() > LayoutProfile.UNWRAPPED_SPEECH;
    }

    /**
     * Whether {@code l} reads as the words of {@code prev} wrapped at this script's dialogue width: its first word would
     * have run past the width on {@code prev}'s line. A line that would have fitted there was started on purpose.
     */
    private boolean wrappedInto(Line prev, Line l) {
        int word = l.content.indexOf(' ');
        return prev.length() + 1 + (word < 0 ? l.length() : word) > layout.dialogueWidth;
    }

    /**
     * Whether the sentence line {@code i} starts goes on, in lower case, onto lines that speak (I, you): {@code He has
     * been to the island more} over {@code times than you have.} is said, however it opens.
     */
    private boolean sentenceSpeaksFurtherOn(int i) {
        String sentence = lines.get(i).content;
        for (int j = i + 1, read = 0; j < lines.size() && read < 3 && !Shapes.endsSentence(sentence); j++) {
            Line next = lines.get(j);
            if (next.tag == LineTag.PAGE) {
                continue;
            }
            if (next.blank || !Character.isLowerCase(next.content.charAt(0))) {
                return false;
            }
            if (voice.speaks(next.content)) {
                return true;
            }
            sentence = next.content;
            read++;
        }
        return false;
    }

    /** A line that ends a speech by what it is: a heading, transition, act card, shot or card. */
    private boolean breaksSpeech(Line l) {
        return isHeading(l) || isEntry("transition", l) || ActCardRule.matches(grammar, l) || isShot(l) || isCard(l)
                || isReturnHeading(l) || l.allCaps() && isTimeCard(l.upper());
    }

    private boolean startsWithCastName(String c) {
        int space = c.indexOf(' ');
        if (space <= 1) {
            return false;
        }
        String first = c.substring(0, space);
        if (first.endsWith(",") || !Character.isUpperCase(first.charAt(0)) || Shapes.allCaps(first)) {
            return false;
        }
        String name = Grammar.upper(first.endsWith("'s") ? first.substring(0, first.length() - 2) : first);
        return cast.knows(name);
    }

    // ---- title page ----

    /**
     * A title page is what comes before the script proper (its first heading, transition or speech)
     * when it reads like one: a "written by" line, a draft or contact line, or centered lines.
     */
    private void markTitlePage() {
        int body = -1;
        int content = 0;
        int first = 0;
        while (first < lines.size() && lines.get(first).blank) {
            first++;
        }
        for (int i = 0; i < lines.size() && content <= 40; i++) {
            Line l = lines.get(i);
            if (l.blank || l.tag != null) {
                continue;
            }
            // the text's first line, blank lines above it or not (a web page's), is its title rather than a cue
            if (isHeading(l) || isTransition(l) || cueAt(l, i) != null && i > first) {
                body = i;
                break;
            }
            content++;
        }
        if (body <= 0 || content == 0 || content > 30) {
            return;
        }
        boolean titleLike = false;
        for (int i = 0; i < body; i++) {
            Line l = lines.get(i);
            if (l.blank || l.tag != null) {
                continue;
            }
            if (grammar.prefix("title.page", l.upper()) != null || l.upper().contains("WRITTEN BY") || l.upper().startsWith("BY ")
                    || credit(l) || layout.indented && l.indent >= layout.actionColumn + 12 && l.indent < 60) {
                titleLike = true;
            }
        }
        if (!titleLike) {
            return;
        }
        for (int i = 0; i < body; i++) {
            Line l = lines.get(i);
            if (!l.blank && l.tag == null) {
                LineTag marked = markup(l);
                l.tag = marked != null ? marked : isSceneDesignation(l, i) ? LineTag.PAGE : LineTag.TITLE;
            }
        }
    }

    /** A short line that credits someone: {@code a short by Imogen Wale}, {@code A film by Jo Park}. */
    private static boolean credit(Line l) {
        int by = l.upper().indexOf(" BY ");
        if (by < 0 || Shapes.words(l.content) > 8) {
            return false;
        }
        String[] name = l.content.substring(by + 4).strip().split(" +");
        if (name.length > 4 || name[0].isEmpty()) {
            return false;
        }
        for (String w : name) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    // ---- Fountain marks, which writers also use in plain text ----

    private static LineTag markup(Line l) {
        String c = l.content;
        // every line is asked, and almost none starts with a mark
        char first = Shapes.first(c);
        if (first != '[' && first != '#' && first != '=' && first != '~' && first != '>') {
            return null;
        }
        if (c.startsWith("[[")) {
            return LineTag.NOTE;
        }
        if (c.startsWith("#") && c.length() > 1 && (c.charAt(1) == ' ' || c.charAt(1) == '#')) {
            return LineTag.SECTION;
        }
        if (c.startsWith("=") && !c.startsWith("===") && c.length() > 1) {
            return LineTag.SYNOPSIS;
        }
        if (c.startsWith("===")) {
            return LineTag.PAGE;
        }
        if (c.startsWith("~")) {
            return LineTag.LYRICS;
        }
        if (c.startsWith(">") && c.endsWith("<")) {
            return LineTag.CENTERED;
        }
        return null;
    }

    // ---- navigation ----

    private boolean isMore(Line l) {
        return isEntry("page.more", l);
    }

    /** Whether the line, in any case, is an entry of the section; a line longer than them all is not uppercased to ask. */
    private boolean isEntry(String section, Line l) {
        return l.length() <= grammar.longest(section) && grammar.has(section, l.upper());
    }

    private boolean isContinuation(Line l) {
        CharacterCue cue = l.cueShape();
        return cue != null && grammar.hasAny("cue.continued", cue.extensions());
    }

    /** The next content line when no blank line comes first (page artefacts are stepped over). */
    private Line nextInBlock(int i) {
        boolean sawMore = false;
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.blank) {
                if (sawMore) {
                    continue;
                }
                return null;
            }
            if (l.tag == LineTag.PAGE) {
                sawMore |= isMore(l) || isContinuation(l);
                continue;
            }
            return l;
        }
        return null;
    }

    /** Whether a sentence of the line after its first starts by calling a cast member: {@code Milo, tape.} */
    private boolean callsSomeone(String c) {
        for (int at = 0; (at = nextSentence(c, at)) >= 0;) {
            int comma = c.indexOf(',', at);
            int space = c.indexOf(' ', at);
            if (comma > at && (space < 0 || comma < space) && cast.has(Grammar.upper(c.substring(at, comma)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence after {@code from} starts in the line (after ". "), or -1. */
    private static int nextSentence(String c, int from) {
        for (int i = from; i + 2 < c.length(); i++) {
            char ch = c.charAt(i);
            if ((ch == '.' || ch == '?' || ch == '!') && c.charAt(i + 1) == ' ') {
                int j = i + 1;
                while (j < c.length() && c.charAt(j) == ' ') {
                    j++;
                }
                return j < c.length() ? j : -1;
            }
        }
        return -1;
    }

    /** Whether the speech that line {@code i} would go on has a quotation still open: it goes on to close it. */
    private boolean quoteOpen(int i) {
        int quotes = 0;
        for (int j = i - 1; j >= 0; j--) {
            Line l = lines.get(j);
            if (l.blank || l.tag == LineTag.PAGE) {
                continue;
            }
            if (l.tag != LineTag.DIALOGUE && l.tag != LineTag.PARENTHETICAL) {
                break;
            }
            String c = l.content;
            for (int k = 0; k < c.length(); k++) {
                char ch = c.charAt(k);
                if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
                    quotes++;
                }
            }
        }
        return quotes % 2 == 1;
    }

    private Line previousContent(int i) {
        for (int j = i - 1; j >= 0; j--) {
            Line l = lines.get(j);
            if (!l.blank && l.tag != LineTag.PAGE) {
                return l;
            }
        }
        return null;
    }

    private boolean aloneInBlock(int i) {
        return nextInBlock(i) == null;
    }
}

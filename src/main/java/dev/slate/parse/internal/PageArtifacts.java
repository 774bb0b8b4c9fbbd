package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.LineTag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the page put there rather than the writer: page numbers (at either margin, alone or with
 * a running header, accepted only when they count up like pages do), running headers, {@code (MORE)}
 * at the foot of a page and the {@code NAME (CONT'D)} that resumes the speech on the next, and
 * {@code CONTINUED} lines. It also strips revision asterisks and the scene numbers printed at either
 * end of a heading, so the rest of the parser sees the writer's text.
 */
final class PageArtifacts {

    // Runs of spaces are taken whole (possessive) and free text ends on a non-space, so that a line with long
    // runs of spaces is matched in time proportional to its length: the plain forms backtracked through every
    // run from every position, and a damaged line of 80,000 characters took minutes. (Scene numbers and
    // revision marks are read by NumberedLines, in one pass.)
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(?:PAGE\\s+|P\\.\\s*)?(\\d{1,4})[A-Z]?\\.?(?:\\s+OF\\s+\\d+)?$");
    private static final Pattern DASHED = Pattern.compile("^[-–—]\\s*(\\d{1,4})\\s*[-–—]$");
    static final Pattern HEADER_THEN_NUMBER = Pattern.compile("^(\\S(?:.*?\\S)??)\\s{2,}+(\\d{1,4})[A-Z]?\\.?$");
    private static final Pattern NUMBER_THEN_HEADER = Pattern.compile("^(\\d{1,4})\\.\\s{2,}(\\S.*)$");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");

    private final Grammar grammar;
    private final SceneHeadingRule headings;
    /**
     * The number of the last heading whose scene number was stripped, and the column where its line ended:
     * a heading with neither prefix nor time of day is told from a running header by continuing them.
     */
    private int lastSceneNumber = -1;
    private int lastSceneNumberEnd = -1;

    /** The first letters of {@code page.continued}'s entries, for ASCII ones: see {@link #continuedLine}. */
    private final boolean[] continuedStarts = new boolean[128];

    PageArtifacts(Grammar grammar, SceneHeadingRule headings) {
        this.grammar = grammar;
        this.headings = headings;
        for (String entry : grammar.entries("page.continued")) {
            if (!entry.isEmpty() && entry.charAt(0) < 128) {
                continuedStarts[entry.charAt(0)] = true;
            }
        }
    }

    /**
     * {@link #continued} of a line: a short line whose first letter (past a parenthesis) starts no entry is let
     * go before it is uppercased, since nearly every short line of a speech is asked.
     */
    private boolean continuedLine(Line l) {
        if (l.length() > 24) {
            return false;
        }
        String c = l.content;
        int i = 0;
        while (i < c.length() && (c.charAt(i) == ' ' || c.charAt(i) == '(')) {
            i++;
        }
        // beyond ASCII, a letter's capital in a string may not be the capital of the letter alone (ŉ)
        char first = i < c.length() ? c.charAt(i) : ' ';
        return (first >= 128 || continuedStarts[Character.toUpperCase(first)]) && continued(l.upper());
    }

    void apply(List<Line> lines) {
        for (Line l : lines) {
            if (!l.blank) {
                if (codeFence(l.content)) {
                    l.tag = LineTag.PAGE;
                    continue;
                }
                clean(l);
            }
        }
        markPageNumbers(lines);
        markRevisionHeaders(lines);
        markRepeatedHeaders(lines);
        markSpeechBreaks(lines);
        markWatermarks(lines);
    }

    /**
     * A Markdown code fence ({@code ```}, {@code ```fountain}, {@code ~~~}), which a chat puts round a script it
     * hands over: the medium's, as a page number is the paper's.
     */
    static boolean codeFence(String content) {
        if (!content.startsWith("```") && !content.startsWith("~~~")) {
            return false;
        }
        char fence = content.charAt(0);
        int i = 3;
        while (i < content.length() && content.charAt(i) == fence) {
            i++;
        }
        for (; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Watermark text ({@code CONFIDENTIAL}, {@code PROPERTY OF ...}) printed across pages comes out of
     * a PDF as short uppercase fragments among the script's lines.
     */
    private void markWatermarks(List<Line> lines) {
        for (Line l : lines) {
            if (l.blank || l.tag != null || l.length() > 60 || !l.allCaps()) {
                continue;
            }
            String p = grammar.prefix("watermark", l.content);
            if (p != null && (l.length() == p.length() || l.length() <= p.length() + 40)) {
                l.tag = LineTag.PAGE;
            }
        }
    }

    private void clean(Line l) {
        String revised = Shapes.last(l.content) == '*' ? NumberedLines.revised(l.content) : null;
        if (revised == NumberedLines.MARKS_ONLY) {
            l.tag = LineTag.PAGE;
            return;
        }
        if (revised != null) {
            l.setContent(revised);
        }
        if (!l.hasDigit()) {
            return;
        }
        int end = l.indent + l.content.length();
        if (designatedScene(l, end)) {
            return;
        }
        NumberedLines.Numbered heading = Shapes.startsWithDigit(l.content)
                || l.content.length() > 1 && Character.isDigit(l.content.charAt(1)) ? NumberedLines.numberedHeading(l.content) : null;
        if (heading != null) {
            String number = heading.number();
            String text = heading.text();
            String closing = heading.closing();
            if (closing == null && text.endsWith(number) && text.length() > number.length() + 1
                    && text.charAt(text.length() - number.length() - 1) == ' ') {
                // 10  INT. SHOP - NIGHT (FLASHBACK - 1989) 10: the closing number a single space from the heading
                closing = number;
                text = text.substring(0, text.length() - number.length()).strip();
            }
            if (number.equals(closing)) {
                String between = Grammar.upper(text);
                if (grammar.has("scene.omitted", between)) {
                    numbered(l, number, text, end);
                    l.tag = LineTag.PAGE; // 14  OMITTED  14: a scene cut from the shooting script, not a scene
                    return;
                }
                if (continued(between)) {
                    l.setContent(text); // 15  CONTINUED:  15, the page's, as markSpeechBreaks finds it
                    return;
                }
            }
            if (looksLikeHeading(text) || number.equals(closing) && placeWithoutPrefix(text)) {
                numbered(l, number, text, end);
                return;
            }
        }
        if (!endsInSceneNumber(l.content)) {
            return;
        }
        NumberedLines.Numbered after = NumberedLines.numberAfter(l.content);
        if (after != null && (looksLikeHeading(after.text())
                || continuesSceneNumbers(after.number(), end) && placeWithoutPrefix(after.text()))) {
            numbered(l, after.number(), after.text(), end);
        }
    }

    /**
     * Whether a line ends as {@link NumberedLines#numberAfter} needs: a number of up to four digits, perhaps a
     * capital before it, one or two after it and a period, after two spaces. Most lines with a digit are prose
     * that ends otherwise, and are let go without reading it.
     */
    static boolean endsInSceneNumber(String c) {
        int i = c.length() - 1;
        if (i >= 0 && c.charAt(i) == '.') {
            i--;
        }
        for (int letters = 0; letters < 2 && i >= 0 && c.charAt(i) >= 'A' && c.charAt(i) <= 'Z'; letters++) {
            i--;
        }
        int digits = 0;
        while (i >= 0 && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
            i--;
            digits++;
        }
        if (i >= 0 && c.charAt(i) >= 'A' && c.charAt(i) <= 'Z') {
            i--; // A12
        }
        return digits > 0 && digits <= 4 && i >= 2 && Character.isWhitespace(c.charAt(i))
                && Character.isWhitespace(c.charAt(i - 1));
    }

    /**
     * {@code Scene 1: INT. COFFEE SHOP - DAY}, as scripts from a language model or a word processor's outline
     * number them (grammar {@code scene.designation}): the number is the scene's, the rest its heading.
     */
    private boolean designatedScene(Line l, int end) {
        String c = l.content;
        String word = grammar.prefix("scene.designation", c);
        if (word == null) {
            return false;
        }
        int i = word.length();
        while (i < c.length() && c.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < c.length() && i - from < 4 && Character.isLetterOrDigit(c.charAt(i))) {
            i++;
        }
        if (i == from || !Character.isDigit(c.charAt(from)) || i >= c.length()) {
            return false;
        }
        String number = c.substring(from, i);
        while (i < c.length() && (c.charAt(i) == ' ' || c.charAt(i) == ':' || c.charAt(i) == '.' || c.charAt(i) == '-'
                || c.charAt(i) == '\u2013' || c.charAt(i) == '\u2014')) {
            i++;
        }
        String rest = c.substring(i);
        if (i == from + number.length() || rest.isEmpty() || !looksLikeHeading(rest)) {
            return false;
        }
        numbered(l, number, rest, end);
        return true;
    }

    private void numbered(Line l, String number, String heading, int end) {
        l.sceneNumber = number;
        l.setContent(heading.strip());
        lastSceneNumber = numberPart(number);
        lastSceneNumberEnd = end;
    }

    /**
     * {@code THE TRAWLER - WHEELHOUSE}: a place in capitals and in parts, without a word that only a running
     * header has (a date, {@code REV.}).
     */
    private boolean placeWithoutPrefix(String text) {
        return Shapes.allCaps(text) && SceneHeadingRule.PART_SEPARATOR.matcher(text).find() && !DATE.matcher(text).find()
                && !grammarHeaderWord(Grammar.upper(text));
    }

    /** Whether a line holds a word of running headers ({@code page.header}: {@code REV.}, {@code BLUE REVISION}). */
    private boolean grammarHeaderWord(String upper) {
        for (String w : grammar.entries("page.header")) {
            if (upper.contains(w + " ") || upper.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number printed after a line is a scene number rather than a page number when it comes next after the
     * last heading's ({@code 3} after {@code 2}, {@code 3A} after {@code 3}) and ends in the same column.
     */
    private boolean continuesSceneNumbers(String number, int end) {
        if (lastSceneNumber < 0 || Math.abs(end - lastSceneNumberEnd) > 2) {
            return false;
        }
        int n = numberPart(number);
        return n == lastSceneNumber + 1 || n == lastSceneNumber && Character.isLetter(Shapes.last(number));
    }

    /** The digits of a scene number ({@code 12} of {@code A12B}), or -1. */
    private static int numberPart(String number) {
        int n = 0;
        boolean any = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
                any = true;
            }
        }
        return any ? n : -1;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeHeading(String text) {
        String u = Grammar.upper(text);
        return headings.prefixPlace(u) != null || (Shapes.allCaps(text) && headings.endsWithTime(u));
    }

    /** A page number candidate's value, or -1. */
    private int pageNumber(Line l) {
        if (!l.hasDigit()) {
            return -1;
        }
        String c = l.content;
        char first = c.charAt(0);
        char last = Shapes.last(c);
        boolean endsNumbered = Character.isDigit(last) || last == '.' && c.length() > 1 && Character.isDigit(c.charAt(c.length() - 2))
                || Character.isLetter(last) && c.length() > 1 && Character.isDigit(c.charAt(c.length() - 2));
        Matcher m;
        if ((c.length() <= 20 || first == 'P' || first == 'p') && (m = NUMBER_ONLY.matcher(l.upper())).matches()) {
            return Integer.parseInt(m.group(1));
        }
        if ((first == '-' || first == '–' || first == '—') && (m = DASHED.matcher(c)).matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (endsNumbered && l.sceneNumber.isEmpty() && c.contains("  ") && (m = HEADER_THEN_NUMBER.matcher(c)).matches()) {
            return Integer.parseInt(m.group(2));
        }
        if (Character.isDigit(first) && (m = NUMBER_THEN_HEADER.matcher(c)).matches()) {
            return Integer.parseInt(m.group(1));
        }
        return -1;
    }

    /**
     * The first line, when it is a page's number (pages taken out of a script: {@code 5.} over the heading, or a
     * revision's header with the number, alone or on the line above) and the next such line a page further on is
     * the next page's; else -1. A year or a count on the first line is not followed so.
     */
    private int firstPageNumber(List<Line> lines) {
        int i = nextContent(lines, 0);
        if (i >= 0 && pageNumber(lines.get(i)) <= 0 && revisionHeader(lines.get(i))) {
            i = nextContent(lines, i + 1); // BLUE REVISION 03/04/26 over the number
        }
        if (i < 0 || !numberLine(lines.get(i))) {
            return -1;
        }
        int n = pageNumber(lines.get(i));
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.blank && l.tag == null && numberLine(l)) {
                return j - i >= 12 && pageNumber(l) == n + 1 ? i : -1;
            }
        }
        // a single page taken out of a script: its number as a script prints it, 31., over its first heading
        int next = nextContent(lines, i + 1);
        boolean printed = onlyNumber(lines.get(i)) && lines.get(i).content.endsWith(".");
        return printed && next >= 0 && headings.prefixPlace(lines.get(next).content) != null ? i : -1;
    }

    private static int nextContent(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).blank) {
                return lines.get(i).tag == null ? i : -1;
            }
        }
        return -1;
    }

    /** A page's number alone, or with a revision's header beside it. */
    private boolean numberLine(Line l) {
        return onlyNumber(l) || pageNumber(l) > 0 && revisionHeader(l);
    }

    private boolean onlyNumber(Line l) {
        return Character.isDigit(l.content.charAt(0)) && pageNumber(l) > 0 && NUMBER_ONLY.matcher(l.upper()).matches();
    }

    /**
     * Page numbers count up, a page apart. A lone "12." in a speech is dialogue; the same "12." forty
     * lines after "11." is a page number.
     */
    private void markPageNumbers(List<Line> lines) {
        int last = 0;
        int lastAt = -1000;
        int page = 1;
        int top = firstPageNumber(lines);
        if (top >= 0) {
            last = pageNumber(lines.get(top));
            lastAt = top;
            page = last;
            lines.get(top).tag = LineTag.PAGE;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank && l.tag == null) {
                int n = pageNumber(l);
                boolean onlyNumber = n > 0 && onlyNumber(l);
                boolean unmistakable = n > 0 && !onlyNumber && (DASHED.matcher(l.content).matches() || l.upper().startsWith("PAGE "));
                boolean plausible = n > 0 && (
                        n == last + 1 && i - lastAt >= 12
                        || last == 0 && n <= 3 && i >= 12
                        || l.source.pageBreakBefore()
                        || unmistakable && n > last
                        || onlyNumber && n > last && i - lastAt >= 8 && (l.indent >= 45 || nextToContinued(lines, i))
                        || n > last && n <= last + 3 && i - lastAt >= 25 && !onlyNumber
                        || n > last && n <= last + 3 && i - lastAt >= 25 * (n - last) && onlyNumber);
                if (plausible) {
                    l.tag = LineTag.PAGE;
                    last = n;
                    lastAt = i;
                    page = n;
                }
            }
            if (l.source.pageBreakBefore() && l.tag != LineTag.PAGE) {
                page++;
            }
            l.page = Math.max(1, page);
        }
    }

    /**
     * A header with a revision's word and date ({@code GREEN REVISION - 11/02/26}) right by a page number is the
     * page's, however few pages print it.
     */
    private void markRevisionHeaders(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank && l.tag == null && l.hasDigit() && l.length() <= 80 && byPageNumber(lines, i)
                    && DATE.matcher(l.content).find() && grammarHeaderWord(l.upper())) {
                l.tag = LineTag.PAGE;
            }
        }
    }

    /** Whether one of the two lines with text before or after line {@code i} is a page number. */
    private static boolean byPageNumber(List<Line> lines, int i) {
        for (int step = -1; step <= 1; step += 2) {
            int seen = 0;
            for (int j = i + step; j >= 0 && j < lines.size() && seen < 2; j += step) {
                Line l = lines.get(j);
                if (l.blank) {
                    continue;
                }
                if (l.tag == LineTag.PAGE) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /**
     * A running header repeats on many pages; with its digits masked (dates, revision numbers, page
     * numbers) it is the same line every time. It counts only where it sits next to a page break or
     * names a revision, so a heading used three times is not taken for one.
     */
    private void markRepeatedHeaders(List<Line> lines) {
        // Only a line next to a page break can be a header; count how often each such line's text occurs.
        Map<String, Integer> counts = new HashMap<>();
        String[] masks = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank && l.tag == null && l.length() > 3 && (l.source.pageBreakBefore() || nearPage(lines, i))) {
                counts.put(mask(l.content), 0);
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        // Masking keeps a line's first and last characters (digits as #): a line whose ends no candidate has is
        // none of them, and is not masked and looked up.
        java.util.BitSet ends = new java.util.BitSet();
        for (String key : counts.keySet()) {
            ends.set(ends(key));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank && l.tag == null && l.length() > 3 && ends.get(ends(l.content))) {
                String key = mask(l.content);
                Integer seen = counts.get(key);
                if (seen != null) {
                    counts.put(key, seen + 1);
                    masks[i] = key;
                }
            }
        }
        Map<String, int[]> near = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (masks[i] != null && counts.get(masks[i]) >= 3
                    && (l.source.pageBreakBefore() || nearPage(lines, i))) {
                near.computeIfAbsent(masks[i], k -> new int[1])[0]++;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (masks[i] == null || l.tag != null) {
                continue;
            }
            String key = masks[i];
            int count = counts.getOrDefault(key, 0);
            if (count < 3) {
                continue;
            }
            int[] n = near.get(key);
            // a name alone may be a cue that happens to open a few pages (ROSIE after three page breaks of four):
            // a header of that shape stands by every page break it repeats at
            boolean name = l.cueShape() != null && !revisionHeader(l);
            // a scene heading that recurs (INT. STUDIO - NIGHT, three times) is no running header, however near
            // page breaks a text with few lines to a page puts it
            boolean heading = headings.prefixPlace(l.content) != null && !revisionHeader(l);
            if (n != null && !heading && (name ? n[0] == count : n[0] * 10 >= count * 6 || revisionHeader(l))) {
                l.tag = LineTag.PAGE;
            }
        }
    }

    private boolean revisionHeader(Line l) {
        return l.hasDigit() && DATE.matcher(l.content).find() || grammarHeaderWord(l.upper());
    }

    /** A line beside {@code (CONTINUED)} or {@code CONTINUED:}, which only page breaks print. */
    private boolean nextToContinued(List<Line> lines, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
            Line l = lines.get(j);
            if (j != i && !l.blank && continuedLine(l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearPage(List<Line> lines, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
            if (j != i && lines.get(j).tag == LineTag.PAGE) {
                return true;
            }
        }
        return false;
    }

    /** The first and last characters of a line as its {@link #mask} has them, in 16 bits. */
    private static int ends(String s) {
        return (masked(s.charAt(0)) * 31 + masked(s.charAt(s.length() - 1))) & 0xFFFF;
    }

    private static char masked(char c) {
        return c >= '0' && c <= '9' ? '#' : c;
    }

    /** The line with every run of digits as {@code #} and every run of spaces as one space. */
    private static String mask(String s) {
        if (!hasDigit(s) && s.indexOf("  ") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (b.length() == 0 || b.charAt(b.length() - 1) != '#') {
                    b.append('#');
                }
            } else if (c == ' ') {
                if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A CONTINUED line in any of its forms, {@code (CONTINUED)}, {@code CONTINUED:}, {@code CONTINUED: (2)}, with the
     * script's language's word (grammar {@code page.continued}: {@code SUITE :}, {@code (CONTINÚA)}).
     */
    boolean continued(String upper) {
        if (upper.length() > 24) {
            return false;
        }
        int end = upper.length();
        // the page's count after it: CONTINUED: (2), CONTINUED 2
        int open = upper.endsWith(")") ? upper.lastIndexOf('(') : -1;
        if (open >= 0 && open + 2 < end && digits(upper, open + 1, end - 1)) {
            end = open;
        }
        while (end > 0 && Character.isDigit(upper.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (end > start && " :)".indexOf(upper.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && " (".indexOf(upper.charAt(start)) >= 0) {
            start++;
        }
        return start < end && grammar.has("page.continued", upper.substring(start, end));
    }

    private static boolean digits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code (MORE)}, and the cue that resumes a speech after a page break; {@code CONTINUED:} lines. */
    private void markSpeechBreaks(List<Line> lines) {
        boolean afterMore = false;
        for (Line l : lines) {
            if (l.blank) {
                continue;
            }
            if (l.tag == LineTag.PAGE) {
                continue;
            }
            if (l.content.startsWith("(") && l.length() <= 24
                    && (grammar.has("page.more", l.upper()) || grammar.has("page.more", l.upper().replace(" ", "")))) {
                l.tag = LineTag.PAGE;
                afterMore = true;
                continue;
            }
            if (continuedLine(l)) {
                l.tag = LineTag.PAGE;
                continue; // a speech cut by the page goes on past it
            }
            if (afterMore) {
                afterMore = false;
                CharacterCue cue = l.cueShape();
                if (cue != null && grammar.hasAny("cue.continued", cue.extensions())) {
                    l.tag = LineTag.PAGE;
                    continue;
                }
            }
        }
    }
}

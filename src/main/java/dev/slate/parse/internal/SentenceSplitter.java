package dev.slate.parse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph of action into sentences with OpenNLP's English sentence detector (the UD EWT
 * model from the opennlp-models-sentdetect-en artifact, read from the classpath), then mends the
 * splits screen text gets wrong: after a title or abbreviation ({@code Mrs.}, {@code Dr.},
 * {@code a.m.}), inside parentheses ({@code (O.S.)}), and before a lowercase continuation.
 *
 * <p>Most paragraphs of action need no model: every place a sentence could end is a stop, a space and a
 * capital after an ordinary word. Those are split where they stand; the detector runs on the paragraphs
 * where some boundary is in doubt (an abbreviation, an initial, a parenthesis, quotes, a lowercase
 * word after a stop). It is the most expensive step of a parse, so it runs only where it decides.
 *
 * <p>One detector per parse: the model is shared, the detector is not thread-safe.
 */
final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static volatile SentenceModel model;

    /** The grammar's {@code abbreviation}s, in capitals: a period after one ends no sentence. */
    private final Set<String> abbreviations;
    /** The longest of them, its period included: the look back for one stops there. */
    private final int longestAbbreviation;

    /** Made on the first paragraph that needs it: most scripts' paragraphs never do, and loading the model costs. */
    private SentenceDetectorME detector;

    SentenceSplitter(Grammar grammar) {
        this.abbreviations = grammar.entries("abbreviation");
        this.longestAbbreviation = grammar.longest("abbreviation");
    }

    /** The shared model, loaded now if it is not yet. */
    static void loadModel() {
        model();
    }

    private static SentenceModel model() {
        SentenceModel m = model;
        if (m == null) {
            synchronized (SentenceSplitter.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("sentence model " + MODEL + " is missing from the classpath");
                        }
                        model = m = new SentenceModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return m;
    }

    /** Sentence spans as [start, end) character offsets into {@code text}. */
    List<int[]> split(String text) {
        if (!mayHaveSeveral(text)) {
            List<int[]> one = new ArrayList<>(1);
            one.add(new int[] {0, text.length()});
            return one;
        }
        List<int[]> plain = plainSplit(text);
        if (plain != null) {
            return plain;
        }
        if (hasWordLongerThan(text, LONGEST_WORD)) {
            return stopSplit(text);
        }
        if (detector == null) {
            detector = new SentenceDetectorME(model());
        }
        Span[] spans = detector.sentPosDetect(text);
        List<int[]> out = new ArrayList<>(spans.length);
        // What the last sentence so far leaves open, kept as it grows: recounting it on every join made a
        // paragraph with an unclosed parenthesis quadratic.
        Openings open = new Openings();
        for (Span s : spans) {
            int[] span = {s.getStart(), s.getEnd()};
            if (!out.isEmpty() && (open.any() || mustJoin(text, out.get(out.size() - 1), span))) {
                out.get(out.size() - 1)[1] = span[1];
            } else {
                out.add(span);
                open.clear();
            }
            open.scan(text, span[0], span[1]);
        }
        splitAfterQuotations(text, out);
        if (out.isEmpty() && !text.isBlank()) {
            out.add(new int[] {0, text.length()});
        }
        return out;
    }

    /**
     * The sentences when every candidate boundary is clear-cut ({@code word. Capital}), or null when one
     * is not and the detector must decide.
     */
    private List<int[]> plainSplit(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || c == '"' || c == ';' || c == ':' || c == '…' || Openings.isQuotation(c)) {
                return null;
            }
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                int next = i + 1;
                while (next < n && text.charAt(next) == ' ') {
                    next++;
                }
                if (next == n) {
                    break;
                }
                char after = text.charAt(next);
                if (Shapes.isAsciiDigit(after)) {
                    continue; // see mustJoin
                }
                if (!Character.isUpperCase(after) || c == '.' && !ordinaryWordBefore(text, start, i)) {
                    return null;
                }
                out.add(new int[] {start, i + 1});
                start = next;
            }
        }
        out.add(new int[] {start, n});
        return out;
    }

    /** The word before a period is an ordinary word: not an abbreviation, an initial or a number. */
    private boolean ordinaryWordBefore(String text, int from, int period) {
        int b = period;
        while (b > from && text.charAt(b - 1) != ' ') {
            b--;
        }
        if (period - b <= 1 || abbreviation(text, b, period)) {
            return false;
        }
        for (int i = b; i < period; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * No word of a script is longer: a run of characters with no space longer than this is damage, and the detector
     * looks for the next space after every stop in it, which took minutes on a line of megabytes with stops in it.
     */
    private static final int LONGEST_WORD = 200;

    private static boolean hasWordLongerThan(String text, int limit) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > limit) {
                return true; // no need to read the rest of a damaged paragraph of megabytes
            }
        }
        return false;
    }

    /**
     * Sentences ended at every stop followed by a space but after an abbreviation ({@code Mr.}), without the
     * detector: for damaged text (see LONGEST_WORD).
     */
    private List<int[]> stopSplit(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && text.charAt(i + 1) == ' ' && !abbreviationAt(text, i)) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
                while (start < n && text.charAt(start) == ' ') {
                    start++;
                }
                i = start - 1;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    /** Whether the period at {@code period} ends an abbreviation of the grammar's. */
    private boolean abbreviationAt(String text, int period) {
        if (text.charAt(period) != '.') {
            return false;
        }
        int b = period;
        while (b > 0 && text.charAt(b - 1) != ' ' && period - b < longestAbbreviation) {
            b--;
        }
        return (b == 0 || text.charAt(b - 1) == ' ') && abbreviation(text, b, period);
    }

    /** Whether the word from {@code b} to the period at {@code period}, with it, is an abbreviation of the grammar's. */
    private boolean abbreviation(String text, int b, int period) {
        return period - b < longestAbbreviation
                && abbreviations.contains(text.substring(b, period + 1).toUpperCase(Locale.ROOT));
    }

    /** A sentence can only end before the text's end at a stop followed by a space. */
    private static boolean mayHaveSeveral(String text) {
        int end = text.length() - 1;
        while (end > 0 && text.charAt(end) == ' ') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';') && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private boolean mustJoin(String text, int[] previous, int[] next) {
        int n = next[0];
        while (n < next[1] && text.charAt(n) == ' ') {
            n++;
        }
        // Screen prose spells out a number that opens a sentence, so a number after a stop goes on with what is
        // before it: EST. 1961, MOBILITY 34%... 61%..., a label's «L-5. 12/03.»
        if (n == next[1] || Character.isLowerCase(text.charAt(n)) || Shapes.isAsciiDigit(text.charAt(n))) {
            return true;
        }
        int end = previous[1];
        while (end > previous[0] && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        // no abbreviation is longer than the grammar's longest, so the look back stops there
        int longest = Math.max(longestAbbreviation, 6);
        while (start > previous[0] && end - start <= longest && text.charAt(start - 1) != ' ') {
            start--;
        }
        if (end - start <= longest && end > start && text.charAt(end - 1) == '.') {
            String lastWord = text.substring(start, end).toUpperCase(Locale.ROOT);
            if (abbreviations.contains(lastWord) || isInitial(lastWord)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends a sentence after a quotation that closes on a stop, before a capital ({@code « Aucune connexion. »
     * Elle soupire.}): the detector, trained on English, does not know guillemets.
     */
    private static void splitAfterQuotations(String text, List<int[]> out) {
        for (int k = 0; k < out.size(); k++) {
            int[] span = out.get(k);
            Openings open = new Openings();
            for (int i = span[0]; i < span[1] - 1; i++) {
                char c = text.charAt(i);
                open.scan(text, i, i + 1);
                if ((c == '"' || Openings.isQuotation(c)) && !open.any() && stopBefore(text, span[0], i)) {
                    int next = i + 1;
                    while (next < span[1] && text.charAt(next) == ' ') {
                        next++;
                    }
                    if (next > i + 1 && next < span[1] && Character.isUpperCase(text.charAt(next))) {
                        out.add(k + 1, new int[] {next, span[1]});
                        span[1] = i + 1;
                        break; // what follows is the next span, looked at in turn
                    }
                }
            }
        }
    }

    /** The last character before {@code i} that is not a space, from {@code from} on, ends a sentence. */
    private static boolean stopBefore(String text, int from, int i) {
        int b = i - 1;
        while (b >= from && text.charAt(b) == ' ') {
            b--;
        }
        if (b < from) {
            return false;
        }
        char c = text.charAt(b);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }


    /**
     * The parentheses and quotations a sentence leaves open so far: no sentence ends inside one, so that a quoted
     * sign or note of several sentences ({@code “Come home. We miss you.”}, {@code « Aucune connexion. »}) stays in
     * the sentence that quotes it.
     */
    static final class Openings {
        private int parentheses;
        /** Guillemets open, counted from whichever of « and » came first: French and Spanish open with «, German with ». */
        private int guillemets;
        private char guillemetOpening;
        /** Curly double quotes open: “ to ”, or German „ to “. */
        private int curly;
        private int low;
        /** Straight double quotes are open after an odd number of them. */
        private boolean straight;

        static boolean isQuotation(char c) {
            return c == '«' || c == '»' || c == '“' || c == '”' || c == '„';
        }

        void clear() {
            parentheses = 0;
            guillemets = 0;
            curly = 0;
            low = 0;
            straight = false;
        }

        boolean any() {
            return parentheses > 0 || guillemets > 0 || curly > 0 || low > 0 || straight;
        }

        void scan(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '(' -> parentheses++;
                    case ')' -> parentheses--;
                    case '"' -> straight = !straight;
                    case '«', '»' -> {
                        if (guillemets <= 0) {
                            guillemetOpening = c;
                            guillemets = 1;
                        } else {
                            guillemets += c == guillemetOpening ? 1 : -1;
                        }
                    }
                    case '„' -> low++;
                    case '“' -> {
                        if (low > 0) {
                            low--;
                        } else {
                            curly++;
                        }
                    }
                    case '”' -> curly = Math.max(0, curly - 1);
                    default -> { }
                }
            }
        }
    }

    /** {@code J.} or {@code (J.}: an initial, not the end of a sentence. */
    private static boolean isInitial(String word) {
        String w = word.startsWith("(") ? word.substring(1) : word;
        return w.length() == 2 && w.charAt(1) == '.' && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z';
    }

}

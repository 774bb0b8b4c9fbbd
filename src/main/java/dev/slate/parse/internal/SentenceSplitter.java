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
 * {@code a.m.}), inside parentheses ({@code (O.S.)}), and before a lowercase continuation. One
 * detector per parse: the model is shared, the detector is not thread-safe.
 */
final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static volatile SentenceModel model;

    private static final Set<String> ABBREVIATIONS = Set.of("MR.", "MRS.", "MS.", "DR.", "ST.", "JR.", "SR.", "PROF.",
            "SGT.", "LT.", "CAPT.", "COL.", "GEN.", "REV.", "NO.", "VS.", "ETC.", "E.G.", "I.E.", "A.M.", "P.M.", "V.O.",
            "O.S.", "O.C.", "MT.", "FT.", "MME.", "MLLE.", "SRA.", "HR.", "FR.", "DRA.", "STR.");

    private final SentenceDetectorME detector = new SentenceDetectorME(model());

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
        Span[] spans = detector.sentPosDetect(text);
        List<int[]> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            int[] span = {s.getStart(), s.getEnd()};
            if (!out.isEmpty() && mustJoin(text, out.get(out.size() - 1), span)) {
                out.get(out.size() - 1)[1] = span[1];
            } else {
                out.add(span);
            }
        }
        if (out.isEmpty() && !text.isBlank()) {
            out.add(new int[] {0, text.length()});
        }
        return out;
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

    private static boolean mustJoin(String text, int[] previous, int[] next) {
        String prev = text.substring(previous[0], previous[1]).strip();
        String nextText = text.substring(next[0], next[1]).strip();
        if (nextText.isEmpty() || Character.isLowerCase(nextText.charAt(0))) {
            return true;
        }
        int space = prev.lastIndexOf(' ');
        String lastWord = (space < 0 ? prev : prev.substring(space + 1)).toUpperCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lastWord) || lastWord.matches("\\(?[A-Z]\\.")) {
            return true;
        }
        return count(prev, '(') > count(prev, ')');
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}

package dev.slate.corpus;

import dev.slate.parse.LineTag;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.DecodedText;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the parser against the corpus gold: per-tag precision, recall and F1, macro-F1, line
 * accuracy and the speaker of dialogue lines, for each layout (as written; flattened: every line's
 * indentation removed, gold unchanged; tight: flattened and every blank line removed too, the gold's line
 * numbers followed to where their lines went).
 */
public final class CorpusAccuracy {

    public enum Layout { INDENTED, FLATTENED, TIGHT }

    /**
     * A script's text in a layout, and where each of its lines went: {@code lineAt[n]} is the 1-based number in
     * {@code text} of line {@code n} of the script as written (0 for a blank line that was removed).
     */
    public record Reshaped(String text, int[] lineAt) {
        public int line(int original) {
            return original < lineAt.length ? lineAt[original] : 0;
        }
    }

    /** The text in a layout. A blank line removed with a page break in it hands the break on to the next line kept. */
    public static Reshaped reshape(String text, Layout layout) {
        String shaped = layout == Layout.INDENTED ? text : flatten(text);
        String[] lines = shaped.split("\n", -1);
        int[] at = new int[lines.length + 1];
        if (layout != Layout.TIGHT) {
            for (int i = 1; i <= lines.length; i++) {
                at[i] = i;
            }
            return new Reshaped(shaped, at);
        }
        StringBuilder b = new StringBuilder(shaped.length());
        int kept = 0;
        boolean pageBreak = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.replace("\f", "").replace("\r", "").isBlank()) {
                pageBreak |= line.indexOf('\f') >= 0;
                continue;
            }
            if (kept > 0) {
                b.append('\n');
            }
            b.append(pageBreak && line.indexOf('\f') < 0 ? "\f" + line : line);
            pageBreak = false;
            at[i + 1] = ++kept;
        }
        return new Reshaped(b.append('\n').toString(), at);
    }

    /** One gold row. */
    record Gold(int line, String tag, String speaker, String text) {
    }

    /** A line the parser got wrong. */
    public record Miss(String script, int line, String goldTag, String goldSpeaker, String tag, String speaker, String text) {
        @Override
        public String toString() {
            return script + ":" + line + " gold " + goldTag + (goldSpeaker.isEmpty() ? "" : "(" + goldSpeaker + ")") + " got "
                    + tag + (speaker.isEmpty() ? "" : "(" + speaker + ")") + "  | " + text;
        }
    }

    /** Counts for one layout over the whole corpus. */
    public static final class Score {
        final Map<String, int[]> perTag = new TreeMap<>(); // tp, fp, fn
        int lines;
        int correct;
        int dialogueLines;
        int dialogueSpeakerRight;
        final List<Miss> misses = new ArrayList<>();

        public double f1(String tag) {
            int[] c = perTag.getOrDefault(tag, new int[3]);
            double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double precision(String tag) {
            int[] c = perTag.getOrDefault(tag, new int[3]);
            return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
        }

        public double recall(String tag) {
            int[] c = perTag.getOrDefault(tag, new int[3]);
            return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
        }

        /** Mean F1 over the tags the gold uses. */
        public double macroF1() {
            return goldTags().stream().mapToDouble(this::f1).average().orElse(1);
        }

        public List<String> goldTags() {
            List<String> tags = new ArrayList<>();
            perTag.forEach((t, c) -> {
                if (c[0] + c[2] > 0) {
                    tags.add(t);
                }
            });
            return tags;
        }

        public int support(String tag) {
            int[] c = perTag.getOrDefault(tag, new int[3]);
            return c[0] + c[2];
        }

        public double lineAccuracy() {
            return lines == 0 ? 1 : correct / (double) lines;
        }

        public double speakerAccuracy() {
            return dialogueLines == 0 ? 1 : dialogueSpeakerRight / (double) dialogueLines;
        }

        public List<Miss> misses() {
            return misses;
        }

        /** Counts one gold line against what the parser gave it ({@code (none)} when it gave nothing). */
        void count(String script, int line, String goldTag, String goldSpeaker, String tag, String speaker, String text) {
            lines++;
            perTag.computeIfAbsent(goldTag, k -> new int[3]);
            perTag.computeIfAbsent(tag, k -> new int[3]);
            if (tag.equals(goldTag)) {
                correct++;
                perTag.get(tag)[0]++;
            } else {
                perTag.get(tag)[1]++;
                perTag.get(goldTag)[2]++;
            }
            if (goldTag.equals(LineTag.DIALOGUE.name())) {
                dialogueLines++;
                if (speaker.equals(goldSpeaker)) {
                    dialogueSpeakerRight++;
                }
            }
            if (!tag.equals(goldTag) || !speaker.equals(goldSpeaker)) {
                misses.add(new Miss(script, line, goldTag, goldSpeaker, tag, speaker, text));
            }
        }

        /** Counts a line the parser tagged where the gold has no line: a false positive of its tag. */
        void countExtra(String script, int line, String tag, String speaker, String text) {
            perTag.computeIfAbsent(tag, k -> new int[3])[1]++;
            misses.add(new Miss(script, line, "(none)", "", tag, speaker, text));
        }
    }

    private final ScreenplayParser parser;

    public CorpusAccuracy(ScreenplayParser parser) {
        this.parser = parser;
    }

    /** The corpus scripts: every folder with a rendered .txt and its gold. */
    public static List<Path> scripts(Path corpus) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
                Path txt = d.resolve(d.getFileName() + ".txt");
                if (Files.isDirectory(d) && Files.exists(txt) && Files.exists(d.resolve(d.getFileName() + ".tags.tsv"))) {
                    out.add(txt);
                }
            }
        }
        return out;
    }


    /** Each corpus script in each layout, as parameterized tests take them: its name, the layout, its text file. */
    static Stream<org.junit.jupiter.params.provider.Arguments> scriptsInEachLayout() throws IOException {
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        for (Path txt : scripts(Path.of("corpus"))) {
            for (Layout layout : Layout.values()) {
                out.add(org.junit.jupiter.params.provider.Arguments.of(txt.getFileName().toString().replaceFirst("\\.txt$", ""),
                        layout, txt));
            }
        }
        return out.stream();
    }

    /** Every line's leading whitespace removed; lines, line endings and page breaks kept. */
    public static String flatten(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                b.append(c);
            } else if (lineStart && (c == ' ' || c == '\t' || c == '\u00A0')) {
                continue;
            } else {
                if (c != '\f') {
                    lineStart = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static List<Gold> gold(Path txt) throws IOException {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        return goldRows(txt.resolveSibling(name + ".tags.tsv"));
    }

    /** The rows of a gold {@code .tags.tsv} file. */
    static List<Gold> goldRows(Path tsv) throws IOException {
        List<Gold> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            rows.add(new Gold(Integer.parseInt(f[0]), f[1], f[2], f.length > 3 ? f[3] : ""));
        }
        return rows;
    }

    public Score score(List<Path> scripts, Layout layout) throws IOException {
        Score s = new Score();
        for (Path txt : scripts) {
            score(txt, layout, s);
        }
        return s;
    }

    void score(Path txt, Layout layout, Score s) throws IOException {
        String script = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(txt));
        Reshaped shaped = reshape(decoded.text(), layout);
        score(script, parser.parse(ScriptText.of(shaped.text(), decoded.charset())), gold(txt), s, shaped::line);
    }

    /** Adds one parsed script's lines, against its gold rows, to a score. */
    public static void score(String script, Screenplay parsed, List<Gold> gold, Score s) {
        score(script, parsed, gold, s, n -> n);
    }

    /** The same, for a script whose lines moved: {@code lineAt} says where each gold line went. */
    static void score(String script, Screenplay parsed, List<Gold> gold, Score s, java.util.function.IntUnaryOperator lineAt) {
        Map<Integer, TaggedLine> got = new HashMap<>();
        for (TaggedLine l : parsed.lines()) {
            got.put(l.number(), l);
        }
        for (Gold g : gold) {
            TaggedLine p = got.get(lineAt.applyAsInt(g.line()));
            String tag = p == null ? "(none)" : p.tag().name();
            String speaker = p == null ? "" : p.speaker();
            s.count(script, g.line(), g.tag(), g.speaker(), tag, speaker, g.text());
        }
    }

    /** A Markdown table of the scores for the README. */
    public static String table(Map<Layout, Score> scores) {
        Map<String, Score> named = new java.util.LinkedHashMap<>();
        scores.forEach((l, score) -> named.put(l.name().toLowerCase(Locale.ROOT), score));
        return namedTable(named);
    }

    /** The same table for scores named freely (a layout, a format). */
    public static String table(java.util.LinkedHashMap<String, Score> scores) {
        return namedTable(scores);
    }

    /** A Markdown table of scores, one column group per name, the rows from the first score's gold tags. */
    public static String namedTable(Map<String, Score> scores) {
        StringBuilder b = new StringBuilder();
        b.append("| tag | support |");
        for (String name : scores.keySet()) {
            b.append(' ').append(name).append(" P | R | F1 |");
        }
        b.append('\n').append("|---|---:|");
        scores.keySet().forEach(l -> b.append("---:|---:|---:|"));
        b.append('\n');
        Score first = scores.values().iterator().next();
        for (String tag : first.goldTags()) {
            b.append("| ").append(tag).append(" | ").append(first.support(tag)).append(" |");
            for (Score s : scores.values()) {
                b.append(String.format(Locale.ROOT, " %.3f | %.3f | %.3f |", s.precision(tag), s.recall(tag), s.f1(tag)));
            }
            b.append('\n');
        }
        b.append("| **macro-F1** | |");
        scores.values().forEach(s -> b.append(String.format(Locale.ROOT, " | | **%.4f** |", s.macroF1())));
        b.append('\n').append("| **line accuracy** | |");
        scores.values().forEach(s -> b.append(String.format(Locale.ROOT, " | | **%.4f** |", s.lineAccuracy())));
        b.append('\n').append("| **speaker of dialogue lines** | |");
        scores.values().forEach(s -> b.append(String.format(Locale.ROOT, " | | **%.4f** |", s.speakerAccuracy())));
        return b.append('\n').toString();
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        int show = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        CorpusAccuracy acc = new CorpusAccuracy(ScreenplayParser.builder().build());
        List<Path> scripts = scripts(corpus);
        Map<Layout, Score> scores = new EnumMap<>(Layout.class);
        for (Layout layout : Layout.values()) {
            scores.put(layout, acc.score(scripts, layout));
        }
        System.out.println(table(scores));
        for (Layout layout : Layout.values()) {
            List<Miss> misses = scores.get(layout).misses();
            System.out.println("== " + layout + ": " + misses.size() + " misses");
            Map<String, Integer> confusion = new TreeMap<>();
            misses.forEach(m -> confusion.merge(m.goldTag() + "->" + m.tag(), 1, Integer::sum));
            System.out.println(confusion);
            misses.stream().limit(show).forEach(System.out::println);
        }
    }
}

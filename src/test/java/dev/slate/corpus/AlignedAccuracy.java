package dev.slate.corpus;

import dev.slate.corpus.CorpusAccuracy.Gold;
import dev.slate.corpus.CorpusAccuracy.Miss;
import dev.slate.corpus.CorpusAccuracy.Score;
import dev.slate.parse.LineTag;
import dev.slate.parse.Screenplay;
import dev.slate.parse.TaggedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Scores a parse of a script read from another format (a PDF) against the gold of the script as text.
 * The two texts number their lines differently, so lines are aligned by content: the letters and digits
 * of each non-blank line, in order (a longest common subsequence), then, between two aligned lines, as
 * lines left over on each side aligned word by word, each gold line going with the line that holds most of
 * its words (a PDF tool that wraps lines at another width, a character outside the PDF's encoding). A
 * gold line left unaligned counts as a miss; a line only the PDF has (a page number it added) is not
 * scored.
 */
final class AlignedAccuracy {
    private static final Pattern SCENE_NUMBERS = Pattern.compile("^\\d+[A-Z]?\\s+|\\s+\\d+[A-Z]?[\\s*]*$");

    private AlignedAccuracy() {
    }

    /** Adds the gold rows that {@code keep} accepts to {@code s}, scored against {@code parsed}. */
    static void score(String script, List<Gold> allGold, Predicate<Gold> keep, Screenplay parsed, Score s) {
        List<Gold> gold = allGold.stream().filter(keep).toList();
        List<TaggedLine> got = parsed.lines().stream().filter(l -> !key(l.text()).isEmpty()).toList();
        TaggedLine[] match = align(gold, got);
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            TaggedLine p = match[i];
            String tag = p == null ? "(none)" : p.tag().name();
            String speaker = p == null ? "" : p.speaker();
            s.lines++;
            s.perTag.computeIfAbsent(g.tag(), k -> new int[3]);
            s.perTag.computeIfAbsent(tag, k -> new int[3]);
            if (tag.equals(g.tag())) {
                s.correct++;
                s.perTag.get(tag)[0]++;
            } else {
                s.perTag.get(tag)[1]++;
                s.perTag.get(g.tag())[2]++;
            }
            if (g.tag().equals(LineTag.DIALOGUE.name())) {
                s.dialogueLines++;
                if (speaker.equals(g.speaker())) {
                    s.dialogueSpeakerRight++;
                }
            }
            if (!tag.equals(g.tag()) || !speaker.equals(g.speaker())) {
                s.misses.add(new Miss(script, g.line(), g.tag(), g.speaker(), tag, speaker, g.text()));
            }
        }
    }

    /** For each gold row, the parsed line it aligns with, or null. */
    static TaggedLine[] align(List<Gold> gold, List<TaggedLine> got) {
        int n = gold.size();
        int m = got.size();
        String[] a = gold.stream().map(g -> key(g.text())).toArray(String[]::new);
        String[] b = got.stream().map(l -> key(l.text())).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        TaggedLine[] match = new TaggedLine[n];
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[i].equals(b[j])) {
                pairs.add(new int[] {i++, j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        pairs.add(new int[] {n, m});
        int pi = -1;
        int pj = -1;
        for (int[] p : pairs) {
            alignWords(gold, got, pi + 1, p[0], pj + 1, p[1], match);
            if (p[0] < n) {
                match[p[0]] = got.get(p[1]);
            }
            pi = p[0];
            pj = p[1];
        }
        return match;
    }

    /**
     * Between two aligned lines, the lines one text wrapped differently from the other: each gold line goes
     * with the line that holds most of its words (words aligned in order).
     */
    private static void alignWords(List<Gold> gold, List<TaggedLine> got, int g0, int g1, int p0, int p1,
            TaggedLine[] match) {
        if (g0 >= g1 || p0 >= p1) {
            return;
        }
        List<String> a = new ArrayList<>();
        List<Integer> aLine = new ArrayList<>();
        for (int i = g0; i < g1; i++) {
            for (String w : words(gold.get(i).text())) {
                a.add(w);
                aLine.add(i);
            }
        }
        List<String> b = new ArrayList<>();
        List<Integer> bLine = new ArrayList<>();
        for (int j = p0; j < p1; j++) {
            for (String w : words(got.get(j).text())) {
                b.add(w);
                bLine.add(j);
            }
        }
        if ((long) a.size() * b.size() > 4_000_000L) {
            return;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[][] votes = new int[g1 - g0][p1 - p0];
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                votes[aLine.get(i) - g0][bLine.get(j) - p0]++;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int g = 0; g < votes.length; g++) {
            int best = -1;
            for (int p = 0; p < votes[g].length; p++) {
                if (votes[g][p] > 0 && (best < 0 || votes[g][p] > votes[g][best])) {
                    best = p;
                }
            }
            int total = words(gold.get(g0 + g).text()).size();
            if (best >= 0 && votes[g][best] * 2 >= total) {
                match[g0 + g] = got.get(p0 + best);
            }
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String k = key(w);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** A line's letters and digits, lower case, without scene numbers at either end. */
    static String key(String text) {
        String t = SCENE_NUMBERS.matcher(text.strip()).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }
}

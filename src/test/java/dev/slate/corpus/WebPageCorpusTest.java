package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.corpus.CorpusAccuracy.Gold;
import dev.slate.corpus.CorpusAccuracy.Layout;
import dev.slate.corpus.CorpusAccuracy.Score;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus as it reaches people from the web and from word processors: each script as a script archive's page
 * (the script in a {@code <pre>} block nested in another, headings and cues in {@code <b>}, characters as
 * references), and each with one line per element however long (text copied from a word processor or a web
 * page), with blank lines between elements or none, as text and as a word processor's page.
 */
class WebPageCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();
    private static final Set<String> BOLD = Set.of("HEADING", "CHARACTER", "TRANSITION");

    static Stream<Path> scripts() throws IOException {
        return CorpusAccuracy.scripts(CORPUS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void anArchivePageReadsAsTheScriptItHolds(Path txt) throws Exception {
        String text = TextDecoder.decode(Files.readAllBytes(txt)).text();
        byte[] page = archivePage(text, CorpusAccuracy.gold(txt), new Random(txt.getFileName().toString().hashCode()));

        ScriptText read = ScriptSources.read(page, ScriptFormat.detect(null, txt.getFileName().toString(), null, page));

        assertThat(read.format()).isEqualTo(ScriptFormat.HTML);
        // the block's first line holds the nested page's tags alone
        assertThat(read.text()).isEqualTo("\n" + text);
        assertThat(tags(PARSER.parse(read).lines(), 1)).isEqualTo(tags(PARSER.parse(ScriptText.of(text)).lines(), 0));
    }

    @Test
    void oneLinePerElementWithBlankLinesBetweenReadsAsWellAsThePrintedPage() throws IOException {
        Score s = scoreUnwrapped(true);
        assertThat(s.macroF1()).as("misses: %s", s.misses()).isGreaterThanOrEqualTo(0.999);
        assertThat(s.speakerAccuracy()).as("misses: %s", s.misses()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void oneLinePerElementWithNoBlankLineReadsAsWell() throws IOException {
        Score s = scoreUnwrapped(false);
        assertThat(s.macroF1()).as("misses: %s", s.misses()).isGreaterThanOrEqualTo(0.999);
        assertThat(s.speakerAccuracy()).as("misses: %s", s.misses()).isGreaterThanOrEqualTo(0.999);
    }

    /**
     * A word processor's paragraph spacing copied as a blank line under every paragraph, a cue's and a
     * parenthetical's too: the blank lines between a cue and its words are spacing, the others set paragraphs apart.
     */
    @Test
    void oneLinePerElementWithABlankLineUnderEachReadsAsWell() throws IOException {
        Score s = scoreSpacedParagraphs();
        assertThat(s.macroF1()).as("misses: %s", s.misses()).isGreaterThanOrEqualTo(0.999);
        assertThat(s.speakerAccuracy()).as("misses: %s", s.misses()).isGreaterThanOrEqualTo(0.999);
    }

    /**
     * Cues a page shows in capitals by its style and copies in title case ({@code Mrs. Patel} over her words), in
     * each layout. Before 2026-11-22: macro-F1 0.9689, 0.9703, 0.9599.
     */
    @Test
    void cuesInTitleCaseReadAsCues() throws IOException {
        for (Layout layout : Layout.values()) {
            Score s = scoreTitleCaseCues(layout);
            assertThat(s.macroF1()).as("%s misses: %s", layout, s.misses()).isGreaterThanOrEqualTo(layout == Layout.TIGHT ? 0.99 : 0.995);
        }
    }

    static Score scoreTitleCaseCues(Layout layout) throws IOException {
        Score s = new Score();
        for (Path txt : CorpusAccuracy.scripts(CORPUS)) {
            List<Gold> gold = CorpusAccuracy.gold(txt);
            Set<Integer> cues = new java.util.HashSet<>();
            gold.stream().filter(g -> g.tag().equals("CHARACTER")).forEach(g -> cues.add(g.line()));
            String[] lines = TextDecoder.decode(Files.readAllBytes(txt)).text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (cues.contains(i + 1)) {
                    String name = lines[i].strip();
                    lines[i] = lines[i].substring(0, lines[i].indexOf(name)) + titleCase(name);
                }
            }
            CorpusAccuracy.Reshaped shaped = CorpusAccuracy.reshape(String.join("\n", lines), layout);
            CorpusAccuracy.score(txt.getFileName().toString(), PARSER.parse(ScriptText.of(shaped.text())), gold, s, shaped::line);
        }
        return s;
    }

    /** {@code DR. O'NEIL (V.O.)} as {@code Dr. O'Neil (V.o.)}: each word's first letter a capital, and one after O'. */
    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean up = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = c == ' ' || c == '(' || c == '\'' && i == 1;
        }
        return b.toString();
    }

    static Score scoreSpacedParagraphs() throws IOException {
        Score s = new Score();
        for (Path txt : CorpusAccuracy.scripts(CORPUS)) {
            List<Gold> gold = CorpusAccuracy.gold(txt);
            Unwrapped u = unwrap(TextDecoder.decode(Files.readAllBytes(txt)).text(), gold, true);
            String[] lines = u.text().split("\n", -1);
            StringBuilder spaced = new StringBuilder();
            int[] moved = new int[lines.length + 1];
            int n = 0;
            for (int i = 0; i < lines.length; i++) {
                spaced.append(i > 0 ? "\n" : "").append(lines[i]);
                moved[i + 1] = ++n;
                if (!lines[i].isEmpty() && i + 1 < lines.length && !lines[i + 1].isEmpty()) {
                    spaced.append('\n');
                    n++;
                }
            }
            CorpusAccuracy.score(txt.getFileName().toString(), PARSER.parse(ScriptText.of(spaced.toString())), gold, s,
                    k -> k < u.lineAt().length ? moved[u.lineAt()[k]] : 0);
        }
        return s;
    }

    public static void main(String[] args) throws IOException {
        Score s = scoreSpacedParagraphs();
        System.out.printf("macro-F1 %.4f speaker %.4f misses %d%n", s.macroF1(), s.speakerAccuracy(), s.misses().size());
        for (Layout layout : Layout.values()) {
            Score t = scoreTitleCaseCues(layout);
            System.out.printf("title-case cues %s: macro-F1 %.4f speaker %.4f%n", layout, t.macroF1(), t.speakerAccuracy());
        }
        s.misses().stream().limit(args.length > 0 ? Integer.parseInt(args[0]) : 0).forEach(System.out::println);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void aWordProcessorsPageReadsAsItsTextOneLinePerElement(Path txt) throws Exception {
        String text = TextDecoder.decode(Files.readAllBytes(txt)).text();
        Unwrapped unwrapped = unwrap(text, CorpusAccuracy.gold(txt), true);
        StringBuilder page = new StringBuilder("<html><head><style>p { margin: 0 }</style></head><body>\n");
        for (String line : unwrapped.text().split("\n", -1)) {
            page.append(line.isEmpty() ? "<p class=\"c2\">&nbsp;</p>" : "<p class=\"c1\"><span>" + escape(line) + "</span></p>")
                    .append('\n');
        }
        page.append("</body></html>\n");

        ScriptText read = ScriptSources.read(page.toString().getBytes(StandardCharsets.UTF_8), null);

        assertThat(tags(PARSER.parse(read).lines(), 0)).isEqualTo(tags(PARSER.parse(ScriptText.of(unwrapped.text())).lines(), 0));
    }

    private static Score scoreUnwrapped(boolean blankLines) throws IOException {
        Score s = new Score();
        for (Path txt : CorpusAccuracy.scripts(CORPUS)) {
            List<Gold> gold = CorpusAccuracy.gold(txt);
            Unwrapped u = unwrap(TextDecoder.decode(Files.readAllBytes(txt)).text(), gold, blankLines);
            CorpusAccuracy.score(txt.getFileName().toString(), PARSER.parse(ScriptText.of(u.text())), gold, s,
                    n -> n < u.lineAt().length ? u.lineAt()[n] : 0);
        }
        return s;
    }

    /** A script with each paragraph of action and each speech's words on one line; {@code lineAt} as in Reshaped. */
    record Unwrapped(String text, int[] lineAt) {
    }

    /**
     * The gold says which lines are one element: the lines of a paragraph of action, or of a speech's words, are
     * joined into one, their indentation gone. Page numbers and other lines the gold does not tag are left out.
     */
    static Unwrapped unwrap(String text, List<Gold> gold, boolean blankLines) {
        String[] lines = text.split("\n", -1);
        Map<Integer, Gold> byLine = new HashMap<>();
        for (Gold g : gold) {
            byLine.put(g.line(), g);
        }
        StringBuilder out = new StringBuilder();
        int[] at = new int[lines.length + 2];
        int n = 0;
        Gold last = null;
        boolean blankBefore = false;
        for (int i = 1; i <= lines.length; i++) {
            String line = lines[i - 1].replace("\f", "").strip();
            Gold g = byLine.get(i);
            if (line.isEmpty() || g == null) {
                if (line.isEmpty() && blankLines && !blankBefore && n > 0) {
                    out.append('\n');
                    n++;
                }
                blankBefore |= line.isEmpty();
                last = null;
                continue;
            }
            boolean join = last != null && !blankBefore && last.tag().equals(g.tag()) && last.speaker().equals(g.speaker())
                    && (g.tag().equals("ACTION") || g.tag().equals("DIALOGUE"));
            if (join) {
                out.append(' ').append(line);
            } else {
                if (n > 0) {
                    out.append('\n');
                }
                out.append(line);
                n++;
            }
            at[i] = n;
            last = g;
            blankBefore = false;
        }
        return new Unwrapped(out.append('\n').toString(), at);
    }

    /**
     * A script archive's page: navigation around the script, which is in a block nested in another; each heading,
     * cue and transition in bold, the {@code </b>} opening the next line; characters written as references here
     * and there, as such pages do.
     */
    private static byte[] archivePage(String text, List<Gold> gold, Random random) {
        Map<Integer, String> tags = new HashMap<>();
        for (Gold g : gold) {
            tags.put(g.line(), g.tag());
        }
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
                <html><head><title>Script</title>
                <script>var banner = "<pre>advert</pre>"; if (a < b) { show(); }</script></head>
                <body><table><tr><td><a href="/">Home</a> | <a href="/genres">Genres</a></td></tr>
                <tr><td class="scrtext"><pre><html><head></head><body><pre>
                """);
        String[] lines = text.split("\n", -1);
        boolean open = false;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append('\n');
            }
            if (open) {
                b.append("</b>");
                open = false;
            }
            boolean bold = BOLD.contains(tags.getOrDefault(i + 1, ""));
            if (bold) {
                b.append("<b>");
                open = true;
            }
            for (int k = 0; k < lines[i].length(); k++) {
                char c = lines[i].charAt(k);
                b.append(switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> random.nextBoolean() ? "&quot;" : "\"";
                    case '\'' -> List.of("'", "&#39;", "&apos;").get(random.nextInt(3));
                    case '\u2019' -> random.nextBoolean() ? "&rsquo;" : "\u2019";
                    case '\u00E9' -> random.nextBoolean() ? "&eacute;" : "\u00E9";
                    case '\u2014' -> random.nextBoolean() ? "&#8212;" : "\u2014";
                    default -> String.valueOf(c);
                });
            }
        }
        b.append(open ? "</b>" : "").append("""
                </pre></pre>
                <!-- <b>INT. A HEADING IN A COMMENT - DAY</b> -->
                <table><tr><td>Writers: the Slate team<br>Genres: Drama</td></tr></table>
                </td></tr></table></body></html>
                """);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A line as a word processor writes it in a paragraph: a run of spaces as non-breaking ones and a space. */
    private static String escape(String line) {
        String text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return java.util.regex.Pattern.compile(" {2,}").matcher(text)
                .replaceAll(m -> "&nbsp;".repeat(m.group().length() - 1) + " ");
    }

    private static List<String> tags(List<TaggedLine> lines, int shift) {
        return lines.stream().map(l -> (l.number() - shift) + " " + l.tag() + " " + l.speaker() + " " + l.text()).toList();
    }
}

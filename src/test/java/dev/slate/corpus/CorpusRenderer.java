package dev.slate.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays a tagged source out as a real plain-text script and writes its gold annotation, so the gold is
 * right by construction. Page breaks add what real scripts have at a page break: a page number (with a
 * running header), {@code (MORE)} under a speech cut by the break and {@code NAME (CONT'D)} above its
 * rest, all tagged PAGE; scene numbers and revision asterisks decorate lines without changing their tag.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.slate.corpus.CorpusRenderer</pre>
 */
public final class CorpusRenderer {

    /** One rendered line and its gold row; {@code tag} null for a blank line. */
    record Rendered(String text, String tag, String speaker, String source) {
    }

    /** What a script renders to: its text lines, and its scenes and cues for the gold files. */
    record Script(List<Rendered> lines, Layout layout) {
    }

    private final Layout layout;
    /** Seeded per script, for the layouts that drop or double blank lines now and then. */
    private java.util.Random random;
    private final List<Rendered> out = new ArrayList<>();
    private int onPage;
    private int page = 1;
    private int sceneNumber;
    private int decorated;

    private CorpusRenderer(Layout layout) {
        this.layout = layout;
    }

    static Script render(TaggedSource source, Layout layout) {
        CorpusRenderer r = new CorpusRenderer(layout);
        r.run(source);
        return new Script(List.copyOf(r.out), layout);
    }

    /** What a page break inside a speech reads like, per language: the foot marker and the continuation. */
    private static final Map<String, String[]> SPEECH_BREAK = Map.of(
            "en", new String[] {"(MORE)", "(CONT'D)"},
            "fr", new String[] {"(À SUIVRE)", "(SUITE)"},
            "es", new String[] {"(MÁS)", "(CONT.)"},
            "de", new String[] {"(MEHR)", "(FORTS.)"});

    private void run(TaggedSource source) {
        random = new java.util.Random(source.slug().hashCode());
        String[] speechBreak = SPEECH_BREAK.getOrDefault(source.language(), SPEECH_BREAK.get("en"));
        String speechCue = null;
        String speaker = null;
        List<TaggedSource.Line> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            TaggedSource.Line l = lines.get(i);
            if (l.blank()) {
                speechCue = null;
                // Sloppy exports lose a blank line here and add one there: one in blankJitter is dropped or doubled.
                int jitter = layout.blankJitter() > 0 ? random.nextInt(layout.blankJitter()) : -1;
                switch (layout.blankLines()) {
                    case "none" -> { }
                    case "double" -> { blank(); blank(); }
                    default -> {
                        if (jitter != 0) {
                            blank();
                        }
                        if (jitter == 1) {
                            blank();
                        }
                    }
                }
                continue;
            }
            String tag = l.tag();
            boolean inSpeech = speechCue != null && (tag.equals("DIALOGUE") || tag.equals("PARENTHETICAL") || tag.equals("LYRICS"));
            boolean keepWithNext = tag.equals("HEADING") || tag.equals("CHARACTER") || tag.equals("SHOT");
            if (onPage >= layout.pageLines() - (keepWithNext ? 3 : 0)) {
                if (inSpeech && layout.more()) {
                    emit(indent(layout.cue()) + speechBreak[0], "PAGE", null);
                    pageBreak();
                    String cont = speechCue.contains(speechBreak[1]) ? speechCue : speechCue + " " + speechBreak[1];
                    emit(indent(layout.cue()) + cont, "PAGE", null);
                } else {
                    pageBreak();
                }
            }
            if (tag.equals("CHARACTER")) {
                speechCue = l.text().endsWith(" ^") ? l.text().substring(0, l.text().length() - 2) : l.text();
                speaker = l.speaker().replace('\u2019', '\''); // canonical names use straight apostrophes
            } else if (!inSpeech) {
                speechCue = null;
            }
            boolean spoken = tag.equals("CHARACTER") || tag.equals("DIALOGUE") || tag.equals("PARENTHETICAL");
            String text = written(tag, l.text());
            out.add(new Rendered(decorate(tag, place(tag, text)), tag, spoken ? speaker : null, text));
            onPage++;
        }
    }

    /**
     * The line as a plain-text script shows it. Dual dialogue runs one speech after the other, as text
     * exports write it. Notes, sections, synopses, lyrics and centered text have no plain-text form of
     * their own, so they keep Fountain's marks, which writers also use in plain text.
     */
    private static String written(String tag, String text) {
        return switch (tag) {
            case "CHARACTER" -> text.endsWith(" ^") ? text.substring(0, text.length() - 2) : text;
            case "NOTE" -> "[[" + text + "]]";
            case "SECTION" -> "# " + text;
            case "SYNOPSIS" -> "= " + text;
            case "LYRICS" -> "~" + text;
            case "CENTERED" -> "> " + text + " <";
            default -> text;
        };
    }

    private String place(String tag, String text) {
        if (layout.tabs()) {
            return switch (tag) {
                case "CHARACTER" -> "\t\t\t\t" + text;
                case "PARENTHETICAL" -> "\t\t\t" + text;
                case "DIALOGUE", "LYRICS" -> "\t\t" + text;
                case "TRANSITION" -> "\t\t\t\t\t\t" + text;
                case "CENTERED", "TITLE" -> "\t\t\t" + text;
                default -> text;
            };
        }
        return switch (tag) {
            case "HEADING", "SHOT" -> indent(layout.heading()) + text;
            case "CHARACTER" -> indent(layout.cue()) + text;
            case "PARENTHETICAL" -> indent(layout.parenthetical()) + text;
            case "DIALOGUE", "LYRICS" -> indent(layout.dialogue()) + text;
            case "TRANSITION" -> indent(Math.max(layout.action(), layout.transitionRight() - text.length())) + text;
            case "CENTERED", "TITLE" -> indent(Math.max(layout.action(), layout.action() + (layout.width() - layout.action() - text.length()) / 2)) + text;
            default -> indent(layout.action()) + text;
        };
    }

    private String decorate(String tag, String line) {
        if (tag.equals("HEADING") && !layout.sceneNumbers().equals("none")) {
            sceneNumber++;
            String n = Integer.toString(sceneNumber);
            int col = line.length() - line.stripLeading().length();
            String numbered = indent(Math.max(0, col - n.length() - 3)) + n + (col >= n.length() + 3 ? "   " : "  ") + line.stripLeading();
            if (layout.sceneNumbers().equals("both")) {
                numbered = padTo(numbered, layout.width() + 2) + n;
            }
            line = numbered;
        }
        if (layout.revisionEvery() > 0 && (tag.equals("ACTION") || tag.equals("DIALOGUE") || tag.equals("HEADING"))
                && ++decorated % layout.revisionEvery() == 0) {
            line = padTo(line, layout.width() + 6) + "*";
        }
        return line;
    }

    private void pageBreak() {
        if (layout.continued()) {
            emit(indent(layout.transitionRight() - 11) + "(CONTINUED)", "PAGE", null);
        }
        if (layout.pageNumbers().equals("bottom-center")) {
            blank();
            emit(indent(layout.action() + (layout.width() - layout.action()) / 2 - 2) + "- " + page + " -", "PAGE", null);
        }
        page++;
        onPage = 0;
        String prefix = layout.formFeed() ? "\f" : "";
        String number = page + ".";
        switch (layout.pageNumbers()) {
            case "top-right" -> {
                String head = layout.runningHeader().isEmpty() ? "" : indent(layout.action()) + layout.runningHeader();
                emit(prefix + padTo(head, layout.width() + 4 - number.length()) + number, "PAGE", null);
                blank();
                if (layout.continued()) {
                    emit(indent(layout.action()) + "CONTINUED:", "PAGE", null);
                    blank();
                }
            }
            case "top-left" -> {
                emit(prefix + number + (layout.runningHeader().isEmpty() ? "" : "   " + layout.runningHeader()), "PAGE", null);
                blank();
            }
            default -> {
                if (!layout.runningHeader().isEmpty()) {
                    emit(prefix + indent(layout.action()) + layout.runningHeader(), "PAGE", null);
                    blank();
                } else if (layout.formFeed()) {
                    out.add(new Rendered(prefix, null, null, ""));
                }
            }
        }
    }

    private void emit(String text, String tag, String speaker) {
        out.add(new Rendered(text, tag, speaker, text.strip()));
        onPage++;
    }

    private void blank() {
        if (onPage == 0 && !out.isEmpty()) {
            return; // a page never starts with a blank line
        }
        out.add(new Rendered("", null, null, ""));
        onPage++;
    }

    private static String indent(int n) {
        return " ".repeat(Math.max(0, n));
    }

    private static String padTo(String s, int col) {
        return s.length() >= col ? s + " " : s + " ".repeat(col - s.length());
    }

    // ---- gold files ----

    static String tagsTsv(Script script) {
        StringBuilder b = new StringBuilder();
        List<Rendered> lines = script.lines();
        for (int i = 0; i < lines.size(); i++) {
            Rendered r = lines.get(i);
            String text = r.text().replace("\f", "").strip();
            if (r.tag() == null || text.isEmpty()) {
                continue;
            }
            b.append(i + 1).append('\t').append(r.tag()).append('\t').append(r.speaker() == null ? "" : r.speaker())
                    .append('\t').append(text).append('\n');
        }
        return b.toString();
    }

    static String charactersTsv(Script script) {
        Map<String, Map<String, Integer>> cues = new TreeMap<>();
        for (Rendered r : script.lines()) {
            if ("CHARACTER".equals(r.tag())) {
                String cue = r.source();
                cues.computeIfAbsent(r.speaker(), k -> new LinkedHashMap<>()).merge(cue, 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        cues.forEach((name, spellings) -> b.append(name).append('\t').append(String.join(",", spellings.keySet()))
                .append('\t').append(spellings.values().stream().mapToInt(Integer::intValue).sum()).append('\n'));
        return b.toString();
    }

    static String scenesTsv(Script script, SceneHeadingGold headings) {
        StringBuilder b = new StringBuilder();
        List<Rendered> lines = script.lines();
        for (int i = 0; i < lines.size(); i++) {
            Rendered r = lines.get(i);
            if ("HEADING".equals(r.tag())) {
                SceneHeadingGold.Parts p = headings.parts(r.source());
                b.append(i + 1).append('\t').append(p.heading()).append('\t').append(p.place()).append('\t')
                        .append(p.location()).append('\t').append(p.time()).append('\n');
            }
        }
        return b.toString();
    }

    static byte[] textBytes(Script script) {
        StringBuilder b = new StringBuilder();
        for (Rendered r : script.lines()) {
            b.append(r.text()).append(script.layout().eol());
        }
        String s = b.toString();
        if (script.layout().charset().name().startsWith("UTF-16")) {
            ByteBuffer bb = StandardCharsets.UTF_16BE.encode(s);
            byte[] body = new byte[bb.remaining()];
            bb.get(body);
            byte[] withBom = new byte[body.length + 2];
            withBom[0] = (byte) 0xFE;
            withBom[1] = (byte) 0xFF;
            System.arraycopy(body, 0, withBom, 2, body.length);
            return withBom;
        }
        return s.getBytes(script.layout().charset());
    }

    /** Renders every source listed in corpus/sources/layouts.txt into corpus/&lt;slug&gt;/, as text and as Fountain. */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        for (Map.Entry<String, Layout> e : layouts(corpus).entrySet()) {
            TaggedSource source = TaggedSource.read(corpus.resolve("sources").resolve(e.getKey() + ".tagged"));
            Script script = render(source, e.getValue());
            Path dir = corpus.resolve(e.getKey());
            Files.createDirectories(dir);
            Files.write(dir.resolve(e.getKey() + ".txt"), textBytes(script));
            Files.writeString(dir.resolve(e.getKey() + ".tags.tsv"), tagsTsv(script));
            Files.writeString(dir.resolve("characters.tsv"), charactersTsv(script));
            Files.writeString(dir.resolve("scenes.tsv"), scenesTsv(script, new SceneHeadingGold(source.language())));
            FountainWriter.write(corpus, source);
            Files.writeString(dir.resolve(e.getKey() + ".fdx"), FdxWriter.write(source, e.getValue()));
            long pages = script.lines().stream().filter(r -> "PAGE".equals(r.tag()) && r.text().strip().matches("(?s).*\\d+\\.?\\s*-?$")).count() + 1;
            System.out.printf("%-28s %5d lines %4d pages%n", e.getKey(), script.lines().size(), pages);
        }
    }

    static Map<String, Layout> layouts(Path corpus) throws IOException {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("sources/layouts.txt"), StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int sp = s.indexOf(' ');
            layouts.put(sp < 0 ? s : s.substring(0, sp), Layout.parse(sp < 0 ? "" : s.substring(sp + 1)));
        }
        return layouts;
    }
}

package dev.slate.corpus;

import dev.slate.corpus.CorpusRenderer.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a tagged source as a Fountain script, with the gold tags of the Fountain file's lines. Fountain
 * needs its markup only where a line would otherwise read as something else (a heading with no INT./EXT.
 * is forced with a dot, a cue in mixed case with {@code @}, capitals that would pass for a cue with
 * {@code !}); beyond that each script gets a style, so the corpus exercises the syntax: scene numbers,
 * forced cues, notes, inline notes, emphasis, a section and a synopsis, boneyard, page breaks, CRLF.
 */
final class FountainWriter {

    /** How one script is written; chosen per script so that every option appears somewhere in the corpus. */
    record Style(boolean titleBelowKey, boolean sceneNumbers, boolean forceCues, boolean notes, boolean inlineNotes,
            boolean emphasis, boolean section, boolean boneyard, int pageEvery, boolean crlf) {

        static Style of(int index) {
            return switch (index % 4) {
                case 0 -> new Style(false, true, false, true, false, true, false, false, 0, false);
                case 1 -> new Style(true, false, true, false, true, false, true, true, 0, true);
                case 2 -> new Style(false, false, false, false, false, true, false, true, 55, false);
                default -> new Style(true, true, false, true, true, false, true, false, 50, false);
            };
        }
    }

    /** The style of a corpus script: by its place in corpus/sources/layouts.txt. */
    static Style style(Path corpus, String slug) throws IOException {
        return Style.of(new ArrayList<>(CorpusRenderer.layouts(corpus).keySet()).indexOf(slug));
    }

    /** Writes corpus/&lt;slug&gt;/&lt;slug&gt;.fountain and its gold tags. */
    static void write(Path corpus, TaggedSource source) throws IOException {
        CorpusRenderer.Script script = render(source, style(corpus, source.slug()));
        Path dir = corpus.resolve(source.slug());
        Files.write(dir.resolve(source.slug() + ".fountain"), bytes(script));
        Files.writeString(dir.resolve(source.slug() + ".fountain.tags.tsv"), tagsTsv(script));
    }

    private final Style style;
    private final List<Rendered> out = new ArrayList<>();
    private int headings;
    private int actions;
    private int sinceBreak;

    private FountainWriter(Style style) {
        this.style = style;
    }

    static CorpusRenderer.Script render(TaggedSource source, Style style) {
        FountainWriter w = new FountainWriter(style);
        w.write(source.lines());
        Layout layout = Layout.parse("charset=UTF-8" + (style.crlf() ? " eol=crlf" : ""));
        return new CorpusRenderer.Script(List.copyOf(w.out), layout);
    }

    private void write(List<TaggedSource.Line> lines) {
        int i = titlePage(lines);
        String speaker = null;
        for (; i < lines.size(); i++) {
            TaggedSource.Line l = lines.get(i);
            boolean blankBefore = i == 0 || lines.get(i - 1).blank() || out.isEmpty();
            boolean blankAfter = i + 1 == lines.size() || lines.get(i + 1).blank();
            if (l.blank()) {
                blank();
                if (style.pageEvery() > 0 && sinceBreak >= style.pageEvery() && i + 1 < lines.size()
                        && !lines.get(i + 1).blank()) {
                    line("===", "PAGE", null, "===");
                    blank();
                    sinceBreak = 0;
                }
                continue;
            }
            String tag = l.tag();
            String text = l.text();
            if (tag.equals("HEADING")) {
                headings++;
                if (style.section() && headings == 1) {
                    line("# Act One", "SECTION", null, "Act One");
                    blank();
                    line("= Where it starts.", "SYNOPSIS", null, "Where it starts.");
                    blank();
                }
                if (style.boneyard() && headings == 3) {
                    line("/* Cut from an earlier draft:", "NOTE", null, "Cut from an earlier draft:");
                    line(".THE SCENE THAT WAS", "NOTE", null, ".THE SCENE THAT WAS");
                    blank();
                    line("It ran long. */", "NOTE", null, "It ran long.");
                    blank();
                }
                if (style.notes() && headings % 5 == 0) {
                    line("[[Check continuity with the scene before.]]", "NOTE", null, "Check continuity with the scene before.");
                    blank();
                }
            }
            boolean spoken = tag.equals("CHARACTER") || tag.equals("DIALOGUE") || tag.equals("PARENTHETICAL");
            if (tag.equals("CHARACTER")) {
                speaker = l.speaker().replace('\u2019', '\'');
            }
            String plain = tag.equals("CHARACTER") && text.endsWith(" ^") ? text.substring(0, text.length() - 2) : text;
            line(fountain(tag, text, blankBefore, blankAfter), tag, spoken ? speaker : null, plain);
        }
    }

    /** The title page's lines as keys and values, up to the first line that is not a title. */
    private int titlePage(List<TaggedSource.Line> lines) {
        List<String> titles = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && (lines.get(i).blank() || lines.get(i).tag().equals("TITLE"))) {
            if (!lines.get(i).blank()) {
                titles.add(lines.get(i).text());
            }
            i++;
        }
        if (titles.isEmpty()) {
            return 0;
        }
        String[] keys = {"Title", "Credit", "Author", "Draft date"};
        for (int k = 0; k < titles.size(); k++) {
            String t = titles.get(k);
            if (k == 0 && style.titleBelowKey()) {
                line("Title:", "TITLE", null, "");
                line("    _**" + t + "**_", "TITLE", null, t);
            } else if (k < keys.length - 1 || k == titles.size() - 1 && k == keys.length - 1) {
                line(keys[k] + ": " + t, "TITLE", null, t);
            } else {
                if (k == keys.length - 1) {
                    line("Contact:", "TITLE", null, "");
                }
                line("\t" + t, "TITLE", null, t);
            }
        }
        blank();
        return i;
    }

    private String fountain(String tag, String text, boolean blankBefore, boolean blankAfter) {
        return switch (tag) {
            case "HEADING" -> {
                boolean natural = hasPrefix(text) && (blankAfter || upper(text));
                String h = natural ? text : "." + text;
                yield style.sceneNumbers() ? h + " #" + headings + "#" : h;
            }
            case "CHARACTER" -> {
                int paren = text.indexOf('(');
                String name = paren < 0 ? text.replace(" ^", "") : text.substring(0, paren);
                boolean natural = upper(name) && (paren < 0 || text.replace(" ^", "").endsWith(")")) && blankBefore
                        && !blankAfter && !hasPrefix(text);
                yield natural && !style.forceCues() ? text : "@" + text;
            }
            case "TRANSITION" -> upper(text) && text.endsWith("TO:") && blankBefore && blankAfter ? text : "> " + text;
            case "CENTERED" -> "> " + text + " <";
            case "LYRICS" -> "~" + text;
            case "NOTE" -> "[[" + text + "]]";
            case "SECTION" -> "# " + text;
            case "SYNOPSIS" -> "= " + text;
            case "ACTION" -> action(text, blankBefore, blankAfter);
            default -> text;
        };
    }

    private String action(String text, boolean blankBefore, boolean blankAfter) {
        actions++;
        int paren = text.indexOf('(');
        boolean cueShape = paren < 0 ? upper(text) : upper(text.substring(0, paren)) && text.endsWith(")");
        boolean passes = blankBefore && (cueShape && !blankAfter || upper(text) && text.endsWith("TO:") && blankAfter
                || hasPrefix(text) && (blankAfter || upper(text)))
                || "!.@>~#=".indexOf(text.charAt(0)) >= 0;
        String t = text;
        if (style.emphasis() && actions % 9 == 0) {
            int sp = t.indexOf(' ');
            if (sp > 0 && t.substring(0, sp).chars().allMatch(Character::isLetter)) {
                String mark = actions % 2 == 0 ? "*" : actions % 3 == 0 ? "_" : "**";
                t = mark + t.substring(0, sp) + mark + t.substring(sp);
            }
        }
        if (style.inlineNotes() && actions % 7 == 0) {
            t = t + " [[inline note " + actions + "]]";
        }
        return passes ? "!" + t : t;
    }

    private static boolean hasPrefix(String t) {
        String head = t.substring(0, Math.min(t.length(), 10)).toUpperCase(Locale.ROOT);
        for (String p : new String[] {"INT./EXT", "INT/EXT", "INT", "EXT", "EST", "I/E"}) {
            if (head.startsWith(p) && head.length() > p.length()) {
                char c = head.charAt(p.length());
                return c == '.' || c == ' ';
            }
        }
        return false;
    }

    private static boolean upper(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    private void line(String text, String tag, String speaker, String plain) {
        out.add(new Rendered(text, tag, speaker, plain));
        sinceBreak++;
    }

    private void blank() {
        out.add(new Rendered("", null, null, ""));
        sinceBreak++;
    }

    /** The gold: each non-blank line's tag, speaker and text as a reader sees it (without Fountain's markup). */
    static String tagsTsv(CorpusRenderer.Script script) {
        StringBuilder b = new StringBuilder();
        List<Rendered> lines = script.lines();
        for (int i = 0; i < lines.size(); i++) {
            Rendered r = lines.get(i);
            if (r.tag() == null) {
                continue;
            }
            b.append(i + 1).append('\t').append(r.tag()).append('\t').append(r.speaker() == null ? "" : r.speaker())
                    .append('\t').append(r.source()).append('\n');
        }
        return b.toString();
    }

    static byte[] bytes(CorpusRenderer.Script script) {
        StringBuilder b = new StringBuilder();
        for (Rendered r : script.lines()) {
            b.append(r.text()).append(script.layout().eol());
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}

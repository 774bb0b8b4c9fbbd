package dev.slate.corpus;

import dev.slate.corpus.CorpusAccuracy.Score;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import dev.slate.source.UnreadableScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the parser on the corpus's Final Draft files against the gold of their tagged sources.
 *
 * <p>Why by content and not by line number: Slate lays an {@code .fdx} out itself, wrapping each paragraph
 * at its own widths, so its lines are not the source's lines (nor the {@code .txt}'s, which carries page
 * artefacts). What both keep is the text, in order, exactly. So every non-blank source line is one gold
 * unit, as in the plain-text score, and is found in the parse by its characters with all whitespace removed
 * (wrapping changes only whitespace): right where the previous gold line ended when it is there, which is
 * nearly always; otherwise, for the few lines Final Draft files elsewhere (a synopsis becomes its scene's
 * summary), the first occurrence in the whole parse not yet taken by another gold line. The tag and speaker the parser gave the line holding the first character are
 * scored against the gold's; a gold line whose text is not found scores as {@code (none)}, and a parsed
 * line none of whose text belongs to a gold line counts as a false positive of its tag. SECTION lines are
 * not gold here: Final Draft has no sections, and the corpus's FDX writer leaves them out.
 */
final class FdxCorpusAccuracy {

    /** One gold unit: a source line, its tag and speaker, and its text as the FDX holds it. */
    private record Gold(int line, String tag, String speaker, String text) {
    }

    private final ScreenplayParser parser;

    FdxCorpusAccuracy(ScreenplayParser parser) {
        this.parser = parser;
    }

    /** The corpus's {@code .fdx} files, one per script folder that has one. */
    static List<Path> scripts(Path corpus) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path txt : CorpusAccuracy.scripts(corpus)) {
            Path fdx = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".fdx"));
            if (Files.exists(fdx)) {
                out.add(fdx);
            }
        }
        return out;
    }

    Score score(List<Path> files, Path sources) throws IOException {
        Score s = new Score();
        for (Path fdx : files) {
            String slug = fdx.getFileName().toString().replaceFirst("\\.fdx$", "");
            score(slug, Files.readAllBytes(fdx), TaggedSource.read(sources.resolve(slug + ".tagged")), s);
        }
        return s;
    }

    void score(String slug, byte[] fdx, TaggedSource source, Score s) throws IOException {
        Screenplay parsed;
        try {
            parsed = parser.parse(ScriptSources.read(fdx, ScriptFormat.FDX));
        } catch (UnreadableScriptException e) {
            throw new IOException(slug + ".fdx: " + e.getMessage(), e);
        }
        List<TaggedLine> lines = parsed.lines();
        StringBuilder stream = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = squeeze(lines.get(i).text());
            stream.append(t);
            for (int k = 0; k < t.length(); k++) {
                owner.add(i);
            }
        }
        String all = stream.toString();
        boolean[] used = new boolean[all.length()];
        boolean[] lineUsed = new boolean[lines.size()];
        int cursor = 0;
        for (Gold g : gold(source)) {
            String key = squeeze(g.text());
            while (cursor < used.length && used[cursor]) {
                cursor++;
            }
            int at = all.startsWith(key, cursor) && free(used, cursor, key.length()) ? cursor : find(all, used, key);
            if (at < 0 || key.isEmpty()) {
                s.count(slug + ".fdx", g.line(), g.tag(), g.speaker(), "(none)", "", g.text());
                continue;
            }
            for (int k = at; k < at + key.length(); k++) {
                used[k] = true;
                lineUsed[owner.get(k)] = true;
            }
            cursor = at + key.length();
            TaggedLine p = lines.get(owner.get(at));
            s.count(slug + ".fdx", p.number(), g.tag(), g.speaker(), p.tag().name(), p.speaker(), g.text());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lineUsed[i]) {
                TaggedLine p = lines.get(i);
                s.countExtra(slug + ".fdx", p.number(), p.tag().name(), p.speaker(), p.text());
            }
        }
    }

    /** The first unused occurrence of {@code key} in the whole parse, or -1. */
    private static int find(String stream, boolean[] used, String key) {
        for (int at = stream.indexOf(key); at >= 0; at = stream.indexOf(key, at + 1)) {
            if (free(used, at, key.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean free(boolean[] used, int at, int length) {
        for (int k = at; k < at + length; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }

    /** The gold units of a source: every non-blank line but sections, with the speaker of speech lines. */
    private static List<Gold> gold(TaggedSource source) {
        List<Gold> out = new ArrayList<>();
        String speaker = "";
        for (TaggedSource.Line l : source.lines()) {
            if (l.blank() || l.tag().equals("SECTION")) {
                continue;
            }
            String text = l.text();
            if (l.tag().equals("CHARACTER")) {
                speaker = l.speaker().replace('\u2019', '\''); // canonical names use straight apostrophes
                text = text.endsWith(" ^") ? text.substring(0, text.length() - 2) : text;
            }
            boolean spoken = l.tag().equals("CHARACTER") || l.tag().equals("DIALOGUE") || l.tag().equals("PARENTHETICAL");
            out.add(new Gold(l.sourceLine(), l.tag(), spoken ? speaker : "", text));
        }
        return out;
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                b.append('\''); // a cue's apostrophes are straightened, as in plain text, so its name matches
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}

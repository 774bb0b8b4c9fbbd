package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.parse.LineTag;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A script whose columns move part of the way through, as when a writer pastes one episode after another
 * laid out by other software: two corpus scripts with different columns, one after the other. Every speech
 * of both is found, with its speaker, and nothing else is taken for one. (Learning one layout for the whole
 * script read every speech of the second as action.)
 */
class MixedLayoutTest {

    private static final Set<LineTag> SPEECH = Set.of(LineTag.CHARACTER, LineTag.PARENTHETICAL, LineTag.DIALOGUE);
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({
        "en-kestrel-wharf, en-salt-ledger",     // cues at column 37, then 22
        "en-salt-ledger, en-coyles-well",       // 22, then 15 (UTF-16)
        "en-lowwater, en-breakfast-shift",      // 37 with blank lines, then 30 without
        "en-firmware, en-kestrel-wharf",        // tab-indented, then pdftotext columns
        "fr-derniere-maree, fr-permanence-de-nuit",
    })
    void everySpeechOfBothPartsIsFound(String first, String second) throws IOException {
        String a = text(first);
        String b = text(second);
        int offset = (int) a.chars().filter(c -> c == '\n').count();
        Screenplay parsed = PARSER.parse(ScriptText.of(a + b));
        Map<Integer, TaggedLine> byLine = new HashMap<>();
        for (TaggedLine l : parsed.lines()) {
            byLine.put(l.number(), l);
        }
        Map<Integer, String[]> gold = new HashMap<>();
        gold(first, 0, gold);
        gold(second, offset, gold);

        List<String> misses = new ArrayList<>();
        gold.forEach((line, g) -> {
            TaggedLine got = byLine.get(line);
            boolean speech = SPEECH.contains(LineTag.valueOf(g[0]));
            if (speech && (got == null || got.tag() != LineTag.valueOf(g[0]) || !g[1].equals(got.speaker()))) {
                misses.add(line + " " + g[0] + " " + g[1] + " read as " + (got == null ? "nothing" : got.tag() + " " + got.speaker()));
            }
            // the page lines of two scripts one after the other are not those of one script: left out
            if (!speech && !g[0].equals("PAGE") && got != null && SPEECH.contains(got.tag())) {
                misses.add(line + " " + g[0] + " read as " + got.tag());
            }
        });
        assertThat(misses).as("lines of %s then %s read wrong", first, second).isEmpty();
    }

    /** The script's text as Slate decodes it, ending with a line break. */
    private static String text(String slug) throws IOException {
        String t = ScriptText.of(Files.readAllBytes(Path.of("corpus", slug, slug + ".txt"))).text()
                .replace("\r\n", "\n").replace('\r', '\n');
        return t.endsWith("\n") ? t : t + "\n";
    }

    private static void gold(String slug, int offset, Map<Integer, String[]> into) throws IOException {
        for (String row : Files.readAllLines(Path.of("corpus", slug, slug + ".tags.tsv"))) {
            String[] f = row.split("\t", -1);
            into.put(Integer.parseInt(f[0]) + offset, new String[] {f[1], f[2]});
        }
    }
}

package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.corpus.CorpusAccuracy.Layout;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptText;
import dev.slate.source.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus as messier tools would hand it over: lines moved a column or two either way (PDF and web
 * extraction), runs of spaces turned into tabs, stray trailing spaces, Windows line endings. Each
 * change keeps every line where it was, so the gold still applies. Seeded: a failure names its seed.
 */
class CorpusPerturbationTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    enum Perturbation {
        JITTER((line, r) -> {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            return indent > 2 ? " ".repeat(indent + r.nextInt(5) - 2) + line.substring(indent) : line;
        }),
        TABS((line, r) -> r.nextBoolean() ? line.replace("        ", "\t") : line),
        TRAILING_SPACES((line, r) -> r.nextInt(3) == 0 ? line + " ".repeat(1 + r.nextInt(6)) : line),
        CRLF((line, r) -> line + "\r");

        final BiFunction<String, Random, String> change;

        Perturbation(BiFunction<String, Random, String> change) {
            this.change = change;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Perturbation p : Perturbation.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                for (Layout layout : Layout.values()) {
                    out.add(Arguments.of(p, seed, layout));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1} {2}")
    @MethodSource("cases")
    void perturbedCorpusIsStillTaggedAlmostPerfectly(Perturbation perturbation, long seed, Layout layout) throws IOException {
        int lines = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Path txt : CorpusAccuracy.scripts(Path.of("corpus"))) {
            Random random = new Random(seed * 31 + txt.getFileName().toString().hashCode());
            String text = TextDecoder.decode(Files.readAllBytes(txt)).text().replace("\r\n", "\n");
            StringBuilder b = new StringBuilder(text.length() + 1024);
            for (String line : text.split("\n", -1)) {
                b.append(perturbation.change.apply(line, random)).append('\n');
            }
            CorpusAccuracy.Reshaped changed = CorpusAccuracy.reshape(b.toString(), layout);
            Map<Integer, TaggedLine> got = new HashMap<>();
            PARSER.parse(ScriptText.of(changed.text())).lines().forEach(l -> got.put(l.number(), l));
            for (CorpusAccuracy.Gold g : CorpusAccuracy.gold(txt)) {
                lines++;
                TaggedLine l = got.get(changed.line(g.line()));
                if (l != null && l.tag().name().equals(g.tag())) {
                    right++;
                } else if (misses.size() < 10) {
                    misses.add(txt.getFileName() + ":" + g.line() + " " + g.tag() + " got " + (l == null ? "nothing" : l.tag()));
                }
            }
        }
        assertThat(right / (double) lines).as("line accuracy; first misses %s", misses).isGreaterThanOrEqualTo(0.99);
    }
}

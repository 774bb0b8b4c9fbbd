package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.source.ScriptElement;
import dev.slate.source.ScriptElement.Type;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A format that names its elements (Fountain, Final Draft) is taken at its word. */
class DeclaredElementsTest {
    private final ScreenplayParser parser = ScreenplayParser.builder().build();

    @Test
    void declaredElementsAreTheTagsAndSpeakersFollowTheCue() {
        String text = "#1A# .the roof\nWind.\n@McCLANE (V.O.)\n(quiet)\nYippee.\n> CUT TO:\n";
        ScriptText declared = ScriptText.of(text).from(ScriptFormat.FOUNTAIN, List.of(
                new ScriptElement(1, Type.HEADING, "THE ROOF", "1A", false, 1),
                new ScriptElement(2, Type.ACTION, "Wind.", "", false, 1),
                new ScriptElement(3, Type.CHARACTER, "McCLANE (V.O.)", "", false, 1),
                new ScriptElement(4, Type.PARENTHETICAL, "(quiet)", "", false, 1),
                new ScriptElement(5, Type.DIALOGUE, "Yippee.", "", false, 2),
                new ScriptElement(6, Type.TRANSITION, "CUT TO:", "", false, 2)));

        Screenplay s = parser.parse(declared);

        assertThat(s.lines()).extracting(TaggedLine::tsv).containsExactly(
                "1\tHEADING\t\tTHE ROOF",
                "2\tACTION\t\tWind.",
                "3\tCHARACTER\tMCCLANE\tMcCLANE (V.O.)",
                "4\tPARENTHETICAL\tMCCLANE\t(quiet)",
                "5\tDIALOGUE\tMCCLANE\tYippee.",
                "6\tTRANSITION\t\tCUT TO:");
        assertThat(s.headings().get(1).sceneNumber()).isEqualTo("1A");
        assertThat(s.lines().get(4).page()).isEqualTo(2);
    }

    @Test
    void aLineTheFormatLeavesUnnamedReadsAsAction() {
        ScriptText declared = ScriptText.of("INT. HALL - DAY\nloose line\n").from(ScriptFormat.FDX, List.of(
                new ScriptElement(1, Type.HEADING, "INT. HALL - DAY", "", false, 1)));

        assertThat(parser.parse(declared).lines()).extracting(TaggedLine::tag)
                .containsExactly(LineTag.HEADING, LineTag.ACTION);
    }
}

package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.parse.LineTag;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.internal.pdf.PdfSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A PDF script read back as the printed page: columns, blank lines, pages, side-by-side speeches. */
class PdfSourceTest {
    private static final ScreenplayParser PARSER = ScreenplayParser.builder().language("en").build();

    static Stream<PrintedPdf> paper() {
        return Stream.of(PrintedPdf.letter(), PrintedPdf.a4());
    }

    private static PrintedPdf scene(PrintedPdf pdf) {
        return pdf.page()
                .at(0, 0, "INT. KITCHEN - NIGHT")
                .at(0, 2, "Rain on the window. MAYA (30s) reads a letter.")
                .at(22, 4, "MAYA")
                .at(16, 5, "(quietly)")
                .at(10, 6, "He kept every one of them.")
                .at(45, 8, "CUT TO:");
    }

    @ParameterizedTest
    @MethodSource("paper")
    void theLeftMarginIsColumnZeroAndEachLineKeepsItsIndentation(PrintedPdf pdf) throws Exception {
        ScriptText text = PdfSource.INSTANCE.read(scene(pdf).bytes());

        assertThat(text.format()).isEqualTo(ScriptFormat.PDF);
        assertThat(text.text()).isEqualTo("""
                INT. KITCHEN - NIGHT

                Rain on the window. MAYA (30s) reads a letter.

                                      MAYA
                                (quietly)
                          He kept every one of them.

                                                             CUT TO:
                """);
        assertThat(tags(PARSER.parse(text))).containsExactly(LineTag.HEADING, LineTag.ACTION, LineTag.CHARACTER,
                LineTag.PARENTHETICAL, LineTag.DIALOGUE, LineTag.TRANSITION);
    }

    /**
     * Found by the fuzzer (pdf:1:2696): a damaged PDF placed a glyph so far out that its line was to be
     * written with two billion spaces. No page is wider than 500 characters.
     */
    @Test
    void aGlyphFarBeyondThePageIsSetAtTheLastColumn() throws Exception {
        ScriptText text = PdfSource.INSTANCE.read(scene(PrintedPdf.letter()).at(2_000_000, 3, "FAR").bytes());

        assertThat(text.text()).startsWith("INT. KITCHEN - NIGHT\n\nRain on the window.")
                .contains(" ".repeat(500 - 1) + "FAR");
        assertThat(text.text().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThan(520));
    }

    @Test
    void eachNewPageStartsWithAFormFeedAndItsNumberIsAPageLine() throws Exception {
        PrintedPdf pdf = scene(PrintedPdf.letter()).page()
                .at(60, 0, "2.")
                .at(0, 2, "EXT. YARD - NIGHT")
                .at(0, 4, "Maya burns the letters one by one.");

        ScriptText text = PdfSource.INSTANCE.read(pdf.bytes());
        Screenplay parsed = PARSER.parse(text);

        assertThat(text.text()).contains("\n\f" + " ".repeat(60) + "2.\n\nEXT. YARD - NIGHT\n");
        TaggedLine number = parsed.lines().stream().filter(l -> l.text().equals("2.")).findFirst().orElseThrow();
        assertThat(number.tag()).isEqualTo(LineTag.PAGE);
        assertThat(parsed.scenes()).hasSize(2);
    }

    @Test
    void twoSpeechesSideBySideAreReadOneAfterTheOther() throws Exception {
        PrintedPdf pdf = PrintedPdf.letter().page()
                .at(0, 0, "INT. KITCHEN - NIGHT")
                .at(0, 2, "They both talk at once.")
                .at(10, 4, "MAYA").at(40, 4, "TOM")
                .at(0, 5, "Don't you dare").at(30, 5, "I was only trying")
                .at(0, 6, "touch those.").at(30, 6, "to help, Maya.")
                .at(30, 7, "Honestly.")
                .at(0, 9, "Silence.");

        ScriptText text = PdfSource.INSTANCE.read(pdf.bytes());
        Screenplay parsed = PARSER.parse(text);

        assertThat(text.text()).contains("""
                          MAYA
                Don't you dare
                touch those.

                          TOM
                I was only trying
                to help, Maya.
                Honestly.

                Silence.
                """);
        List<TaggedLine> spoken = parsed.lines().stream()
                .filter(l -> l.tag() == LineTag.DIALOGUE || l.tag() == LineTag.CHARACTER).toList();
        assertThat(spoken).extracting(TaggedLine::speaker)
                .containsExactly("MAYA", "MAYA", "MAYA", "TOM", "TOM", "TOM", "TOM");
    }

    @Test
    void aPageWithNothingWrittenOnItIsRefusedAsAScan() {
        byte[] scan = PrintedPdf.letter().page().page().bytes();

        assertThatThrownBy(() -> PdfSource.INSTANCE.read(scan))
                .isInstanceOf(UnreadableScriptException.class)
                .hasMessage("a PDF with no text layer (a scanned script? run OCR on it first)");
    }

    @Test
    void anEncryptedPdfThatNeedsAPasswordIsRefused() {
        byte[] locked = scene(PrintedPdf.letter()).encrypted("secret", "owner").bytes();

        assertThatThrownBy(() -> PdfSource.INSTANCE.read(locked))
                .isInstanceOf(UnreadableScriptException.class)
                .hasMessage("an encrypted PDF that needs a password (save it without one)");
    }

    @Test
    void aPdfLockedOnlyAgainstEditingOpensWithoutAPassword() throws Exception {
        byte[] restricted = scene(PrintedPdf.letter()).encrypted("", "owner").bytes();

        assertThat(PdfSource.INSTANCE.read(restricted).text()).contains("He kept every one of them.");
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamagedInOneLine() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("corpus/pdf/en-lowwater.enscript.pdf"));

        for (int length : new int[] {8, whole.length / 3}) {
            assertThatThrownBy(() -> PdfSource.INSTANCE.read(Arrays.copyOf(whole, length)))
                    .isInstanceOf(UnreadableScriptException.class)
                    .hasMessageStartingWith("a damaged PDF (")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aPdfLongerThanThePageLimitIsRefused() {
        byte[] three = scene(scene(scene(PrintedPdf.letter()))).bytes();

        assertThatThrownBy(() -> new PdfSource(2, 1000).read(three))
                .isInstanceOf(UnreadableScriptException.class)
                .hasMessage("a PDF of 3 pages, more than 2 (the PDF page limit)");
        assertThatThrownBy(() -> new PdfSource(10, 100).read(three))
                .isInstanceOf(UnreadableScriptException.class)
                .hasMessage("a PDF with more than 100 characters of text (the PDF text limit)");
    }

    private static List<LineTag> tags(Screenplay s) {
        return s.lines().stream().map(TaggedLine::tag).toList();
    }
}

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

    private static PrintedPdf longerScene(PrintedPdf pdf) {
        return pdf.page()
                .at(0, 0, "INT. LIGHTHOUSE - LAMP ROOM - NIGHT")
                .at(0, 2, "The lamp turns. Its beam sweeps the black water, the rocks,")
                .at(0, 3, "the wreck of a trawler on the point. ELSA (60s) winds the")
                .at(0, 4, "clockwork by hand, the way her father did, and her father's")
                .at(0, 5, "father before him.")
                .at(22, 7, "ELSA")
                .at(16, 8, "(to the lamp)")
                .at(10, 9, "Forty years I have kept you turning,")
                .at(10, 10, "and not one ship has thanked me.")
                .at(40, 12, "END OF TEASER");
    }

    /**
     * OCR (tesseract, ocrmypdf) lays each word it read over the scan as wide as its ink, narrower than the
     * typewriter set it: the words still start on the page's pitch, and are read on it, one space apart, the
     * indentation kept. The text is invisible, as an OCR layer's is. A page scanned a little askew sets each line's
     * baseline sloping by more than a third of a line across the page; the line is still one.
     */
    @ParameterizedTest
    @MethodSource("paper")
    void aTextLayerOcrLaidOverAScanIsReadAsThePrintedPage(PrintedPdf pdf) throws Exception {
        String printed = PdfSource.INSTANCE.read(longerScene(pdf).bytes()).text();
        assertThat(printed).contains("                                        END OF TEASER\n");

        for (double tilt : new double[] {0, 0.8, -0.8}) {
            PrintedPdf ocr = longerScene(fresh(pdf)).asOcrLayer(0.78f, tilt);
            ScriptText text = PdfSource.INSTANCE.read(ocr.bytes());
            assertThat(text.text()).as("tilted %s degrees", tilt).isEqualTo(printed);
        }
    }

    private static PrintedPdf fresh(PrintedPdf like) {
        return like.isA4() ? PrintedPdf.a4() : PrintedPdf.letter();
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

    /** The same after words on its line: the gap is counted in spaces only up to the last column. */
    @Test
    void aGlyphFarBeyondTheWordsOnItsLineStopsAtTheLastColumn() throws Exception {
        ScriptText text = PdfSource.INSTANCE.read(scene(PrintedPdf.letter()).at(0, 3, "NEAR").at(2_000_000, 3, "FAR").bytes());

        assertThat(text.text()).contains("NEAR" + " ".repeat(500 - 4) + "FAR");
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

    /** As a word processor's table or Final Draft sets them: the left speech near the action's margin. */
    @Test
    void twoSpeechesSideBySideStandWhereTheScriptsOtherSpeechesDo() throws Exception {
        PrintedPdf pdf = PrintedPdf.letter().page()
                .at(0, 0, "INT. KITCHEN - NIGHT")
                .at(22, 2, "RUTH").at(10, 3, "One of you go first.")
                .at(22, 5, "JUNE").at(10, 6, "You go first.")
                .at(22, 8, "TOBIAS").at(10, 9, "No, you. You're older.")
                .at(11, 11, "JUNE").at(45, 11, "TOBIAS")
                .at(1, 12, "I'm moving to Lisbon").at(34, 12, "I've been made redundant")
                .at(1, 13, "with Marco.").at(34, 13, "and I'm moving home.")
                .at(0, 15, "Silence. Ruth puts down the knife.");

        Screenplay parsed = PARSER.parse(PdfSource.INSTANCE.read(pdf.bytes()));

        List<TaggedLine> spoken = parsed.lines().stream()
                .filter(l -> l.tag() == LineTag.DIALOGUE || l.tag() == LineTag.CHARACTER).toList();
        assertThat(spoken).extracting(TaggedLine::speaker).containsExactly("RUTH", "RUTH", "JUNE", "JUNE", "TOBIAS",
                "TOBIAS", "JUNE", "JUNE", "JUNE", "TOBIAS", "TOBIAS", "TOBIAS");
        assertThat(parsed.lines().get(parsed.lines().size() - 1).tag()).isEqualTo(LineTag.ACTION);
    }

    /** A page's first two speeches, the second on two lines. */
    private static PrintedPdf nightBus() {
        return PrintedPdf.letter().page()
                .at(0, 0, "INT. NIGHT BUS - NIGHT")
                .at(22, 2, "PRIYA").at(10, 3, "End of the line.")
                .at(22, 5, "YUSUF").at(10, 6, "The service was never meant")
                .at(10, 7, "to run this late, you know.");
    }

    /**
     * A word processor keeps no cue with its words and prints no (MORE): a cue alone at the foot of a page speaks
     * on the next, and a speech cut mid-sentence goes on there.
     */
    @Test
    void aSpeechGoesOnOverAPageBreakWithNeitherMoreNorContinuation() throws Exception {
        PrintedPdf pdf = nightBus()
                .at(22, 9, "PRIYA").at(10, 10, "Then why do you drive it, and")
                .at(10, 11, "why does it stop here")
                .at(22, 50, "WALTER")
                .page()
                .at(16, 0, "(sitting again)").at(10, 1, "Then we're all late together.")
                .at(0, 3, "Yusuf picks up his radio.")
                .page()
                .at(22, 0, "YUSUF").at(10, 1, "Control, this is thirty-eight.");
        PrintedPdf cut = nightBus()
                .at(22, 48, "PRIYA").at(10, 49, "Then why do you drive it, and")
                .at(10, 50, "why does it stop")
                .page()
                .at(10, 0, "here, of all places?")
                .at(0, 2, "Yusuf shrugs.");

        Screenplay widowed = PARSER.parse(PdfSource.INSTANCE.read(pdf.bytes()));
        Screenplay broken = PARSER.parse(PdfSource.INSTANCE.read(cut.bytes()));

        assertThat(widowed.scenes().get(0).events().stream().filter(e -> e instanceof dev.slate.parse.Event.Dialogue)
                .map(e -> ((dev.slate.parse.Event.Dialogue) e).speaker()).toList())
                .containsExactly("PRIYA", "YUSUF", "PRIYA", "WALTER", "YUSUF");
        assertThat(broken.scenes().get(0).events()).filteredOn(e -> e instanceof dev.slate.parse.Event.Dialogue)
                .extracting(e -> ((dev.slate.parse.Event.Dialogue) e).text())
                .contains("Then why do you drive it, and why does it stop here, of all places?");
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

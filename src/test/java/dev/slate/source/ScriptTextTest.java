package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScriptTextTest {

    private static final String SCENE = "INT. CAFÉ - NIGHT\n\n“Fine,” she says.\n";

    @Test
    void utf8WithAndWithoutBomIsReadAsUtf8() {
        byte[] plain = SCENE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(ScriptText.of(plain).charset()).isEqualTo("UTF-8");
        assertThat(ScriptText.of(bom).charset()).isEqualTo("UTF-8 (BOM)");
        assertThat(ScriptText.of(bom).line(1).text()).isEqualTo("INT. CAFÉ - NIGHT");
    }

    @Test
    void utf16WithABomIsReadInItsByteOrder() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SCENE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SCENE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(ScriptText.of(le).charset()).isEqualTo("UTF-16LE (BOM)");
        assertThat(ScriptText.of(be).charset()).isEqualTo("UTF-16BE (BOM)");
        assertThat(ScriptText.of(le).line(1).text()).isEqualTo("INT. CAFÉ - NIGHT");
        assertThat(ScriptText.of(be).line(3).text()).isEqualTo("\"Fine,\" she says.");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] cp1252 = SCENE.getBytes(Charset.forName("windows-1252"));
        ScriptText text = ScriptText.of(cp1252);
        assertThat(text.charset()).isEqualTo("windows-1252");
        assertThat(text.line(1).raw()).isEqualTo("INT. CAFÉ - NIGHT");
        assertThat(text.line(3).raw()).isEqualTo("“Fine,” she says.");
    }

    @Test
    void aReplacementCharacterWrittenInTheScriptIsKeptWhileAMalformedByteFallsBack() {
        // U+FFFD is also what a lenient decoder puts for a malformed byte: the two must not be confused
        byte[] written = "INT. CAFÉ - NIGHT\n\nThe sign reads \uFFFD.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ScriptText.of(written).charset()).isEqualTo("UTF-8");
        assertThat(ScriptText.of(written).line(3).raw()).isEqualTo("The sign reads \uFFFD.");

        byte[] malformed = concat(written, new byte[] {'A', (byte) 0xE9, '\n'}); // é in windows-1252
        assertThat(ScriptText.of(malformed).charset()).isEqualTo("windows-1252");
        assertThat(ScriptText.of(malformed).line(4).raw()).isEqualTo("Aé");

        byte[] truncated = concat("INT. CAFÉ - NIGHT\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x80});
        assertThat(ScriptText.of(truncated).charset()).isEqualTo("windows-1252");
    }

    @Test
    void linesSplitOnLfCrlfAndCrButNotOnFormFeed() {
        ScriptText text = ScriptText.of("one\r\ntwo\rthree\n\ffour\nfive");
        assertThat(text.lines()).extracting(ScriptLine::text).containsExactly("one", "two", "three", "four", "five");
        assertThat(text.line(4).pageBreakBefore()).isTrue();
        assertThat(text.line(4).number()).isEqualTo(4);
        assertThat(ScriptText.of("a\n").lines()).hasSize(1);
        assertThat(ScriptText.of("a\n\n").lines()).hasSize(2);
    }

    @Test
    void tabsNonBreakingSpacesAndSmartQuotesAreMadeComparable() {
        ScriptLine line = ScriptText.of("\t\tAMY\u00A0(V.O.)   ").line(1);
        assertThat(line.indent()).isEqualTo(16);
        assertThat(line.content()).isEqualTo("AMY (V.O.)");
        assertThat(line.raw()).isEqualTo("\t\tAMY\u00A0(V.O.)   ");
        assertThat(ScriptText.of("It’s “late”.").line(1).text()).isEqualTo("It's \"late\".");
    }

    @Test
    void everyOddSpaceInvisibleMarkAndCurlyQuoteIsReplacedAndDashesAndEllipsesAreKept() {
        String spaces = "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u3000\u000B";
        for (char c : spaces.toCharArray()) {
            assertThat(ScriptText.of("A" + c + "B" + c).line(1).text()).as("U+%04X", (int) c).isEqualTo("A B");
        }
        for (char c : "\u200B\u200C\u200D\u2060\uFEFF\u00AD".toCharArray()) {
            assertThat(ScriptText.of("A" + c + "B").line(1).text()).as("U+%04X", (int) c).isEqualTo("AB");
        }
        assertThat(ScriptText.of("\u2018a\u2019 \u201Ab\u201B \u2032").line(1).text()).isEqualTo("'a' 'b' '");
        assertThat(ScriptText.of("\u201Ca\u201D \u201Eb\u201F \u2033").line(1).text()).isEqualTo("\"a\" \"b\" \"");
        String kept = "    Wait \u2014 no\u2013 yes\u2026 caf\u00E9 \u00BFs\u00ED? \u4E2D\u6587 \u2122";
        ScriptLine line = ScriptText.of(kept + "  ").line(1);
        assertThat(line.text()).isEqualTo(kept);
        assertThat(line.indent()).isEqualTo(4);
        assertThat(line.raw()).isEqualTo(kept + "  ");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

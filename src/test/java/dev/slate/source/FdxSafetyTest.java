package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Final Draft file is XML from anywhere: hostile or broken XML is refused with one line (and the line
 * it breaks on), never expanded, fetched, followed into the file system, or allowed to hang the reader.
 * The timeout only guards against a hang; it measures nothing.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FdxSafetyTest {
    private static final String SCRIPT = "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">";

    private static UnreadableScriptException refusal(String xml) {
        UnreadableScriptException e = catchThrowableOfType(UnreadableScriptException.class,
                () -> ScriptSources.read(xml.getBytes(StandardCharsets.UTF_8), ScriptFormat.FDX));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
        return e;
    }

    @Test
    void aBillionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n").append(SCRIPT).append("<Content><Paragraph Type=\"Action\"><Text>&lol9;</Text></Paragraph></Content></FinalDraft>\n");

        UnreadableScriptException e = refusal(b.toString());

        assertThat(e.getMessage()).contains("DOCTYPE");
        assertThat(e.line()).isPositive();
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET PASSWORD");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + SCRIPT + "<Content><Paragraph Type=\"Action\"><Text>&xxe;</Text></Paragraph></Content></FinalDraft>\n";

        UnreadableScriptException e = refusal(xml);

        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP SECRET");
    }

    @Test
    void anExternalDtdIsNeitherFetchedNorAccepted() {
        UnreadableScriptException e = refusal("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft SYSTEM \"http://127.0.0.1:9/fd.dtd\">\n"
                + SCRIPT + "<Content><Paragraph Type=\"Action\"><Text>Hi.</Text></Paragraph></Content></FinalDraft>\n");

        assertThat(e.getMessage()).isEqualTo("line 2: a DOCTYPE declaration, which Final Draft files never have (refused for safety)");
    }

    @Test
    void anUndeclaredEntityIsRefusedWithItsLine() {
        UnreadableScriptException e = refusal(SCRIPT + "\n<Content>\n<Paragraph Type=\"Action\"><Text>&xxe;</Text></Paragraph></Content></FinalDraft>\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("line 3: ").contains("xxe");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = SCRIPT + "<Content>" + "<Paragraph>".repeat(100_000) + "</Paragraph>".repeat(100_000) + "</Content></FinalDraft>";

        assertThat(refusal(xml).getMessage()).contains("nested more than 32 deep");
    }

    @Test
    void aTruncatedFileIsRefusedWithTheLineItEndsOn() {
        String xml = "<?xml version=\"1.0\"?>\n" + SCRIPT + "\n<Content>\n<Paragraph Type=\"Action\">\n<Text>The door op";

        UnreadableScriptException e = refusal(xml);

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("line 5: ");
    }

    @Test
    void malformedXmlIsRefusedWithTheParsersReasonOnOneLine() {
        UnreadableScriptException e = refusal(SCRIPT + "\n<Content>\n<Paragraph Type=\"Action\"><Text>A</Paragraph>\n</Content></FinalDraft>");

        assertThat(e.getMessage()).startsWith("line 3: not well-formed XML (");
    }

    @Test
    void xmlThatIsNotFinalDraftIsRefused() {
        assertThat(refusal("<?xml version=\"1.0\"?><svg><text>INT. HOUSE - DAY</text></svg>").getMessage())
                .isEqualTo("line 1: XML, but not a Final Draft file (its root element is <svg>, not <FinalDraft>)");
    }

    @Test
    void aParagraphBeyondTheTextLimitIsRefused() {
        String xml = SCRIPT + "<Content><Paragraph Type=\"Action\"><Text>" + "word ".repeat(30_000) + "</Text></Paragraph></Content></FinalDraft>";

        assertThat(refusal(xml).getMessage()).contains("a paragraph longer than 100000 characters");
    }

    @Test
    void anOverlongAttributeIsRefused() {
        String xml = SCRIPT + "<Content><Paragraph Type=\"" + "A".repeat(10_000) + "\"><Text>x</Text></Paragraph></Content></FinalDraft>";

        assertThat(refusal(xml).getMessage()).contains("an attribute longer than 4096 characters");
    }

    @Test
    void notesAndHeadersOutsideTheScriptDoNotPassForIt() throws UnreadableScriptException {
        String xml = SCRIPT + "<Content><Paragraph Type=\"Scene Heading\" Number=\"4\"><Text>INT. HALL - DAY</Text></Paragraph></Content>"
                + "<HeaderAndFooter><Footer><Paragraph><Text>FOOTER</Text></Paragraph></Footer></HeaderAndFooter>"
                + "<ScriptNotes><ScriptNote Range=\"0,4\"><Paragraph><Text>Loose note.</Text></Paragraph></ScriptNote></ScriptNotes></FinalDraft>";

        ScriptText t = ScriptSources.read(xml.getBytes(StandardCharsets.UTF_8), ScriptFormat.FDX);

        assertThat(t.text()).doesNotContain("FOOTER");
        assertThat(t.elements()).extracting(ScriptElement::type).containsExactly(ScriptElement.Type.HEADING, ScriptElement.Type.NOTE);
        assertThat(t.elements().get(0).sceneNumber()).isEqualTo("4");
        assertThat(t.elements().get(1).text()).isEqualTo("Loose note.");
    }

    @Test
    void escapedCharactersAreReadHoweverManyAScriptHas() throws UnreadableScriptException {
        String xml = SCRIPT + "<Content>" + "<Paragraph Type=\"Action\"><Text>Tom &amp; Jerry say &quot;hi&quot; &lt;3</Text></Paragraph>".repeat(20_000)
                + "</Content></FinalDraft>";

        ScriptText t = ScriptSources.read(xml.getBytes(StandardCharsets.UTF_8), ScriptFormat.FDX);

        assertThat(t.elements()).hasSize(20_000).allSatisfy(e -> assertThat(e.text()).isEqualTo("Tom & Jerry say \"hi\" <3"));
    }

    @Test
    void utf16AndAByteOrderMarkAreRead() throws UnreadableScriptException {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + SCRIPT
                + "<Content><Paragraph Type=\"Action\"><Text>Café – “déjà vu”.</Text></Paragraph></Content></FinalDraft>";

        ScriptText t = ScriptSources.read(xml.getBytes(StandardCharsets.UTF_16BE), ScriptFormat.FDX);

        assertThat(t.elements()).singleElement().extracting(ScriptElement::text).isEqualTo("Café – “déjà vu”.");
    }

    /** Found by the fuzzer (fdx:1:2): the JDK's XML parser printed "[Fatal Error] ..." on stderr as well. */
    @Test
    void invalidUtf8IsRefusedWithItsLineAndNothingOnTheConsole() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SCRIPT + "\n<Content><Paragraph Type=\"Action\"><Text>caf\u00e9"
                + "</Text></Paragraph></Content></FinalDraft>\n").getBytes(StandardCharsets.ISO_8859_1);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(console, true));
        UnreadableScriptException e;
        try {
            e = catchThrowableOfType(UnreadableScriptException.class, () -> ScriptSources.read(bytes, ScriptFormat.FDX));
        } finally {
            System.setErr(err);
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("line 3: not valid UTF-8 (byte 143)");
        assertThat(console.toString()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"doctype-late", "entity-late", "utf16-broken", "encoding-name"})
    void oddBytesAndLateDeclarationsAreOneRefusalAndNothingOnTheConsole(String kind) {
        String body = SCRIPT + "\n<Content><Paragraph Type=\"Action\"><Text>Rain.</Text></Paragraph></Content></FinalDraft>\n";
        byte[] bytes = switch (kind) {
            case "doctype-late" -> (body.replace("<Content>", "<Content><!DOCTYPE x [<!ENTITY a \"b\">]>"))
                    .getBytes(StandardCharsets.UTF_8);
            case "entity-late" -> body.replace("Rain.", "<!ENTITY a SYSTEM \"file:///etc/passwd\">").getBytes(StandardCharsets.UTF_8);
            case "utf16-broken" -> {
                byte[] b = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_16BE);
                byte[] odd = java.util.Arrays.copyOf(b, b.length + 1);
                odd[40] = (byte) 0xD8; // a lone high surrogate
                odd[41] = 0x00;
                yield odd;
            }
            default -> ("<?xml version=\"1.0\" encoding=\"UTF\n-8\"?>\n" + body).getBytes(StandardCharsets.UTF_8);
        };
        java.io.PrintStream err = System.err;
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(console, true));
        System.setOut(new java.io.PrintStream(console, true));
        UnreadableScriptException e;
        try {
            e = catchThrowableOfType(UnreadableScriptException.class, () -> ScriptSources.read(bytes, ScriptFormat.FDX));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        if (!kind.equals("encoding-name")) { // a broken encoding name may still read as UTF-8: either is fine
            assertThat(e).as(kind).isNotNull();
        }
        if (e != null) {
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
        }
        assertThat(console.toString()).isEmpty();
    }
}

package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XML of a Final Draft file as a user meets it: what well-formed XML may hold reads as the script says
 * (CDATA, comments, references, line breaks of any system, either quote), and what breaks XML is refused
 * with one line naming the line of the file and what is wrong there. The timeout only guards against a hang.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FdxXmlTest {
    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\">\n<Content>\n";
    private static final String CLOSE = "</Content>\n</FinalDraft>\n";

    private static String action(String text) {
        return "<Paragraph Type=\"Action\"><Text>" + text + "</Text></Paragraph>\n";
    }

    private static ScriptText read(String xml) throws UnreadableScriptException {
        return ScriptSources.read(xml.getBytes(StandardCharsets.UTF_8), ScriptFormat.FDX);
    }

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                Arguments.of("CDATA is text, markup and all", action("<![CDATA[Tom <b> & Jerry]]> run."), "Tom <b> & Jerry run."),
                Arguments.of("comments and processing instructions are skipped", action("A <!-- a note --> B<?fd x?>C."), "A  BC."),
                Arguments.of("character references, decimal, hex and beyond the BMP", action("&#65;&#x42; &#x1F3AC; cut"), "AB 🎬 cut"),
                Arguments.of("the five predefined entities", action("&lt;b&gt; &quot;c&quot; &apos;d&apos; &amp;"), "<b> \"c\" 'd' &"),
                Arguments.of("'>' alone is text", action("x > y"), "x > y"),
                Arguments.of("an element prefixed by a namespace", "<fd:Paragraph Type=\"Action\" xmlns:fd=\"u\"><fd:Text>Hi.</fd:Text></fd:Paragraph>",
                        "Hi."),
                Arguments.of("single quotes and spaces around '='", "<Paragraph Type = 'Action' ><Text>Quoted.</Text ></Paragraph >", "Quoted."),
                Arguments.of("empty elements", "<Paragraph Type=\"Action\"><Text/><Text>After.</Text></Paragraph>", "After."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void wellFormedXmlReadsAsWritten(String what, String paragraph, String text) throws UnreadableScriptException {
        ScriptText t = read(OPEN + paragraph + CLOSE);

        assertThat(t.elements()).singleElement().extracting(ScriptElement::text).isEqualTo(text);
    }

    @Test
    void lineBreaksOfEverySystemBreakTheParagraphAlike() throws UnreadableScriptException {
        ScriptText t = read(OPEN + action("One.\r\nTwo.\rThree.\nFour.") + CLOSE);

        assertThat(t.elements()).extracting(ScriptElement::text).containsExactly("One.", "Two.", "Three.", "Four.");
    }

    @Test
    void whiteSpaceInAnAttributeValueIsASpace() throws UnreadableScriptException {
        ScriptText t = read(OPEN + "<Paragraph Type=\"Scene\tHeading\" Number=\"&#52;\"><Text>INT. HALL - DAY</Text></Paragraph>" + CLOSE);

        assertThat(t.elements()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ScriptElement.Type.HEADING);
            assertThat(e.sceneNumber()).isEqualTo("4");
        });
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(action("A</Paragraph>"), "line 4: not well-formed XML (the element <Text> ended by </Paragraph>)"),
                Arguments.of(action("Tom & Jerry"), "line 4: not well-formed XML ('&' that starts no reference (write &amp;))"),
                Arguments.of(action("Tom &amp Jerry;"), "line 4: not well-formed XML ('&' that starts no reference (write &amp;))"),
                Arguments.of("<Paragraph Type=Action><Text>A</Text></Paragraph>", "line 4: not well-formed XML (an attribute value without quotes)"),
                Arguments.of("<Paragraph Type=\"Action\" Type=\"Shot\"><Text>A</Text></Paragraph>",
                        "line 4: not well-formed XML (the attribute Type twice in one element)"),
                Arguments.of("<Paragraph Type=\"Act<ion\"><Text>A</Text></Paragraph>", "line 4: not well-formed XML ('<' in an attribute value)"),
                Arguments.of("<Paragraph Type=\"Action\"Number=\"1\"><Text>A</Text></Paragraph>",
                        "line 4: not well-formed XML (attributes not parted by white space)"),
                Arguments.of("\n" + action("A\u0001B"), "line 5: not well-formed XML (the character U+0001, which XML does not allow)"),
                Arguments.of(action("A &#1; B"), "line 4: not well-formed XML (a character reference to a character XML does not allow)"),
                Arguments.of(action("A &#; B"), "line 4: not well-formed XML (a character reference with no digits)"),
                Arguments.of(action("A &#x4G; B"), "line 4: not well-formed XML (a character reference with 'G' in it)"),
                Arguments.of(action("A ]]> B"), "line 4: not well-formed XML (']]>' in text)"),
                Arguments.of(action("A <!-- no -- way --> B"), "line 4: not well-formed XML ('--' inside a comment)"),
                Arguments.of(action("A <?xml version=\"1.0\"?> B"), "line 4: not well-formed XML (an XML declaration that is not at the start of the file)"),
                Arguments.of(action("A <!-- open"), "line 4: not well-formed XML (a comment that does not end)"),
                Arguments.of("<1Paragraph Type=\"Action\"/>", "line 4: not well-formed XML (a name that starts with '1')"),
                Arguments.of(action("A") + "</Content>\n</FinalDraft", "line 6: not well-formed XML (an end tag that does not end)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void malformedXmlIsRefusedWithItsLineAndWhatIsWrong(String content, String message) {
        UnreadableScriptException e = catchThrowableOfType(UnreadableScriptException.class, () -> read(OPEN + content + CLOSE));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void aBrokenReferenceIsRefusedEvenWhereTheScriptIsNotRead() {
        String skipped = "<HeaderAndFooter>\n<Header><Paragraph><Text>&nbsp;Page</Text></Paragraph></Header>\n</HeaderAndFooter>\n";
        String attribute = "<Paragraph Type=\"Action\" Leading=\"&bogus;\"><Text>A</Text></Paragraph>\n";

        assertThat(catchThrowableOfType(UnreadableScriptException.class, () -> read(OPEN + action("A") + "</Content>\n" + skipped + "</FinalDraft>")))
                .hasMessage("line 7: an undeclared entity reference &nbsp;");
        assertThat(catchThrowableOfType(UnreadableScriptException.class, () -> read(OPEN + attribute + CLOSE)))
                .hasMessage("line 4: an undeclared entity reference &bogus;");
    }

    @Test
    void textBeforeTheRootElementIsRefused() {
        UnreadableScriptException e = catchThrowableOfType(UnreadableScriptException.class,
                () -> read("script:\n<FinalDraft DocumentType=\"Script\"><Content>" + action("A") + CLOSE));

        assertThat(e.getMessage()).isEqualTo("line 1: not well-formed XML (text before the root element)");
    }

    @Test
    void anElementWithThousandsOfAttributesIsRefusedAtOnce() {
        StringBuilder many = new StringBuilder("<Paragraph");
        for (int i = 0; i < 200_000; i++) {
            many.append(" a").append(i).append("=\"x\"");
        }
        UnreadableScriptException e = catchThrowableOfType(UnreadableScriptException.class,
                () -> read(OPEN + many + "><Text>A</Text></Paragraph>" + CLOSE));

        assertThat(e.getMessage()).isEqualTo("line 4: an element with more than 64 attributes");
    }
}

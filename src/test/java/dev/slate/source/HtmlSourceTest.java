package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scripts published as web pages, or scraped from them with their tags, read as the text a browser shows. */
class HtmlSourceTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    /** A script archive's page: navigation around the script, which sits in a block nested in another. */
    private static final String ARCHIVE_PAGE = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <html>
            <head>
            <title>The Last Ferry Script</title>
            <script type="text/javascript">var ad = "<pre>an advert</pre>"; if (a < b) { show(ad); }</script>
            <style>td.scrtext { font: 12px Courier; }</style>
            </head>
            <body><table><tr><td><a href="/">Home</a> | <a href="/genres">Genres</a></td></tr>
            <tr><td class="scrtext">
            <pre><html><head></head><body><pre>
            <b>EXT. HARBOUR - NIGHT
            </b>
                      Rain on black water. MAGGIE (40s) checks her watch.

            <b>                              MAGGIE
            </b>                    He said midnight. It&apos;s ten past &amp;
                                &quot;ten past&quot; is late.

            <b>                                                    CUT TO:
            </b></pre></pre>
            <!-- <b>INT. COMMENTED OUT - DAY</b> -->
            <table><tr><td>Writers: Ada Quinn<br>Genres: Drama</td></tr></table>
            </td></tr></table></body></html>
            """;

    @Test
    void anArchivePageGivesTheScriptInItsBlockAndNothingAroundIt() throws Exception {
        ScriptText text = ScriptSources.read(ARCHIVE_PAGE.getBytes(StandardCharsets.UTF_8), null);

        assertThat(text.format()).isEqualTo(ScriptFormat.HTML);
        assertThat(text.text()).isEqualTo("""

                EXT. HARBOUR - NIGHT

                          Rain on black water. MAGGIE (40s) checks her watch.

                                              MAGGIE
                                    He said midnight. It's ten past &
                                    "ten past" is late.

                                                                    CUT TO:
                """);
        assertThat(tags(text)).containsExactly(
                "2 HEADING EXT. HARBOUR - NIGHT",
                "4 ACTION Rain on black water. MAGGIE (40s) checks her watch.",
                "6 CHARACTER MAGGIE",
                "7 DIALOGUE He said midnight. It's ten past &",
                "8 DIALOGUE \"ten past\" is late.",
                "10 TRANSITION CUT TO:");
    }

    @Test
    void aScrapedTextWithItsTagsIsReadAsAPageWhateverItsName() throws Exception {
        String scraped = """
                <b>INT. FERRY - WHEELHOUSE - CONTINUOUS
                </b>
                          Maggie takes the wheel.

                <b>                              TOMAS
                </b>                    (out of breath)
                                    Where are we going?

                <b>                              MAGGIE
                </b>                    Away&nbsp;&amp; back &#8212; again.
                """;
        byte[] bytes = scraped.getBytes(StandardCharsets.UTF_8);
        ScriptFormat format = ScriptFormat.detect(null, "last-ferry.txt", null, bytes);

        assertThat(format).isEqualTo(ScriptFormat.HTML);
        assertThat(tags(ScriptSources.read(bytes, format))).containsExactly(
                "1 HEADING INT. FERRY - WHEELHOUSE - CONTINUOUS",
                "3 ACTION Maggie takes the wheel.",
                "5 CHARACTER TOMAS",
                "6 PARENTHETICAL (out of breath)",
                "7 DIALOGUE Where are we going?",
                "9 CHARACTER MAGGIE",
                "10 DIALOGUE Away & back \u2014 again.");
    }

    @Test
    void aWordProcessorsPageFlowsOneParagraphALine() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"><style>.c2{margin-left:216pt}</style></head><body>"
                + "<p class=\"c3\"><span>INT. KITCHEN &ndash; MORNING</span></p>"
                + "<p class=\"c3\"><span>A kettle screams on the stove. RUTH (60s), in a dressing gown and one slipper,\n   "
                + "ignores it and goes on reading yesterday's paper.</span></p>"
                + "<p class=\"c2\"><span>RUTH</span></p><p class=\"c1\"><span>(to the kettle)</span></p>"
                + "<p class=\"c1\"><span>I heard   you<br>the first time.</span></p>"
                + "<p>&nbsp;</p><p>Her grandson DEV (17) shuffles in, hood up, earphones in, and turns the kettle off "
                + "without a word or a look at her.</p>"
                + "<div><p><b>DEV</b></p></div><p>You&rsquo;re welcome.</p></body></html>";

        ScriptText text = ScriptSources.read(page.getBytes(StandardCharsets.UTF_8), ScriptFormat.HTML);

        assertThat(text.text()).isEqualTo("INT. KITCHEN \u2013 MORNING\nA kettle screams on the stove. RUTH (60s), in a "
                + "dressing gown and one slipper, ignores it and goes on reading yesterday's paper.\nRUTH\n"
                + "(to the kettle)\nI heard you\nthe first time.\n\u00A0\nHer grandson DEV (17) shuffles in, hood up, "
                + "earphones in, and turns the kettle off without a word or a look at her.\nDEV\nYou\u2019re welcome.\n");
        assertThat(tags(text)).containsExactly(
                "1 HEADING INT. KITCHEN \u2013 MORNING",
                "2 ACTION A kettle screams on the stove. RUTH (60s), in a dressing gown and one slipper, ignores it and "
                        + "goes on reading yesterday's paper.",
                "3 CHARACTER RUTH",
                "4 PARENTHETICAL (to the kettle)",
                "5 DIALOGUE I heard you",
                "6 DIALOGUE the first time.",
                "8 ACTION Her grandson DEV (17) shuffles in, hood up, earphones in, and turns the kettle off without a "
                        + "word or a look at her.",
                "9 CHARACTER DEV",
                "10 DIALOGUE You're welcome."); // the parser's text has plain quotes
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<pre>Love &lt;3 and a &lt; b</pre>                    | Love <3 and a < b",
        "<pre>She writes <3 and a < b, then 2>1.</pre>        | She writes <3 and a < b, then 2>1.",
        "<pre>&lt;b&gt;stays text&lt;/b&gt; &amp;amp;</pre>    | <b>stays text</b> &amp;",
        "<pre>a<!-- a note -->b<script>x()</script>c</pre>     | abc",
        "<pre>\\nFADE IN:</pre>                                  | FADE IN:",
        "<pre>one<br>two<BR/>three</pre>                         | one\\ntwo\\nthree",
        "<PRE class=\"x\">upper case tags</PRE> tail           | upper case tags",
        "<pre>an unclosed block                                 | an unclosed block",
        "<pre>A &copy; &eacute;t&eacute; &#x41;&#66; &bogus; & more</pre> | A \u00A9 \u00E9t\u00E9 AB &bogus; & more",
        "<pre>&#0; &#xD800; &#1114112; &#x; &; &amp &AMP; &#128512;</pre>   | &#0; &#xD800; &#1114112; &#x; &; &amp &AMP; \uD83D\uDE00",
        "<pre>&&amp;&lt;&#38;amp;</pre>                                  | &&<&amp;"})
    void tagsGoAndReferencesAreDecoded(String html, String text) throws Exception {
        String page = html.replace("\\n", "\n");
        assertThat(ScriptSources.read(page.getBytes(StandardCharsets.UTF_8), ScriptFormat.HTML).text())
                .isEqualTo(text.replace("\\n", "\n"));
    }

    @Test
    void aPageOfManyOpenBracketsAndNoCloseOneIsReadInOnePass() throws Exception {
        String page = "<html><body>" + "x <y".repeat(300_000);

        ScriptText text = ScriptSources.read(page.getBytes(StandardCharsets.UTF_8), ScriptFormat.HTML);

        assertThat(text.text()).startsWith("x <yx <y").hasSize(4 * 300_000);
    }

    @Test
    void aPageWithNoTextIsRefused() {
        byte[] page = "<html><head><title>x</title></head><body><p></p><br></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ScriptSources.read(page, null)).isInstanceOf(UnreadableScriptException.class)
                .hasMessage("a web page with no text outside its tags");
    }

    @Test
    void binaryDataNamedAsAPageIsRefusedAsNoPage() {
        byte[] data = {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2, 3};
        assertThatThrownBy(() -> ScriptSources.read(data, ScriptFormat.HTML)).isInstanceOf(UnreadableScriptException.class)
                .hasMessage("binary data at byte 6, not a web page");
    }

    private static List<String> tags(ScriptText text) {
        return PARSER.parse(text).lines().stream()
                .map((TaggedLine l) -> l.number() + " " + l.tag() + " " + l.text().strip()).toList();
    }
}

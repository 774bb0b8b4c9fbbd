package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The film's title is what the title page gives under its Title key, wherever the key stands. */
class FountainTitlePageTest {
    private final ScreenplayParser parser = ScreenplayParser.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Title: The Salt Ledger\\nCredit: Written by\\nAuthor: Ann Lee | The Salt Ledger",
        "Credit: Written by\\nAuthor: Ann Lee\\nTitle: **THE SALT LEDGER** | THE SALT LEDGER",
        "Credit: Written by\\nTitle:\\n    _THE SALT_\\n    LEDGER\\nAuthor: Ann Lee | THE SALT LEDGER",
        "Author: Ann Lee\\nDraft date: 1 May | Ann Lee"})
    void theTitleKeyNamesTheFilm(String titlePage, String title) throws Exception {
        String fountain = titlePage.replace("\\n", "\n") + "\n\nINT. HOUSE - DAY\n\nRain.\n";
        Screenplay s = parser.parse(ScriptSources.read(fountain.getBytes(StandardCharsets.UTF_8), ScriptFormat.FOUNTAIN));

        assertThat(s.titlePage().title()).isEqualTo(title);
    }
}

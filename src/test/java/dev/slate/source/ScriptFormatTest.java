package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptFormatTest {

    @ParameterizedTest
    @CsvSource({
        "script.txt, TEXT", "Script.FOUNTAIN, FOUNTAIN", "a/b.spmd, FOUNTAIN", "FILM.PDF, PDF", "draft.fdx, FDX",
        "Casablanca.html, HTML", "page.HTM, HTML", "notes.md, ", "README, ", "dir.pdf/script, "})
    void theExtensionNamesTheFormat(String name, ScriptFormat expected) {
        assertThat(ScriptFormat.fromFileName(name).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/pdf | PDF", "text/x-fountain; charset=utf-8 | FOUNTAIN", "application/xml | FDX",
        "text/html; charset=iso-8859-1 | HTML", "application/xhtml+xml | HTML", "text/plain | ",
        "application/octet-stream | "})
    void theMediaTypeNamesTheFormat(String type, ScriptFormat expected) {
        assertThat(ScriptFormat.fromMediaType(type).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%PDF-1.7\\n%binary | PDF",
        "<?xml version=\"1.0\"?>\\n<FinalDraft DocumentType=\"Script\"> | FDX",
        "Title: Salt\\nAuthor: Ann\\n\\n.OUTSIDE THE CAR\\n\\nRain. [[fix this]] | FOUNTAIN",
        "INT. KITCHEN - DAY\\n\\nAmy cooks.\\n\\n          AMY\\n     Hungry? | TEXT",
        "INT. KITCHEN - DAY\\nAmy cooks.\\nAMY\\nHungry? | TEXT",
        "<!DOCTYPE html>\\n<html><body><pre>INT. KITCHEN - DAY</pre> | HTML",
        "  <html>\\n<head><title>Script</title> | HTML",
        "<?xml version=\"1.0\"?>\\n<!DOCTYPE html>\\n<html xmlns=\"http://www.w3.org/1999/xhtml\"> | HTML",
        "<b>INT. KITCHEN - DAY\\n</b>\\nAmy cooks.\\n\\n<b>          AMY\\n</b>     Hungry?\\n<B>   CUT TO: | HTML",
        "INT. KITCHEN - DAY\\n\\nAmy types <b> on the screen.\\n\\n<b> is bold, she says. | TEXT"})
    void theContentShowsTheFormat(String content, ScriptFormat expected) {
        byte[] bytes = content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(ScriptFormat.sniff(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"fountain, FOUNTAIN", "FDX, FDX", "txt, TEXT", "text, TEXT", "Pdf, PDF", "html, HTML", "htm, HTML", "docx, "})
    void aUserNamesAFormatByNameOrExtension(String name, ScriptFormat expected) {
        assertThat(ScriptFormat.named(name).orElse(null)).isEqualTo(expected);
    }
}

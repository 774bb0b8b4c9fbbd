package dev.slate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptSourcesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "            | TEXT     | an empty file, not a script",
        "            | FOUNTAIN | an empty file, not a script",
        "            |          | an empty file, not a script",
        "            | PDF      | an empty file, not a script",
        "            | FDX      | an empty file, not a script",
        "0a200a0d0a  | TEXT     | no script text: every line is blank",
        "09200c0a    | FOUNTAIN | no script text: every line is blank",
        "efbbbf200a  |          | no script text: every line is blank",
        "fffe20000a00 |         | no script text: every line is blank",
        "c2a00a      | TEXT     | no script text: every line is blank"})
    void bytesWithNoScriptTextAreRefused(String hex, ScriptFormat format, String reason) {
        byte[] bytes = hex == null ? new byte[0] : HexFormat.of().parseHex(hex);
        assertThatThrownBy(() -> ScriptSources.read(bytes, format)).isInstanceOf(UnreadableScriptException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x | TEXT", "\\n\\n  .\\n | TEXT", "Title: Draft | FOUNTAIN", "She waits. | "})
    void anyTextIsAScript(String content, ScriptFormat format) throws UnreadableScriptException {
        byte[] bytes = content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(ScriptSources.read(bytes, format).lines()).anyMatch(l -> !l.isBlank());
    }
}

package dev.slate.cli;

import dev.slate.source.ScriptFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format text|fountain|pdf|fdx|html}: a format name or one of its extensions, in any case. */
final class FormatOption implements ITypeConverter<ScriptFormat> {
    static final String DESCRIPTION = "The input format: text, fountain, pdf, fdx or html (default: from the file's "
            + "extension, else from its content).";

    @Override
    public ScriptFormat convert(String value) {
        return ScriptFormat.named(value).orElseThrow(() -> new TypeConversionException(
                "unknown format '" + value + "'; known: " + ScriptFormat.names()));
    }

    static String describe(ScriptFormat f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}

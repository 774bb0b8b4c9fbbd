package dev.slate.cli;

import dev.slate.source.ScriptFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format text|fountain|pdf|fdx}: a format name or one of its extensions, in any case. */
final class FormatOption implements ITypeConverter<ScriptFormat> {
    static final String DESCRIPTION = "The input format: text, fountain, pdf or fdx (default: from the file's "
            + "extension, else from its content).";

    @Override
    public ScriptFormat convert(String value) {
        return ScriptFormat.named(value).orElseThrow(() -> new TypeConversionException(
                "unknown format '" + value + "'; known: text, fountain, pdf, fdx"));
    }

    static String describe(ScriptFormat f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}

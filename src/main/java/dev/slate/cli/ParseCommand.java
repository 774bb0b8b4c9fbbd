package dev.slate.cli;

import dev.slate.internal.Json;
import dev.slate.internal.ScreenplayJson;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.parse.TaggedLine;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slate parse INPUT [--tags | --json]}: what every line of a script is, or its structure. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Parse a screenplay: plain text (indented or flattened; UTF-8, UTF-16 or Windows-1252), Fountain, PDF, Final Draft (.fdx) or a web page (.html).",
            "--tags (the default) prints one row per non-blank line: lineNo<TAB>TAG<TAB>SPEAKER<TAB>text.",
            "--json prints the structure: title page, characters, sequences, scenes with their headings and events."})
final class ParseCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The script, or - for standard input.")
    String input;

    static final class Output {
        @Option(names = "--tags", description = "One TSV row per non-blank line (default).")
        boolean tags;

        @Option(names = "--json", description = "The structure as one JSON object.")
        boolean json;
    }

    @ArgGroup(exclusive = true)
    Output output = new Output();

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The script's language: en, fr, es or de (default: detected from the script).")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.class,
            description = FormatOption.DESCRIPTION)
    ScriptFormat format;

    @Option(names = "--max-pdf-pages", paramLabel = "N", defaultValue = "1000",
            description = "Most pages of a PDF read; a longer one is refused. Default: ${DEFAULT-VALUE}.")
    int maxPdfPages;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", converter = Sizes.PositiveLong.class,
            description = "Largest script accepted (K, M, G suffixes; default: ${DEFAULT-VALUE}).", defaultValue = "64M")
    long maxInputBytes;

    private int pdfPages() {
        if (maxPdfPages < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-pdf-pages: must be 1 or more");
        }
        return maxPdfPages;
    }

    @Override
    public Integer call() throws Exception {
        ScreenplayParser parser;
        try {
            parser = ScreenplayParser.builder().language(language).build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        ScriptText text = ScriptInput.read(input, maxInputBytes, main.stdin(), format, pdfPages());
        Screenplay screenplay = parser.parse(text);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            Json.write(ScreenplayJson.of(Inputs.displayName(input), screenplay), out, true); // streamed, not one String
            out.println();
        } else {
            StringBuilder b = new StringBuilder(screenplay.lines().size() * 48);
            for (TaggedLine l : screenplay.lines()) {
                b.append(l.tsv()).append('\n');
            }
            out.print(b);
        }
        return Main.OK;
    }
}

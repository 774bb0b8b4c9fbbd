package dev.slate.cli;

import dev.slate.Slate;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapWriter;
import dev.slate.convert.ProgressListener;
import dev.slate.convert.TooManySegmentsException;
import dev.slate.parse.Screenplay;
import dev.slate.source.ScriptFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code slate convert INPUT [-o OUT.clap]} and {@code slate convert DIR... -o OUTDIR}: screenplays to
 * {@code .clap} projects, one or a whole archive.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false,
        description = {
            "Convert screenplays to .clap projects: plain text (UTF-8, UTF-16 or Windows-1252; indented or flattened), "
                + "Fountain, PDF, Final Draft (.fdx) or a web page (.html, as script archives publish them).",
            "",
            "One script: INPUT is a file of any name; its format comes from its extension (.txt, .fountain, .pdf, "
                + ".fdx, .html), else from its content (--format sets it). Word-processor files and other binary data are "
                + "refused. The output goes next to it (script.txt -> script.clap) "
                + "unless -o names it. - reads standard input and writes the .clap (gzip bytes) to standard output.",
            "",
            "A batch: directories, or several files, with -o OUTDIR. Every .txt, .text, .fountain, .spmd, .pdf, "
                + ".fdx, .html and .htm file under the directories "
                + "is converted (recursively; other files, and hidden ones, are left alone), the output tree mirroring "
                + "the input (DIR/a/b.txt -> OUTDIR/a/b.clap; without -o, next to each script), on all cores. "
                + "An output already up to date (at least as new as its script) is skipped unless --force. "
                + "A file that fails is reported on one line and the batch goes on; a summary ends it.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (every script converted or up to date)",
            "1:input rejected, or in a batch at least one script failed",
            "2:usage error",
            "3:internal error: a bug in slate"})
final class ConvertCommand implements Callable<Integer> {
    /** The writer of a single conversion: see {@link ClapWriter.Encoder#ZLIB}. */
    static final ClapWriter ONE_SHOT = new ClapWriter(ClapWriter.DEFAULT_COMPRESSION_LEVEL, ClapWriter.Encoder.ZLIB);

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A script, - for standard input, or directories and files to convert as a batch.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The .clap to write (- for standard output), or for a batch the output directory.")
    String output;

    @Option(names = "--force",
            description = "In a batch, convert every script even when its output is up to date.")
    boolean force;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "A batch's progress on stderr: bar (one updating line), lines (a line every 10%%), "
                    + "none, or auto: a bar on a terminal, lines otherwise. Default: ${DEFAULT-VALUE}.")
    BatchProgress.Mode progress;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The scripts' language: en, fr, es or de (default: detected from each script).")
    String language;

    @Mixin
    TimingOptions timing;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.class,
            description = FormatOption.DESCRIPTION)
    ScriptFormat format;

    @Option(names = "--max-pdf-pages", paramLabel = "N", defaultValue = "1000",
            description = "Most pages of a PDF read; a longer one is refused. Default: ${DEFAULT-VALUE}.")
    int maxPdfPages;

    @Option(names = "--max-segments", paramLabel = "N", converter = Sizes.PositiveInt.class, defaultValue = "100000",
            description = "Most segments a project may hold (a feature makes about 9,000); a script that needs more "
                    + "is refused. Default: ${DEFAULT-VALUE}.")
    int maxSegments;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", converter = Sizes.PositiveLong.class, defaultValue = "64M",
            description = "Largest script accepted (K, M, G suffixes). Default: ${DEFAULT-VALUE}.")
    long maxInputBytes;

    @Override
    public Integer call() throws Exception {
        String first = inputs.get(0);
        if (inputs.size() == 1 && (Inputs.STDIN.equals(first) || !Files.isDirectory(Inputs.path(first)))) {
            // one script and the JVM exits: zlib's native code beats Slate's encoder before it is compiled
            return convertOne(slate(ONE_SHOT), first);
        }
        Slate slate = slate(new ClapWriter());
        if (inputs.contains(Inputs.STDIN)) {
            throw new ParameterException(spec.commandLine(), "- (standard input) converts one script, not a batch");
        }
        if (Inputs.STDIN.equals(output)) {
            throw new ParameterException(spec.commandLine(), "-o -: a batch writes files; -o names a directory");
        }
        Path outDir = output == null ? null : Inputs.path(output);
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new ParameterException(spec.commandLine(), "-o " + output + ": not a directory (a batch needs one)");
        }
        PrintWriter err = spec.commandLine().getErr();
        BatchProgress.Mode mode = progress == BatchProgress.Mode.auto
                ? (System.console() != null ? BatchProgress.Mode.bar : BatchProgress.Mode.lines) : progress;
        Batch batch = new Batch(slate, force, new BatchProgress(err, mode));
        Batch.Summary summary = batch.run(BatchJobs.of(inputs, outDir));
        spec.commandLine().getOut().println(summary.describe());
        return summary.exitCode();
    }

    private Slate slate(ClapWriter writer) {
        try {
            return Slate.builder().language(language).format(format).options(timing.toOptions()).maxInputBytes(maxInputBytes)
                    .maxPdfPages(maxPdfPages).maxSegments(maxSegments).writer(writer).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().startsWith("unknown language")
                    ? "--lang: " + e.getMessage() : e.getMessage());
        }
    }

    /** One script: to the file -o names, next to the input, or to standard output. */
    private int convertOne(Slate slate, String input) throws UserError, IOException {
        boolean fromStdin = Inputs.STDIN.equals(input);
        ClapProject project;
        if (fromStdin) {
            Screenplay screenplay = read(() -> slate.parse(main.stdin(), Inputs.STDIN_NAME, ProgressListener.NONE),
                    Inputs.STDIN_NAME);
            try {
                project = slate.convert(screenplay);
            } catch (TooManySegmentsException e) {
                throw new UserError(Inputs.STDIN_NAME + ": " + e.getMessage() + " (--max-segments)", e);
            }
        } else {
            Path script = Inputs.path(input);
            project = read(() -> slate.convert(script), input);
        }
        boolean toStdout = Inputs.STDIN.equals(output) || (output == null && fromStdin);
        if (toStdout) {
            spec.commandLine().getOut().flush(); // nothing of ours is before the bytes, but keep the order if it were
            OutputStream out = main.stdoutBytes();
            ONE_SHOT.write(project, out);
            out.flush();
            return Main.OK;
        }
        Path target = fromStdin ? Inputs.path(output) : BatchJobs.singleOutput(Inputs.path(input), output);
        if (!fromStdin && sameFile(Inputs.path(input), target)) {
            throw new UserError(output + ": is the input itself; name another output");
        }
        try {
            slate.write(project, target);
        } catch (IOException e) {
            throw new UserError(target + ": cannot write: " + Inputs.describe(e), e);
        }
        spec.commandLine().getOut().println("wrote " + target + ": " + Batch.describe(project));
        return Main.OK;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    interface Reading<T> {
        T get() throws IOException;
    }

    /** Runs a read, turning its failures into one line naming the input. */
    static <T> T read(Reading<T> reading, String name) throws UserError {
        try {
            return reading.get();
        } catch (Slate.ScriptException e) {
            throw new UserError(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file", e);
        } catch (IOException e) {
            throw new UserError(name + ": " + Inputs.describe(e), e);
        }
    }
}

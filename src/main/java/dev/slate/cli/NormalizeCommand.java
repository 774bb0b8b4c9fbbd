package dev.slate.cli;

import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapNormalizer;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code slate normalize IN -o OUT}: read, complete with {@link ClapNormalizer}, write atomically. */
@Command(name = "normalize", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Rewrite a .clap from an older tool as a complete current file, keeping every id and all content.",
            "Fills empty ids with new UUIDs and empty segment createdAt with the current time, raises "
                + "meta.durationInMs to the last segment end, and writes current field names. OUT is replaced "
                + "atomically (it may be IN). Prints what the reader upgraded and what was filled."})
final class NormalizeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ReaderOptions reader;

    @Parameters(index = "0", paramLabel = "IN", description = "The .clap file to read, or - for standard input.")
    String in;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The .clap file to write.")
    String output;

    @Override
    public Integer call() throws Exception {
        if (Inputs.STDIN.equals(output)) {
            throw new ParameterException(spec.commandLine(), "-o -: writing to standard output is not supported");
        }
        ClapReadResult read = Inputs.read(in, reader.limits(), main.stdin());
        ClapNormalizer.Result result = new ClapNormalizer().normalizeWithChanges(read.project());
        ClapProject project = result.project();
        try {
            ConvertCommand.ONE_SHOT.writeFile(project, Inputs.path(output));
        } catch (IOException e) {
            throw new UserError(output + ": cannot write: " + Inputs.describe(e), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ClapFinding f : read.findings()) {
            out.println("read: " + Text.oneLine(f.toString()));
        }
        List<String> changes = result.changes().describe();
        if (changes.isEmpty()) {
            out.println("nothing to fill: every id, createdAt and the duration were already set");
        }
        for (String line : changes) {
            out.println(line);
        }
        out.println("wrote " + output + ": " + Text.plural(project.workflows().size(), "workflow", "workflows") + ", "
                + Text.plural(project.entities().size(), "entity", "entities") + ", "
                + Text.plural(project.scenes().size(), "scene", "scenes") + ", "
                + Text.plural(project.segments().size(), "segment", "segments"));
        return Main.OK;
    }
}

package dev.slate.cli;

import dev.slate.clap.ClapReadResult;
import dev.slate.internal.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slate inspect FILE [--json]}: what a project holds, for a person or a program. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Summarise a .clap file: title, duration, counts, segments per category and per track, characters, "
                + "locations, and what the reader noticed.",
            "With --json, one JSON object: source, title, durationInMs, duration, counts {workflows, entities, "
                + "scenes, segments}, categories, tracks, characters, locations, findings."})
final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ReaderOptions reader;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The .clap file (gzip or plain YAML), or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print one JSON object instead of the human summary.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ClapReadResult read = Inputs.read(file, reader.limits(), main.stdin());
        ProjectSummary summary = new ProjectSummary(Inputs.displayName(file), read);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.toPrettyJson(summary.toJson()));
        } else {
            summary.print(out);
        }
        return Main.OK;
    }
}

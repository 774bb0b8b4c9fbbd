package dev.slate.cli;

import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapValidator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slate validate FILE}: the reader's and the validator's findings, one a line, then a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Check a .clap file against the OpenClap draft and the reference reader.",
            "Prints one finding a line (error|warning ITEM FIELD: message), then a summary line. "
                + "Exits with 1 when there is any error, 0 otherwise."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ReaderOptions reader;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The .clap file (gzip or plain YAML), or - for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        ClapReadResult read = Inputs.read(file, reader.limits(), main.stdin());
        List<ClapFinding> findings = new ClapValidator().validate(read);
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        for (ClapFinding f : findings) {
            if (f.severity() == ClapFinding.Severity.ERROR) {
                errors++;
            }
            out.println(Text.oneLine(f.toString()));
        }
        int warnings = findings.size() - errors;
        out.println(Inputs.displayName(file) + ": " + (errors > 0 ? "invalid" : "valid") + " ("
                + Text.plural(errors, "error", "errors") + ", " + Text.plural(warnings, "warning", "warnings") + ")");
        return errors > 0 ? Main.INPUT_REJECTED : Main.OK;
    }
}

package dev.slate.cli;

import dev.slate.clap.ClapReadResult;
import dev.slate.internal.Json;
import dev.slate.internal.ScreenplayJson;
import dev.slate.parse.Screenplay;
import java.io.PrintWriter;
import java.io.StringWriter;

/** What the command line prints for a parsed script or a read project, for tests outside this package. */
public final class CliOutputs {
    private CliOutputs() {
    }

    /** {@code slate parse --json}'s output for a screenplay. */
    public static String parseJson(String source, Screenplay screenplay) {
        return Json.toPrettyJson(ScreenplayJson.of(source, screenplay));
    }

    /** {@code slate inspect}'s output, human and JSON, for a project as read. */
    public static String inspect(String source, ClapReadResult read) {
        ProjectSummary summary = new ProjectSummary(source, read);
        StringWriter human = new StringWriter();
        try (PrintWriter out = new PrintWriter(human)) {
            summary.print(out);
        }
        return human + Json.toPrettyJson(summary.toJson());
    }
}

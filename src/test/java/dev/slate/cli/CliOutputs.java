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

    /** {@code slate parse --json}'s output for a screenplay, streamed as the command streams it; its length. */
    public static long parseJsonLength(String source, Screenplay screenplay) {
        long[] n = {0};
        Json.write(ScreenplayJson.of(source, screenplay), new Appendable() {
            @Override
            public Appendable append(CharSequence csq) {
                n[0] += csq.length();
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                n[0] += end - start;
                return this;
            }

            @Override
            public Appendable append(char c) {
                n[0]++;
                return this;
            }
        }, true);
        return n[0];
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

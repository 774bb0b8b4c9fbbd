package dev.slate.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured output. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
        /** Exactly one line on stderr, in the {@code slate: ...} form, and nothing that looks like a stack trace. */
        boolean oneErrorLine() {
            return err.endsWith("\n") && err.indexOf('\n') == err.length() - 1 && err.startsWith("slate: ")
                    && !err.contains("\tat ") && !err.contains("Exception");
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return run(new byte[0], args);
    }

    static Result run(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), args);
    }

    static Result run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, stdin, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}

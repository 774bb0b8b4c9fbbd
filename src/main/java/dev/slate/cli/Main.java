package dev.slate.cli;

import dev.slate.clap.ClapFormatException;
import dev.slate.parse.ScreenplayParser;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code slate} command line. Exit codes: {@value #OK} success; {@value #INPUT_REJECTED} input rejected
 * (unreadable or invalid file, I/O error: one line {@code slate: <message>} on stderr; {@code validate} also
 * exits with it when the file has errors); {@value #USAGE} usage error (picocli's message and usage);
 * {@value #INTERNAL_ERROR} a bug in slate (one line on stderr; set the environment variable
 * {@code SLATE_STACKTRACE=1} to get the stack trace too). No input ever produces a stack trace.
 */
@Command(name = "slate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Screenplays to OpenClap (.clap) projects, and tools for .clap files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:input rejected: unreadable or invalid file, I/O error (one line on stderr)",
            "2:usage error",
            "3:internal error: a bug in slate (one line on stderr)"})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INPUT_REJECTED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    /**
     * The subcommands, in the order help lists them. They are added to the command line by {@link #commandLine}
     * rather than declared on the annotation: picocli builds a command's model by reflection, which is a good
     * part of start-up, so a command line that names one command builds only that one.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("parse", ParseCommand.class);
        m.put("validate", ValidateCommand.class);
        m.put("inspect", InspectCommand.class);
        m.put("normalize", NormalizeCommand.class);
        m.put("convert", ConvertCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    private final InputStream stdin;
    private final OutputStream stdoutBytes;

    @Spec
    CommandSpec spec;

    Main(InputStream stdin) {
        this(stdin, System.out);
    }

    Main(InputStream stdin, OutputStream stdoutBytes) {
        this.stdin = stdin;
        this.stdoutBytes = stdoutBytes;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Standard output as bytes, for a command that writes binary data there (convert -); flush out first. */
    OutputStream stdoutBytes() {
        return stdoutBytes;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        preloadFor(args);
        int code = run(args, System.in, new FileOutputStream(FileDescriptor.out), out, err);
        System.exit(code);
    }

    /**
     * A command that parses scripts has the grammars and the sentence model loaded on a second core while
     * picocli reads the arguments, which takes their loading off the main thread's path. Nothing is reported
     * from there; if loading fails, the parse loads them again and reports it.
     */
    private static void preloadFor(String[] args) {
        String named = commandNamed(args);
        if ("convert".equals(named) || "parse".equals(named) || "serve".equals(named)) {
            Thread t = new Thread(() -> {
                try {
                    ScreenplayParser.preload();
                } catch (Throwable ignored) {
                    // the main thread loads them itself when it needs them
                }
            }, "slate-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Runs one command line with the given streams, {@code stdoutBytes} taking binary output; never throws. */
    public static int run(String[] args, InputStream stdin, OutputStream stdoutBytes, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(new Main(stdin, stdoutBytes), out, err, args).execute(args);
        } catch (Throwable t) {
            // Errors (out of memory, stack overflow) escape picocli's handler: still one line
            return reportInternal(t, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs one command line with the given streams; never throws. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        return run(args, stdin, System.out, out, err);
    }

    /** The configured command line, for embedding and tests. */
    public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        return commandLine(new Main(stdin), out, err, null);
    }

    /** With {@code args}, only the subcommand they name (all of them when they name none or an unknown one). */
    private static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cl = new CommandLine(main);
        String named = args == null ? null : commandNamed(args);
        List<String> given = args == null ? List.of() : Arrays.asList(args);
        boolean versionOnly = named == null && (given.contains("--version") || given.contains("-V"))
                && !given.contains("--help") && !given.contains("-h");
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
            if (versionOnly) {
                break; // the version needs no command's model
            }
            if (named == null || named.equals("help") || named.equals(c.getKey())) {
                cl.addSubcommand(c.getKey(), c.getValue());
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, commandLine.getErr()));
        return cl;
    }

    /** The known command the first argument that is not an option names, or null. */
    private static String commandNamed(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return COMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: "
                + String.join(", ", COMMANDS.keySet()));
    }

    static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof UserError || ex instanceof ClapFormatException) {
            err.println("slate: " + Text.oneLine(ex.getMessage()));
            return INPUT_REJECTED;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            IOException io = ex instanceof IOException ? (IOException) ex : ((UncheckedIOException) ex).getCause();
            err.println("slate: " + Inputs.describe(io));
            return INPUT_REJECTED;
        }
        return reportInternal(ex, err);
    }

    private static int reportInternal(Throwable t, PrintWriter err) {
        String m = t.getMessage();
        String what = t instanceof OutOfMemoryError ? "out of memory" + (m == null ? "" : " (" + m + ")")
                : t.getClass().getName() + (m == null ? "" : ": " + m);
        err.println("slate: internal error: " + Text.oneLine(what));
        if (System.getenv("SLATE_STACKTRACE") != null) {
            t.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** {@code slate <version>}, the version Maven filtered into {@code /dev/slate/version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"slate " + version()};
        }

        static String version() {
            try (InputStream in = Main.class.getResourceAsStream("/dev/slate/version.properties")) {
                if (in == null) {
                    return "(unknown version)";
                }
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").trim();
                return v.isEmpty() || v.startsWith("${") ? "(unknown version)" : v;
            } catch (IOException e) {
                return "(unknown version)";
            }
        }
    }
}

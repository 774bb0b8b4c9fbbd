package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapSegment;
import dev.slate.server.ServerOptions;
import dev.slate.server.SlateServer;
import dev.slate.server.internal.ScriptRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code slate serve}: the same conversion as {@code slate convert}, its options, and SIGTERM. */
class ServeCommandTest {
    static final String SCRIPT = "corpus/en-coyles-well/en-coyles-well.txt";

    @TempDir
    Path dir;

    @Test
    void convertTakesEveryTimingOptionOfTheCommandLineUnderTheSameName() {
        CommandLine convert = Main.commandLine(System.in, new java.io.PrintWriter(System.out), new java.io.PrintWriter(System.err))
                .getSubcommands().get("convert");
        Set<String> timing = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : convert.getCommandSpec().options()) {
            if (o.userObject() instanceof java.lang.reflect.Field f && f.getDeclaringClass() == TimingOptions.class) {
                timing.add(o.longestName().substring(2));
            }
        }
        assertThat(timing).hasSize(10);
        assertThat(ScriptRequest.timingParameters()).containsExactlyInAnyOrderElementsOf(timing);
        assertThat(ScriptRequest.CONVERT_PARAMETERS).contains("lang", "format");
    }

    @Test
    void everyLimitOfServeIsInTheReadmesLimitsTableWithTheDefaultTheServerUses() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String limits = readme.substring(readme.indexOf("### Limits"), readme.indexOf("## Converting scripts"));
        CommandLine serve = Main.commandLine(System.in, new java.io.PrintWriter(System.out),
                new java.io.PrintWriter(System.err)).getSubcommands().get("serve");
        for (CommandLine.Model.OptionSpec o : serve.getCommandSpec().options()) {
            String name = o.longestName();
            if (name.startsWith("--max-") || Set.of("--workers", "--queue", "--time-limit", "--io-timeout", "--grace")
                    .contains(name)) {
                assertThat(limits).as(name).contains(name + "`");
            }
        }
        ServeCommand parsed = new ServeCommand();
        new CommandLine(parsed).parseArgs();
        ServerOptions defaults = ServerOptions.defaults();
        assertThat(parsed.maxBodyBytes).isEqualTo(defaults.maxBodyBytes());
        assertThat(parsed.maxSegments).isEqualTo(defaults.maxSegments());
        assertThat(parsed.queue).isEqualTo(defaults.queue());
        assertThat(parsed.timeLimit).isEqualTo(defaults.timeLimit());
        assertThat(parsed.ioTimeout).isEqualTo(defaults.ioTimeout());
        assertThat(parsed.grace).isEqualTo(defaults.grace());
        assertThat(parsed.maxDecompressedBytes).isEqualTo(defaults.clapLimits().maxDecompressedBytes());
        assertThat(parsed.maxScalarLength).isEqualTo(defaults.clapLimits().maxScalarLength());
        assertThat(parsed.host).isEqualTo(defaults.host());
        assertThat(parsed.port).isEqualTo(defaults.port());
    }

    @Test
    void aConvertedScriptIsTheProjectSlateConvertWrites() throws Exception {
        Path out = dir.resolve("cli.clap");
        Cli.Result cli = Cli.run("convert", SCRIPT, "-o", out.toString(), "--words-per-minute", "150",
                "--card-ms", "3000", "--lang", "en");
        assertThat(cli.code()).as(cli.toString()).isZero();
        try (SlateServer server = SlateServer.start(ServerOptions.defaults().withAddress("127.0.0.1", 0))) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri().resolve("/convert?filename=en-coyles-well.txt&words-per-minute=150&card-ms=3000&lang=en"))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(SCRIPT))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            // segments carry the time of conversion; everything else is the same, byte for byte once read
            assertThat(timeless(new ClapReader().read(r.body(), "served").project()))
                    .isEqualTo(timeless(new ClapReader().read(out).project()));
        }
    }

    private static ClapProject timeless(ClapProject p) {
        List<ClapSegment> segments = new ArrayList<>();
        for (ClapSegment s : p.segments()) {
            segments.add(s.toBuilder().createdAt("").build());
        }
        return p.toBuilder().segments(segments).build();
    }

    @Test
    @Timeout(120)
    void sigtermLetsTheRequestInFlightFinish() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--port", "0", "--grace", "30s").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("slate serve: listening on http://127.0.0.1:");
            URI uri = URI.create(first.substring(first.indexOf("http://"), first.indexOf(' ', first.indexOf("http://"))));
            byte[] script = Files.readAllBytes(Path.of(SCRIPT));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
                OutputStream o = s.getOutputStream();
                o.write(("POST /convert HTTP/1.1\r\nHost: x\r\nContent-Length: " + script.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                o.write(Arrays.copyOf(script, 1000));
                o.flush();
                waitForHealth(uri, "\"admitted\": 1");
                // SIGTERM by pid: Process.destroy() would also close the pipes this test still reads
                assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
                String line;
                do {
                    line = out.readLine(); // past the health checks' log lines
                } while (line != null && line.contains(" GET /health "));
                assertThat(line).startsWith("slate serve: stopping; 1 requests in flight");
                o.write(Arrays.copyOfRange(script, 1000, script.length));
                o.flush();
                String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                        .readLine();
                assertThat(status).isEqualTo("HTTP/1.1 200 OK");
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String rest = out.lines().collect(Collectors.joining("\n"));
            assertThat(rest).contains("POST /convert 200", "slate serve: stopped");
        } finally {
            p.destroyForcibly();
        }
    }

    private static void waitForHealth(URI uri, String expected) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            String body = client.send(HttpRequest.newBuilder(uri.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(expected)) {
                return;
            }
            assertThat(System.nanoTime()).as("waiting for " + expected + " in " + body).isLessThan(end);
            Thread.sleep(20);
        }
    }
}

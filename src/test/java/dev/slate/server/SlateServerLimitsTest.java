package dev.slate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's bounds, each on a server of its own: body limit (declared or chunked), saturation (503 at
 * once with Retry-After), the time limit, a client that stalls, and a graceful stop. Slow requests are
 * bodies this test sends in pieces, when it decides: nothing sleeps in the server.
 */
@Timeout(120)
class SlateServerLimitsTest {
    private SlateServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private SlateServer start(ServerOptions options) throws IOException {
        server = SlateServer.start(options.withAddress("127.0.0.1", 0));
        return server;
    }

    private static ServerOptions options() {
        return ServerOptions.defaults();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the condition holds; fails after 20 s (a test's wait, not a timing assertion). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            Thread.sleep(10);
        }
    }

    private boolean health(String contains) {
        try {
            return get("/health").body().contains(contains);
        } catch (Exception e) {
            return false;
        }
    }

    private static final byte[] SCRIPT = read();

    private static byte[] read() {
        try {
            return Files.readAllBytes(SlateServerTest.SCRIPT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Headers and the first half of the script: the request is admitted and waits for the rest. */
    private RawHttp slowConvert() throws IOException {
        RawHttp raw = new RawHttp(server.port());
        raw.send(RawHttp.head("POST", "/convert?filename=coyles.txt", "Content-Length: " + SCRIPT.length));
        raw.send(Arrays.copyOfRange(SCRIPT, 0, SCRIPT.length / 2));
        return raw;
    }

    private static void finish(RawHttp raw) throws IOException {
        raw.send(Arrays.copyOfRange(SCRIPT, SCRIPT.length / 2, SCRIPT.length));
    }

    @Test
    void aScriptThatWouldMakeMoreSegmentsThanTheLimitIs413() throws Exception {
        start(options().withMaxSegments(50));
        HttpResponse<String> r = post("/convert?filename=firmware.txt", SCRIPT);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\": \"project too large\"", "firmware.txt: makes more than 50 segments",
                "--max-segments").doesNotContain("\n  at ");
        assertThat(post("/parse", SCRIPT).statusCode()).as("parsing makes no segment").isEqualTo(200);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsSent() throws Exception {
        start(options().withMaxBodyBytes(1000));
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send(RawHttp.head("POST", "/convert", "Content-Length: 1000000000"));
            RawHttp.Answer a = raw.answer();
            assertThat(a.status()).isEqualTo(413);
            assertThat(a.body()).contains("\"error\": \"body too large\"", "1000 bytes", "--max-body-bytes");
        }
        HttpResponse<String> r = post("/parse", new byte[1001]);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(post("/parse", "INT. HOUSE - DAY\n".getBytes()).statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyIsCutOffAsSoonAsItGrowsPastTheLimit() throws Exception {
        start(options().withMaxBodyBytes(1000));
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send(RawHttp.head("POST", "/convert", "Transfer-Encoding: chunked"));
            for (int i = 0; i < 3; i++) {
                raw.send("200\r\n" + "A".repeat(0x200) + "\r\n");
            }
            RawHttp.Answer a = raw.answer(); // answered before the body ends: 1536 bytes are over 1000
            assertThat(a.status()).isEqualTo(413);
            assertThat(a.body()).contains("body too large");
        }
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/parse"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[5000])))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void aFullServerAnswers503AtOnceThenServesAgain() throws Exception {
        start(options().withWorkers(1, 0));
        try (RawHttp slow = slowConvert()) {
            await("the slow request to be admitted", () -> health("\"admitted\": 1"));
            HttpResponse<String> refused = post("/convert", SCRIPT);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(refused.body()).contains("\"error\": \"busy\"");
            assertThat(get("/health").statusCode()).isEqualTo(200); // health is never queued

            finish(slow);
            RawHttp.Answer a = slow.answer();
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.headers().get("content-type")).isEqualTo("application/x-gzip");
        }
        await("the place to be given back", () -> health("\"admitted\": 0"));
        assertThat(post("/convert", SCRIPT).statusCode()).isEqualTo(200);
    }

    @Test
    void theQueueHoldsRequestsUntilAWorkerIsFree() throws Exception {
        start(options().withWorkers(1, 1));
        try (RawHttp first = slowConvert(); RawHttp second = slowConvert()) {
            await("two requests admitted", () -> health("\"admitted\": 2"));
            assertThat(post("/parse", SCRIPT).statusCode()).isEqualTo(503);
            finish(first);
            finish(second);
            assertThat(first.answer().status()).isEqualTo(200);
            assertThat(second.answer().status()).isEqualTo(200);
        }
    }

    @Test
    void aConversionOverTheTimeLimitIs503AndItsWorkStops() throws Exception {
        start(options().withTimeLimit(Duration.ofMillis(1)));
        byte[] big = new String(SCRIPT, StandardCharsets.UTF_8).repeat(20).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/convert", big);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("\"error\": \"time limit\"", "--time-limit");
        await("the stopped work to give its worker back", () -> health("\"running\": 0") && health("\"admitted\": 0"));
    }

    @Test
    void aClientThatStopsSendingIsCutOff() throws Exception {
        start(options().withWorkers(1, 0).withIoTimeout(Duration.ofMillis(300)));
        try (RawHttp stalled = slowConvert()) {
            assertThat(stalled.closedWithoutAnswer()).isTrue();
        }
        await("the place to be given back", () -> health("\"admitted\": 0"));
        assertThat(post("/convert", SCRIPT).statusCode()).isEqualTo(200);
    }

    @Test
    void stoppingLetsRequestsInFlightFinishAndTakesNoNewOne() throws Exception {
        start(options().withGrace(Duration.ofSeconds(30)));
        int port = server.port();
        try (RawHttp inFlight = slowConvert()) {
            await("the request to be in flight", () -> server.inFlight() == 1);
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::stop);
            await("the listener to close", () -> !accepts(port));
            assertThat(stopped).isNotDone();

            finish(inFlight);
            RawHttp.Answer a = inFlight.answer();
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.body()).isNotEmpty();
            stopped.get();
        }
        assertThat(accepts(port)).isFalse();
    }

    @Test
    void aRequestStillRunningWhenTheGraceEndsIsCutOff() throws Exception {
        start(options().withGrace(Duration.ofMillis(200)));
        try (RawHttp inFlight = slowConvert()) {
            await("the request to be in flight", () -> server.inFlight() == 1);
            server.stop();
            assertThat(inFlight.closedWithoutAnswer()).isTrue();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}

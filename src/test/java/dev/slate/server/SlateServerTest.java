package dev.slate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapValidator;
import dev.slate.clap.ClapWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint and every error a client can meet, on a real server on a loopback port. */
class SlateServerTest {
    static final Path SCRIPT = Path.of("corpus/en-coyles-well/en-coyles-well.txt");

    static SlateServer server;
    static final List<String> log = new CopyOnWriteArrayList<>();
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = SlateServer.start(ServerOptions.defaults().withAddress("127.0.0.1", 0).withLog(log::add), "test");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<byte[]> post(String target, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(target))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static byte[] script() throws IOException {
        return Files.readAllBytes(SCRIPT);
    }

    @Test
    void healthSaysTheServerIsUp() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"status\": \"ok\"", "\"version\": \"test\"", "\"admitted\": 0");
    }

    @Test
    void aScriptConvertsToAClapNamedAfterIt() throws Exception {
        HttpResponse<byte[]> r = post("/convert?filename=en-coyles-well.txt&words-per-minute=150&width=1920&height=1080",
                script());
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-gzip");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"en-coyles-well.clap\"");
        ClapReadResult read = new ClapReader().read(r.body(), "answer");
        assertThat(read.project().meta().width()).isEqualTo(1920);
        assertThat(read.project().meta().title()).isEqualTo("en-coyles-well");
        assertThat(read.project().scenes()).isNotEmpty();
        assertThat(new ClapValidator().validate(read)).noneMatch(f -> f.severity() == ClapFinding.Severity.ERROR);
        assertThat(log).anySatisfy(l -> assertThat(l).contains("POST /convert?filename=en-coyles-well.txt", " 200 "));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "corpus/en-firmware/en-firmware.fountain | ?filename=en-firmware.fountain | ",
        "corpus/en-firmware/en-firmware.fdx | ?format=fdx | ",
        "corpus/pdf/en-kestrel-wharf.enscript.pdf | | application/pdf",
        "corpus/en-firmware/en-firmware.fountain | | text/x-fountain"})
    void fountainPdfAndFinalDraftConvertLikeText(String file, String query, String contentType) throws Exception {
        byte[] body = Files.readAllBytes(java.nio.file.Path.of(file));
        HttpResponse<byte[]> r = contentType == null ? post("/convert" + (query == null ? "" : query), body)
                : post("/convert" + (query == null ? "" : query), body, "Content-Type", contentType);

        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        ClapReadResult read = new ClapReader().read(r.body(), "answer");
        assertThat(read.project().scenes()).hasSizeGreaterThan(5);
        assertThat(read.project().entities()).anyMatch(e -> e.category().equals("CHARACTER"));
        assertThat(new ClapValidator().validate(read)).noneMatch(f -> f.severity() == ClapFinding.Severity.ERROR);
    }

    @Test
    void aWebPageConvertsLikeTheScriptItHolds() throws Exception {
        String text = dev.slate.source.TextDecoder.decode(Files.readAllBytes(java.nio.file.Path.of(
                "corpus/en-firmware/en-firmware.txt"))).text();
        byte[] page = ("<html><body><h1>Firmware</h1><pre>\n" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</pre></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<byte[]> fromPage = post("/convert", page, "Content-Type", "text/html; charset=utf-8");
        HttpResponse<byte[]> fromText = post("/convert", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(fromPage.statusCode()).as(text(fromPage)).isEqualTo(200);
        ClapReadResult a = new ClapReader().read(fromPage.body(), "page");
        ClapReadResult b = new ClapReader().read(fromText.body(), "text");
        assertThat(a.project().meta().screenplay()).isEqualTo(b.project().meta().screenplay());
        assertThat(a.project().segments()).hasSameSizeAs(b.project().segments());
    }

    @Test
    void parseGivesTheStructureAsJsonOrTheTagsAsTsv() throws Exception {
        HttpResponse<byte[]> json = post("/parse?filename=coyles.txt", script());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(text(json)).startsWith("{").contains("\"source\": \"coyles.txt\"", "\"sequences\": [",
                "\"heading\": {");
        HttpResponse<byte[]> tags = post("/parse?tags=true", script());
        assertThat(tags.statusCode()).isEqualTo(200);
        assertThat(tags.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/tab-separated-values"));
        assertThat(text(tags).lines().limit(2)).containsExactly("1\tTRANSITION\t\tFADE IN:",
                "4\tHEADING\t\tEST. BRANNOCK JUNCTION - DAY");
    }

    @Test
    void validateGivesTheFindingsOfAClap() throws Exception {
        byte[] clap = post("/convert", script()).body();
        HttpResponse<byte[]> r = post("/validate?filename=coyles.clap", clap);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r)).contains("\"source\": \"coyles.clap\"", "\"valid\": true", "\"errors\": 0", "\"findings\": []");

        ClapReadResult read = new ClapReader().read(clap, "x");
        byte[] broken = new ClapWriter().toBytes(read.project().toBuilder()
                .segments(List.of(read.project().segments().get(0).toBuilder().entityId("nobody").build())).build());
        HttpResponse<byte[]> invalid = post("/validate", broken);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(text(invalid)).contains("\"valid\": false", "\"severity\": \"error\"", "\"item\": \"segment 0\"",
                "\"field\": \"entityId\"");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "GET  | /nowhere           | 404 | not found",
        "POST | /health            | 405 | method not allowed",
        "GET  | /convert           | 405 | method not allowed",
        "PUT  | /parse             | 405 | method not allowed",
        "POST | /convert?format=docx | 415 | unsupported format",
        "POST | /convert?filename=draft.docx | 415 | unsupported format",
        "POST | /parse?filename=film.clap | 415 | unsupported format",
        "POST | /convert?words-per-minute=fast | 400 | bad request",
        "POST | /convert?words-per-minute=-3 | 400 | bad request",
        "POST | /convert?lang=xx   | 400 | bad request",
        "POST | /convert?bogus=1   | 400 | bad request",
        "POST | /parse?width=100   | 400 | bad request",
        "POST | /parse?tags=maybe  | 400 | bad request",
        "POST | /validate?format=text | 400 | bad request"})
    void aWrongRequestGetsItsStatusAndAJsonError(String method, String target, int status, String error) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve(target))
                .method(method, HttpRequest.BodyPublishers.ofString("INT. HOUSE - DAY\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).contains("\"error\": \"" + error + "\"", "\"detail\": \"");
        if (status == 405) {
            assertThat(r.headers().firstValue("Allow")).isPresent();
        }
    }

    @Test
    void aWordProcessorFileOrAClapIsAnUnsupportedFormat() throws Exception {
        assertThat(post("/convert", "x".getBytes(), "Content-Type",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").statusCode()).isEqualTo(415);
        assertThat(post("/convert", "x".getBytes(), "Content-Type", "application/msword").statusCode()).isEqualTo(415);
        HttpResponse<byte[]> zip = post("/convert", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "Content-Type",
                "application/octet-stream");
        assertThat(zip.statusCode()).isEqualTo(415);
        assertThat(text(zip)).contains("a zip archive");
        HttpResponse<byte[]> clap = post("/convert", post("/convert", script()).body());
        assertThat(clap.statusCode()).isEqualTo(415);
        assertThat(text(clap)).contains("POST it to /validate");
    }

    @Test
    void unreadableInputIs400WithOneLineNamingIt() throws Exception {
        HttpResponse<byte[]> notAClap = post("/validate?filename=notes.clap", "just: [some yaml".getBytes());
        assertThat(notAClap.statusCode()).isEqualTo(400);
        assertThat(text(notAClap)).contains("\"error\": \"unreadable input\"", "notes.clap");

        byte[] binary = new byte[4096];
        new java.util.Random(6).nextBytes(binary);
        HttpResponse<byte[]> r = post("/convert?filename=noise.txt", binary);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(text(r)).contains("\"error\": \"unreadable input\"", "\"detail\": \"noise.txt: ");
        assertThat(text(r).lines().filter(l -> l.contains("detail")).findFirst().orElseThrow()).doesNotContain("\\n");

        HttpResponse<byte[]> empty = post("/convert?filename=draft.fountain", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(text(empty)).contains("\"error\": \"unreadable input\"",
                "\"detail\": \"draft.fountain: an empty file, not a script\"");
    }

    @Test
    void clapNamesAreMadeSafeForTheHeader() {
        assertThat(dev.slate.server.internal.RoutesNames.clapName("../../a\"b\r\nc.txt")).isEqualTo("a_b__c.clap");
        assertThat(dev.slate.server.internal.RoutesNames.clapName(null)).isEqualTo("script.clap");
        assertThat(dev.slate.server.internal.RoutesNames.clapName(".hidden")).isEqualTo("script.clap");
    }

    static URI base() {
        return server.uri();
    }
}

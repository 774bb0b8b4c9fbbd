package dev.slate.bench;

import dev.slate.clap.ClapWriter;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptText;
import dev.slate.source.UnreadableScriptException;
import dev.slate.source.internal.pdf.PdfSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 120-page PDF script: reading its text layer into the rebuilt layout, and the whole way to .clap
 * bytes, single thread, warm. Target (issue 5): under 0.5 s. The PDF is printed from the 120-page text
 * of {@link ParseBenchmark#feature} by enscript and ps2pdf when they are installed (Courier 10, 55 lines a
 * page, as the corpus PDFs are), else written with PDFBox in Courier 12, 55 lines a page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class PdfBenchmark {
    private final ScreenplayParser parser = ScreenplayParser.builder().build();
    private final ScreenplayConverter converter = new ScreenplayConverter(ConvertOptions.defaults().withCreatedAt(Instant.EPOCH));
    private final ClapWriter writer = new ClapWriter();
    private byte[] pdf;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String text = latin1(ParseBenchmark.feature(120));
        pdf = printed(text);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            System.out.println("feature-120 PDF: " + doc.getNumberOfPages() + " pages, " + pdf.length + " bytes, made by "
                    + madeBy);
        }
    }

    private String madeBy = "PDFBox";

    @Benchmark
    public ScriptText readPdf() throws UnreadableScriptException {
        return PdfSource.INSTANCE.read(pdf);
    }

    @Benchmark
    public byte[] pdfToClap() throws UnreadableScriptException {
        return writer.toBytes(converter.convert(parser.parse(PdfSource.INSTANCE.read(pdf))));
    }

    private byte[] printed(String text) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("slate-pdf-bench");
        try {
            Path txt = Files.write(dir.resolve("feature.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
            Path ps = dir.resolve("feature.ps");
            Path out = dir.resolve("feature.pdf");
            if (run(dir, "enscript", "-q", "-B", "-f", "Courier10", "-L", "55", "--margins=36:36:36:36", "-M", "Letter",
                    "-o", ps.toString(), txt.toString()) && run(dir, "ps2pdf", ps.toString(), out.toString())) {
                madeBy = "enscript and ps2pdf";
                return Files.readAllBytes(out);
            }
            return withPdfBox(text);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static boolean run(Path dir, String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false; // not installed
        }
    }

    private static byte[] withPdfBox(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
            String[] lines = text.replace("\t", "        ").split("\n");
            for (int start = 0; start < lines.length; start += 55) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (int i = start; i < Math.min(lines.length, start + 55); i++) {
                        String line = lines[i].replace("\f", "").stripTrailing();
                        if (line.isEmpty()) {
                            continue;
                        }
                        s.beginText();
                        s.setFont(courier, 12);
                        s.newLineAtOffset(36, 792 - 48 - (i - start) * 12);
                        s.showText(line);
                        s.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** What Courier's Latin-1 encoding can print; anything else becomes a question mark. */
    private static String latin1(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.append(c == '\u2019' || c == '\u2018' ? '\'' : c == '\u201C' || c == '\u201D' ? '"'
                : c < 256 && (c >= 32 || c == '\n' || c == '\f' || c == '\t') ? (char) c : '?'));
        return b.toString();
    }
}

package dev.slate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapWriter;
import dev.slate.clap.ClapReader;
import dev.slate.clap.SegmentCategory;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.convert.TooManySegmentsException;
import dev.slate.convert.ProgressListener;
import dev.slate.parse.LineTag;
import dev.slate.parse.Screenplay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library facade, as an app writer uses it. */
class SlateTest {

    private static final String SCENE = """
            INT. KITCHEN - NIGHT

            Rain against the window. AMY (35) stirs a pot.

                                AMY
                          (quietly)
                      Nobody's coming.

            EXT. GARDEN - DAY

            Ren digs.
            """;

    /** A fixed timestamp, so that two conversions of one script are the same project. */
    private static final Slate SLATE = Slate.builder()
            .options(ConvertOptions.defaults().withCreatedAt(Instant.parse("2026-01-01T00:00:00Z"))).build();

    @TempDir
    Path dir;

    @Test
    void stepByStepParsesConvertsAndWrites() throws Exception {
        Screenplay screenplay = SLATE.parse(SCENE.getBytes(StandardCharsets.UTF_8));
        assertThat(screenplay.lines()).extracting(l -> l.tag()).contains(LineTag.HEADING, LineTag.DIALOGUE);
        assertThat(screenplay.scenes()).hasSize(2);

        ClapProject project = SLATE.convert(screenplay);
        assertThat(project.scenes()).hasSize(2);
        assertThat(project.entities()).anyMatch(e -> e.triggerName().equals("AMY"));
        assertThat(project.segments()).anyMatch(s -> s.category().equals(SegmentCategory.DIALOGUE.wire())
                && s.prompt().contains("Nobody's coming."));
        assertThat(project.meta().screenplay()).contains("INT. KITCHEN - NIGHT");

        Path out = dir.resolve("kitchen.clap");
        SLATE.write(project, out);
        assertThat(new ClapReader().read(out).project()).isEqualTo(project);
    }

    @Test
    void oneCallFromFileToFileReadsBackAsTheSameProject() throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        Path out = dir.resolve("kitchen.clap");
        SLATE.convert(script, out);

        ClapProject read = new ClapReader().read(out).project();
        assertThat(read).isEqualTo(SLATE.convert(script));
        assertThat(read.meta().title()).as("a script without a title page is named after its file").isEqualTo("kitchen");
        ClapProject stepByStep = SLATE.convert(SLATE.parse(SCENE));
        assertThat(read).isEqualTo(stepByStep.toBuilder().meta(stepByStep.meta().toBuilder().title("kitchen").build()).build());
    }

    @Test
    void bytesInGzipBytesOut() throws Exception {
        byte[] clap = SLATE.convertToBytes(SCENE.getBytes(StandardCharsets.UTF_16));
        assertThat(clap[0] & 0xff).as("gzip magic").isEqualTo(0x1f);
        assertThat(clap[1] & 0xff).isEqualTo(0x8b);
        ClapProject read = new ClapReader().read(clap, "bytes").project();
        assertThat(read).isEqualTo(SLATE.convert(SLATE.parse(SCENE)));
    }

    @Test
    void theWriterChosenWhenBuiltWritesTheBytes() throws Exception {
        ClapWriter zlib = new ClapWriter(ClapWriter.DEFAULT_COMPRESSION_LEVEL, ClapWriter.Encoder.ZLIB);
        Slate oneShot = Slate.builder().writer(zlib).build();
        ClapProject project = oneShot.convert(oneShot.parse(SCENE.getBytes(StandardCharsets.UTF_8)));

        assertThat(oneShot.writer()).isSameAs(zlib);
        assertThat(SLATE.writer().encoder()).isEqualTo(ClapWriter.Encoder.SLATE);
        assertThat(oneShot.toBytes(project)).isEqualTo(zlib.toBytes(project))
                .isNotEqualTo(SLATE.toBytes(project));
        assertThatThrownBy(() -> Slate.builder().writer(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theListenerSeesEveryStageGoFromZeroToOne() throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        Recorder recorder = new Recorder();
        SLATE.convert(script, dir.resolve("kitchen.clap"), recorder);
        assertThat(recorder.stages()).containsExactly("read", "parse", "convert", "write");
        recorder.seen.forEach((stage, fractions) -> {
            assertThat(fractions).as(stage).startsWith(0.0).endsWith(1.0);
            assertThat(fractions).as(stage + " never goes back").isSorted();
        });

        Recorder bytes = new Recorder();
        SLATE.convertToBytes(SCENE.getBytes(StandardCharsets.UTF_8), bytes);
        assertThat(bytes.stages()).containsExactly("read", "parse", "convert", "write");
        bytes.seen.values().forEach(f -> assertThat(f).endsWith(1.0));

        Recorder steps = new Recorder();
        SLATE.convert(SLATE.parse(script, steps), steps);
        assertThat(steps.stages()).containsExactly("read", "parse", "convert");
    }

    @Test
    void somethingThatIsNotAScriptIsRefusedWithOneLineNamingTheFile() throws Exception {
        Path pdf = Files.write(dir.resolve("script.txt"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SLATE.convert(pdf)).isInstanceOf(Slate.ScriptException.class)
                .hasMessage(pdf + ": a damaged PDF (missing root object specification in trailer)");

        Path binary = Files.write(dir.resolve("archive"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> SLATE.parse(binary)).isInstanceOf(Slate.ScriptException.class)
                .hasMessage(binary + ": binary data at byte 4, not a plain-text script");

        Path word = Files.writeString(dir.resolve("draft.docx"), "looks like text");
        assertThatThrownBy(() -> SLATE.parse(word)).hasMessageStartingWith(word + ": a Word document;");

        assertThatThrownBy(() -> SLATE.convertToBytes(new byte[] {0, 1, 2})).isInstanceOf(Slate.ScriptException.class)
                .hasMessageStartingWith("<input>: binary data");

        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> SLATE.convert(empty)).isInstanceOf(Slate.ScriptException.class)
                .hasMessage(empty + ": an empty file, not a script");
        byte[] bomAndSpaces = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '\t', '\n'};
        assertThatThrownBy(() -> SLATE.convertToBytes(bomAndSpaces)).isInstanceOf(Slate.ScriptException.class)
                .hasMessage("<input>: no script text: every line is blank");
        // text already in memory is a writing app's document: an empty one is an empty screenplay
        assertThat(SLATE.parse("").scenes()).isEmpty();

        assertThatThrownBy(() -> SLATE.parse(dir.resolve("missing.txt"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> SLATE.parse(dir)).hasMessage(dir + ": is a directory");
    }

    @Test
    void theSizeLimitHolds() throws Exception {
        Slate small = Slate.builder().maxInputBytes(16).build();
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        assertThatThrownBy(() -> small.parse(script)).isInstanceOf(Slate.ScriptException.class)
                .hasMessage(script + ": larger than 16 bytes (the input size limit)");
        assertThatThrownBy(() -> small.parse(SCENE.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("<input>: larger than 16 bytes (the input size limit)");
    }

    @Test
    void theSegmentLimitRefusesANamedScriptAndThrowsForAScreenplay() throws Exception {
        Slate small = Slate.builder().maxSegments(5).build();
        assertThat(small.maxSegments()).isEqualTo(5);
        Path script = Files.writeString(dir.resolve("kitchen.txt"), SCENE);
        assertThatThrownBy(() -> small.convert(script)).isInstanceOf(Slate.ScriptException.class)
                .hasMessage(script + ": makes more than 5 segments (the segment limit)");
        assertThatThrownBy(() -> small.convertToBytes(SCENE.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("<input>: makes more than 5 segments (the segment limit)");
        assertThatThrownBy(() -> small.convert(small.parse(SCENE))).isInstanceOf(TooManySegmentsException.class)
                .hasMessage("makes more than 5 segments");
        assertThat(Slate.create().convert(Slate.create().parse(SCENE)).segments()).hasSizeGreaterThan(5);
        assertThat(Slate.create().maxSegments()).isEqualTo(ScreenplayConverter.DEFAULT_MAX_SEGMENTS);
    }

    @Test
    void optionsAndLanguageAreTheOnesBuiltWith() {
        ConvertOptions slow = ConvertOptions.defaults().withWordsPerMinute(80);
        Slate slate = Slate.builder().language("fr").options(slow).build();
        assertThat(slate.options()).isEqualTo(slow);
        assertThat(slate.language()).isEqualTo("fr");
        assertThat(slate.parse(SCENE).language()).isEqualTo("fr");
        assertThatThrownBy(() -> Slate.builder().language("xx").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown language 'xx'");
    }

    @Test
    void oneSlateServesManyThreads() throws Exception {
        ClapProject expected = SLATE.convert(SLATE.parse(SCENE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ClapProject>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> SLATE.convert(SLATE.parse(SCENE.getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<ClapProject> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every fraction reported, by stage, in the order the stages first appeared. */
    private static final class Recorder implements ProgressListener {
        final Map<String, List<Double>> seen = new LinkedHashMap<>();

        @Override
        public synchronized void progress(String stage, double fraction) {
            seen.computeIfAbsent(stage, s -> new ArrayList<>()).add(fraction);
        }

        List<String> stages() {
            return List.copyOf(seen.keySet());
        }
    }
}

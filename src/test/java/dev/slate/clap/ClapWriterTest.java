package dev.slate.clap;

import static dev.slate.clap.testing.Gzip.gunzip;
import static dev.slate.clap.testing.Gzip.zlibFastest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slate.clap.internal.ProjectYaml;
import dev.slate.clap.internal.gzip.FastGzipOutputStream;
import dev.slate.clap.internal.yaml.HintedByteSink;
import dev.slate.clap.testing.RandomProjects;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** The layout of what {@link ClapWriter} writes, read back with a YAML 1.2 core-schema reader. */
class ClapWriterTest {

    private static final Load CORE = new Load(LoadSettings.builder().setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false).setCodePointLimit(Integer.MAX_VALUE).build());

    private final ClapWriter writer = new ClapWriter();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @Test
    void theHeaderComesFirstWithAllFiveCountsThenEachSectionInOrder() {
        ClapProject p = ClapProject.builder()
                .meta(ClapMeta.builder().id("m").build())
                .workflows(List.of(ClapWorkflow.builder().id("w0").build()))
                .entities(List.of(ClapEntity.builder().id("e0").build(), ClapEntity.builder().id("e1").build()))
                .scenes(List.of(ClapScene.builder().id("s0").build()))
                .segments(List.of(segment("g0"), segment("g1"), segment("g2")))
                .build();

        List<Map<String, Object>> items = items(writer.toYaml(p));

        assertThat(items.get(0)).containsExactly(Map.entry("format", "clap-0"), Map.entry("numberOfWorkflows", 1),
                Map.entry("numberOfEntities", 2), Map.entry("numberOfScenes", 1), Map.entry("numberOfSegments", 3));
        assertThat(items.stream().skip(1).map(i -> i.get("id"))).containsExactly("m", "w0", "e0", "e1", "s0", "g0",
                "g1", "g2");
        assertThat(writer.toYaml(p)).startsWith("- format: clap-0\n  numberOfWorkflows: 1\n");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyItemHasEveryKnownFieldInTheDocumentedOrderThenItsExtras(long seed) {
        ClapProject p = new RandomProjects(seed).anyProject();

        List<Map<String, Object>> items = items(writer.toYaml(p));

        assertThat(items).hasSize(2 + p.workflows().size() + p.entities().size() + p.scenes().size()
                + p.segments().size());
        assertThat(keys(items.get(1))).isEqualTo(concat(ProjectYaml.META_FIELDS, p.meta().extras()));
        int i = 2;
        for (ClapWorkflow w : p.workflows()) {
            assertThat(keys(items.get(i++))).isEqualTo(concat(ProjectYaml.WORKFLOW_FIELDS, w.extras()));
        }
        for (ClapEntity e : p.entities()) {
            assertThat(keys(items.get(i++))).isEqualTo(concat(ProjectYaml.ENTITY_FIELDS, e.extras()));
        }
        for (ClapScene s : p.scenes()) {
            Map<String, Object> item = items.get(i++);
            assertThat(keys(item)).isEqualTo(concat(ProjectYaml.SCENE_FIELDS, s.extras()));
            List<?> events = (List<?>) item.get("events");
            assertThat(events).hasSize(s.events().size());
            for (int k = 0; k < events.size(); k++) {
                assertThat(keys((Map<?, ?>) events.get(k))).isEqualTo(concat(ProjectYaml.EVENT_FIELDS,
                        s.events().get(k).extras()));
                assertThat(((Map<?, ?>) events.get(k)).get("description")).isEqualTo(s.events().get(k).description());
            }
        }
        for (ClapSegment s : p.segments()) {
            Map<String, Object> item = items.get(i++);
            assertThat(keys(item)).isEqualTo(concat(ProjectYaml.SEGMENT_FIELDS, s.extras()));
            assertThat(item.get("prompt")).isEqualTo(s.prompt());
            assertThat(item.get("childrenIds")).isEqualTo(s.childrenIds());
            for (Map.Entry<String, Object> x : s.extras().entrySet()) {
                assertThat(item.get(x.getKey())).isEqualTo(x.getValue());
            }
        }
        assertThat(items.get(1).get("title")).isEqualTo(p.meta().title());
        assertThat(items.get(1).get("screenplay")).isEqualTo(p.meta().screenplay());
        assertThat(headerExtras(items.get(0))).isEqualTo(p.headerExtras());
    }

    @Test
    void aKnownFieldWithAWrongTypedValueInExtrasIsWrittenInPlaceAndNeverTwice() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("custom", 1.5);
        extras.put("track", "3");
        extras.put("prompt", 42);
        ClapSegment s = segment("g").toBuilder().track(7).prompt("typed").extras(extras).build();
        Map<String, Object> metaExtras = new LinkedHashMap<>();
        metaExtras.put("width", 1.5);
        metaExtras.put("title", List.of("a", "b"));
        ClapProject p = ClapProject.builder().meta(ClapMeta.builder().title("typed").extras(metaExtras).build())
                .segments(List.of(s)).build();

        List<Map<String, Object>> items = items(writer.toYaml(p)); // a duplicate key would fail here

        Map<String, Object> seg = items.get(2);
        assertThat(keys(seg)).isEqualTo(concat(ProjectYaml.SEGMENT_FIELDS, Map.of("custom", 0)));
        assertThat(seg.get("track")).isEqualTo("3");
        assertThat(seg.get("prompt")).isEqualTo(42);
        assertThat(seg.get("custom")).isEqualTo(1.5);
        assertThat(items.get(1).get("width")).isEqualTo(1.5);
        assertThat(items.get(1).get("title")).isEqualTo(List.of("a", "b"));
        assertThat(keys(items.get(1))).isEqualTo(ProjectYaml.META_FIELDS);
    }

    @Test
    void fieldsTheReferenceCannotLoadWithoutAreAlwaysTypedAndTheirExtrasDropped() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("numberOfScenes", "9");
        header.put("numberOfModels", 4);
        header.put("format", "clap-0b");
        header.put("generator", "someone else");
        ClapProject p = ClapProject.builder().headerExtras(header)
                .scenes(List.of(ClapScene.builder().id("s").extras(Map.of("events", "oops")).build()))
                .segments(List.of(segment("g").toBuilder().assetDurationInMs(250)
                        .extras(Map.of("assetDurationInMs", "long")).build()))
                .build();

        List<Map<String, Object>> items = items(writer.toYaml(p));

        assertThat(items.get(0)).containsExactly(Map.entry("format", "clap-0"), Map.entry("numberOfWorkflows", 0),
                Map.entry("numberOfEntities", 0), Map.entry("numberOfScenes", 1), Map.entry("numberOfSegments", 1),
                Map.entry("generator", "someone else"));
        assertThat(items.get(2).get("events")).isEqualTo(List.of());
        assertThat(items.get(3).get("assetDurationInMs")).isEqualTo(250);
    }

    @Test
    void metaCarriesTheRatioUnderBothNamesAndTheScreenplayOnce() {
        ClapMeta withPrompt = ClapMeta.builder().imageRatio(ImageRatio.PORTRAIT).imagePrompt("noir, rain")
                .screenplay("INT. HOUSE - NIGHT\n\nAMY\nHello.\n").build();
        Map<String, Object> meta = items(writer.toYaml(ClapProject.builder().meta(withPrompt).build())).get(1);
        assertThat(meta).containsEntry("imageRatio", "PORTRAIT").containsEntry("orientation", "PORTRAIT")
                .containsEntry("extraPositivePrompt", List.of("noir, rain"))
                .containsEntry("screenplay", "INT. HOUSE - NIGHT\n\nAMY\nHello.\n")
                .doesNotContainKeys("storyPrompt", "imagePrompt");

        Map<String, Object> plain = items(writer.toYaml(ClapProject.builder().build())).get(1);
        assertThat(plain).containsEntry("extraPositivePrompt", List.of()).containsEntry("imageRatio", "LANDSCAPE");
    }

    @Test
    void typedNumbersAreIntegersWhenIntegralAndExtrasDoublesStayDoubles() {
        ClapSegment s = segment("g").toBuilder().startTimeInMs(3000).endTimeInMs(4500.25).outputGain(0.5)
                .seed(4_000_000_000L).extras(Map.of("ratio", 2.0)).build();
        String yaml = writer.toYaml(ClapProject.builder().segments(List.of(s)).build());

        assertThat(yaml).contains("\n  startTimeInMs: 3000\n", "\n  endTimeInMs: 4500.25\n", "\n  outputGain: 0.5\n",
                "\n  seed: 4000000000\n", "\n  ratio: 2.0\n", "\n  assetDurationInMs: 0\n");
        Map<String, Object> seg = items(yaml).get(2);
        assertThat(seg.get("ratio")).isEqualTo(2.0);
        assertThat(seg.get("seed")).isEqualTo(4_000_000_000L);
    }

    @Test
    void theGzipFormsHoldExactlyTheYaml() throws IOException {
        ClapProject p = new RandomProjects(3).realistic(2000);
        byte[] yaml = writer.toYaml(p).getBytes(StandardCharsets.UTF_8);

        byte[] bytes = writer.toBytes(p);
        assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
        assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
        assertThat(gunzip(bytes)).isEqualTo(yaml);

        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        writer.write(p, new FilterOutputStream(sink) {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertThat(closed[0]).as("write() leaves the stream open").isFalse();
        assertThat(gunzip(sink.toByteArray())).isEqualTo(yaml);
    }

    @Test
    void writeYamlGivesTheSameTextAsToYamlAcrossManyChunks() throws IOException {
        ClapProject p = new RandomProjects(4).realistic(2000);
        ClapProject unicode = p.toBuilder().meta(p.meta().toBuilder().title("Café 😀 \ud800").build()).build();
        StringBuilder out = new StringBuilder();

        writer.writeYaml(unicode, out);

        assertThat(out.length()).isGreaterThan(1 << 18);
        assertThat(out.toString()).isEqualTo(writer.toYaml(unicode));
    }

    @Test
    void theCompressionLevelTradesSizeForTimeAndNeverChangesTheContent() throws IOException {
        ClapProject p = new RandomProjects(5).realistic(1000);
        byte[] stored = new ClapWriter(0).toBytes(p);
        byte[] fast = new ClapWriter().toBytes(p);
        byte[] best = new ClapWriter(9).toBytes(p);

        assertThat(new ClapWriter().compressionLevel()).isEqualTo(1);
        assertThat(stored.length).isGreaterThan(fast.length);
        assertThat(best.length).isLessThan(fast.length);
        assertThat(gunzip(stored)).isEqualTo(gunzip(fast)).isEqualTo(gunzip(best));
        // Slate's own encoder: within a few percent of zlib's fastest level (smaller on converted scripts)
        assertThat((double) fast.length).as("the default encoder against zlib's fastest level")
                .isLessThan(zlibFastest(gunzip(fast)).length * 1.05);
        assertThatThrownBy(() -> new ClapWriter(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 9");
    }

    @Test
    void eitherEncoderWritesTheSameYamlAndZlibsIsExactlyJavaUtilZipsFastestLevel() throws IOException {
        ClapProject p = new RandomProjects(6).realistic(500);
        ClapWriter zlib = new ClapWriter(ClapWriter.DEFAULT_COMPRESSION_LEVEL, ClapWriter.Encoder.ZLIB);
        byte[] slates = writer.toBytes(p);
        byte[] zlibs = zlib.toBytes(p);

        assertThat(writer.encoder()).isEqualTo(ClapWriter.Encoder.SLATE);
        assertThat(gunzip(slates)).isEqualTo(gunzip(zlibs));
        assertThat(zlibs).isEqualTo(zlibFastest(gunzip(zlibs))).isNotEqualTo(slates);
        // at other levels the encoder makes no difference: zlib makes them all
        assertThat(new ClapWriter(6, ClapWriter.Encoder.SLATE).toBytes(p))
                .isEqualTo(new ClapWriter(6, ClapWriter.Encoder.ZLIB).toBytes(p));
    }

    /** A segment as converted ones are: on track 3, its own seed and links empty, its times and text as a shot's. */
    private static ClapSegment.Builder usual() {
        return ClapSegment.builder().startTimeInMs(0).endTimeInMs(1000).startTimeInLines(3).endTimeInLines(8).track(3)
                .category(SegmentCategory.ACTION).outputType(OutputType.TEXT).createdAt("2026-11-23T00:00:00.000Z")
                .entityId("c1").sceneId("s1").prompt("wide shot, she runs").label("she runs");
    }

    static List<Arguments> segmentVariants() {
        return List.of(
                Arguments.of("track", usual().track(35).build()),
                Arguments.of("category", usual().category(SegmentCategory.CAMERA).build()),
                Arguments.of("outputType", usual().outputType(OutputType.AUDIO).build()),
                Arguments.of("renderId", usual().renderId("r1").build()),
                Arguments.of("status", usual().status(SegmentStatus.COMPLETED).build()),
                Arguments.of("assetUrl", usual().assetUrl("a.png").build()),
                Arguments.of("assetDurationInMs", usual().assetDurationInMs(20).build()),
                Arguments.of("assetSourceType", usual().assetSourceType(AssetSource.PATH).build()),
                Arguments.of("assetFileFormat", usual().assetFileFormat("image/png").build()),
                Arguments.of("createdAt", usual().createdAt("2026-11-24T00:00:00.000Z").build()),
                Arguments.of("createdBy", usual().createdBy("ai").build()),
                Arguments.of("editedBy", usual().editedBy("human").build()),
                Arguments.of("revision", usual().revision(2).build()),
                Arguments.of("outputGain", usual().outputGain(0.5).build()),
                Arguments.of("seed", usual().seed(7).build()),
                Arguments.of("parentId", usual().parentId("p").build()),
                Arguments.of("childrenIds", usual().childrenIds(List.of("c")).build()),
                Arguments.of("workflowId", usual().workflowId("w").build()),
                Arguments.of("startTimeInMs", usual().startTimeInMs(-0.0).build()),
                Arguments.of("endTimeInMs", usual().endTimeInMs(1001).build()),
                Arguments.of("startTimeInLines", usual().startTimeInLines(4).build()),
                Arguments.of("endTimeInLines", usual().endTimeInLines(9).build()),
                Arguments.of("entityId", usual().entityId("e").build()),
                Arguments.of("sceneId", usual().sceneId("s").build()),
                Arguments.of("prompt", usual().prompt("a shot").build()),
                Arguments.of("label", usual().label("a shot").build()));
    }

    /**
     * The writer writes the fields that segments of a track share (category to the end, and a segment's empty
     * seed and links) once and copies them after, and copies a segment's times and text from the segment before
     * when they are the same: a segment that differs from the others in any one of them, or stands on a track 32
     * further on, still reads back as itself.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentVariants")
    void aSegmentThatDiffersFromItsTracksOthersInOneSharedFieldReadsBackAsItself(String field, ClapSegment variant)
            throws ClapFormatException {
        List<ClapSegment> segments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ClapSegment s = i % 3 == 2 ? variant : usual().build();
            segments.add(s.toBuilder().id("g" + i).build());
        }
        ClapProject p = ClapProject.builder().segments(segments).build();

        List<Map<String, Object>> items = items(writer.toYaml(p));

        for (int i = 0; i < segments.size(); i++) {
            Map<String, Object> alone = items(writer.toYaml(ClapProject.builder().segments(List.of(segments.get(i))).build())).get(2);
            assertThat(items.get(2 + i)).as("segment %d", i).isEqualTo(alone);
        }
        assertThat(items.get(4).get(field)).isNotEqualTo(items.get(2).get(field));
        assertThat(new ClapReader().readYaml(writer.toYaml(p), "variant.yaml").project().segments()).isEqualTo(segments);
    }

    @Test
    void theEmittersHintsAreTheEncodersOwnTermsSoTheWriterPassesThemAsTheyAre() {
        assertThat(HintedByteSink.RANDOM).isEqualTo(FastGzipOutputStream.LITERAL);
        assertThat(HintedByteSink.ORDINARY).isEqualTo(FastGzipOutputStream.SEARCH);
    }

    @Test
    void aValueOfAnUnsupportedTypeIsRefusedWithItsType() {
        ClapProject p = ClapProject.builder().meta(ClapMeta.builder().extras(Map.of("when", new java.util.Date()))
                .build()).build();
        assertThatThrownBy(() -> writer.toBytes(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Date");
    }

    // ------------------------------------------------------------------ helpers

    private static ClapSegment segment(String id) {
        return ClapSegment.builder().id(id).startTimeInMs(0).endTimeInMs(1000).category(SegmentCategory.DIALOGUE)
                .build();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(String yaml) {
        return (List<Map<String, Object>>) CORE.loadFromString(yaml);
    }

    private static List<String> keys(Map<?, ?> item) {
        List<String> out = new ArrayList<>();
        for (Object k : item.keySet()) {
            out.add((String) k);
        }
        return out;
    }

    private static List<String> concat(List<String> known, Map<String, Object> extras) {
        List<String> out = new ArrayList<>(known);
        for (String k : extras.keySet()) {
            if (!known.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static Map<String, Object> headerExtras(Map<String, Object> header) {
        Map<String, Object> out = new LinkedHashMap<>(header);
        out.keySet().removeAll(List.of("format", "numberOfWorkflows", "numberOfEntities", "numberOfScenes",
                "numberOfSegments"));
        return out;
    }
}

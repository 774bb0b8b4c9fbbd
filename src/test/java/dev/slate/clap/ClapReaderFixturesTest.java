package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files written by the reference implementation ({@code @aitube/clap} 0.2.4), by its earliest published
 * version (0.0.23, lowercase enums, {@code orientation}, {@code screenplay}, no workflows), by hand after the
 * 0.0.1 draft ({@code numberOfModels}), and a hand-written multi-document stream: each reads with the
 * values its maker put in. See src/test/resources/fixtures/README.md for how each was made.
 */
class ClapReaderFixturesTest {
    private final ClapReader reader = new ClapReader();

    private ClapReadResult read(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return reader.read(in, name);
        }
    }

    private static String uuid(int n) {
        return String.format("00000000-0000-4000-8000-%012x", n);
    }

    @Test
    void theReferenceSimpleStoryReads() throws Exception {
        ClapReadResult r = read("ref-0.2.4-simple-story.clap");
        ClapProject p = r.project();
        assertThat(r.findings()).isEmpty();
        assertThat(p.meta().id()).isEqualTo(uuid(1));
        assertThat(p.meta().title()).isEqualTo("Interactive Demo");
        assertThat(p.meta().isLoop()).isTrue();
        assertThat(p.meta().isInteractive()).isTrue();
        assertThat(p.meta().imageRatio()).isEqualTo("LANDSCAPE");
        assertThat(p.meta().durationInMs()).isEqualTo(20000);
        assertThat(p.workflows()).isEmpty();
        assertThat(p.entities()).isEmpty();
        assertThat(p.scenes()).isEmpty();
        assertThat(p.segments()).hasSize(20);
        ClapSegment intro = p.segments().get(0);
        assertThat(intro.category()).isEqualTo("INTERFACE");
        assertThat(intro.outputType()).isEqualTo("INTERFACE");
        assertThat(intro.prompt()).isEqualTo("<BUILTIN:POWERED_BY_ENGINE>");
        assertThat(intro.assetDurationInMs()).isEqualTo(1000);
        assertThat(intro.createdAt()).isEqualTo("2024-06-26T12:00:00.000Z");
        assertThat(intro.seed()).isEqualTo(1000);
        // then, per story line: a VIDEO, a GENERIC prompt, a CAMERA, on tracks 0, 1, 2
        assertThat(p.segments().subList(2, 5)).extracting(ClapSegment::category).containsExactly("VIDEO", "GENERIC", "CAMERA");
        assertThat(p.segments().subList(2, 5)).extracting(ClapSegment::track).containsExactly(0, 1, 2);
        assertThat(p.segments().get(3).prompt()).isEqualTo(p.segments().get(3).label()).isNotEmpty();
        assertThat(p.segments().get(4).prompt()).isEqualTo("medium-shot");
    }

    @Test
    void theReferenceProjectWithEveryFieldReads() throws Exception {
        ClapReadResult r = read("ref-0.2.4-every-field.clap");
        assertThat(r.findings()).isEmpty();
        ClapProject p = r.project();
        ClapMeta m = p.meta();
        assertThat(m.id()).isEqualTo(uuid(2));
        assertThat(m.title()).isEqualTo("Every field: a test");
        assertThat(m.description()).isEqualTo("Line one\nLine two\n");
        assertThat(m.synopsis()).isEqualTo("A synopsis long enough that the yaml package folds it over several lines,"
                + " because its default line width is eighty characters.");
        assertThat(m.licence()).isEqualTo("CC-BY-4.0");
        assertThat(m.tags()).containsExactly("yes", "012", "1e3", "~", "drama");
        assertThat(m.thumbnailUrl()).isEqualTo("https://example.com/thumb.png?a=b#c");
        assertThat(m.imageRatio()).isEqualTo("PORTRAIT");
        assertThat(m.durationInMs()).isEqualTo(12345);
        assertThat(m.width()).isEqualTo(1280);
        assertThat(m.height()).isEqualTo(720);
        assertThat(m.imagePrompt()).isEqualTo("cinematic, 35mm");
        assertThat(m.systemPrompt()).isEqualTo("  indented\n  block");
        assertThat(m.screenplay()).isEqualTo("INT. HOUSE - NIGHT\n\nAMY (V.O.)\nIt's me.\n");
        assertThat(m.isLoop()).isTrue();
        assertThat(m.isInteractive()).isTrue();
        assertThat(m.bpm()).isEqualTo(96.5);
        assertThat(m.frameRate()).isEqualTo(25);
        assertThat(m.extras()).isEmpty();

        ClapWorkflow w = p.workflows().get(0);
        assertThat(p.workflows()).hasSize(1);
        assertThat(w.id()).isEqualTo(uuid(3));
        assertThat(w.label()).isEqualTo("Upscale: 4x");
        assertThat(w.tags()).containsExactly("image", "upscale");
        assertThat(w.nonCommercial()).isTrue();
        assertThat(w.engine()).isEqualTo("COMFYUI_WORKFLOW");
        assertThat(w.category()).isEqualTo("IMAGE_UPSCALING");
        assertThat(w.provider()).isEqualTo("HUGGINGFACE");
        assertThat(w.data()).isEqualTo("{\"nodes\": []}");
        assertThat(w.inputFields()).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> steps = (Map<String, Object>) w.inputFields().get(1);
        assertThat(steps).containsEntry("minValue", 1).containsEntry("defaultValue", 20)
                .containsEntry("type", "number");
        assertThat(w.inputValues()).containsExactly(Map.entry("prompt", "a dog"), Map.entry("steps", 30),
                Map.entry("guidance scale", 7.5), Map.entry("enabled", true), new java.util.AbstractMap.SimpleEntry<>("nothing", null));

        assertThat(p.entities()).hasSize(2);
        ClapEntity amy = p.entities().get(0);
        assertThat(amy).isEqualTo(ClapEntity.builder().id(uuid(4)).category("CHARACTER").triggerName("AMY").label("Amy")
                .description("A woman of 35, with AR glasses.").tags(List.of("lead")).author("slate").thumbnailUrl("")
                .seed(42).imagePrompt("portrait of Amy").imageSourceType("REMOTE").imageEngine("SDXL")
                .imageId("https://example.com/amy.png").audioPrompt("a calm voice").audioSourceType("EMPTY")
                .audioEngine("Parler-TTS").audioId("").age(35).gender("female").region("american").appearance("neutral").build());
        assertThat(p.entities().get(1).category()).isEqualTo("LOCATION");
        assertThat(p.entities().get(1).triggerName()).isEqualTo("THE HOUSE");

        ClapScene scene = p.scenes().get(0);
        assertThat(scene.rawLine()).isEqualTo("  INT. HOUSE - NIGHT  ");
        assertThat(scene.sequenceFullText()).isEqualTo("INT. HOUSE - NIGHT\n\nAmy enters.\n\nAMY\nHello?\n");
        assertThat(scene.sequenceEndAtLine()).isEqualTo(40);
        assertThat(scene.endAtLine()).isEqualTo(12);
        assertThat(scene.events()).containsExactly(
                ClapSceneEvent.builder().id(uuid(7)).type("action").character("").description("Amy enters.").behavior("")
                        .startAtLine(3).endAtLine(3).build(),
                ClapSceneEvent.builder().id(uuid(8)).type("dialogue").character("AMY").description("Hello?\n")
                        .behavior("(whispering)").startAtLine(5).endAtLine(6).build());

        assertThat(p.segments()).hasSize(3);
        ClapSegment shot = p.segments().get(0);
        assertThat(shot).isEqualTo(ClapSegment.builder().id(uuid(9)).parentId("").childrenIds(List.of(uuid(10))).track(0)
                .startTimeInMs(0).endTimeInMs(2500).category("VIDEO").entityId("").workflowId(uuid(3)).sceneId(uuid(6))
                .startTimeInLines(1).endTimeInLines(3)
                .prompt("A wide shot of a quiet house at night, rain on the windows, one light on upstairs, the camera"
                        + " slowly pushing in.")
                .label("wide shot").outputType("VIDEO").renderId("render-1").status("COMPLETED")
                .assetUrl("https://example.com/1.mp4").assetDurationInMs(2500).assetSourceType("REMOTE")
                .assetFileFormat("video/mp4").revision(3).createdAt("2024-06-26T12:00:00.000Z").createdBy("human")
                .editedBy("ai").outputGain(0.8).seed(123456789).build());
        ClapSegment storyboard = p.segments().get(1);
        assertThat(storyboard.prompt()).isEqualTo("- dash: and a colon");
        assertThat(storyboard.label()).as("a lone newline, which yaml writes as |+ and a blank line").isEqualTo("\n");
        assertThat(storyboard.parentId()).isEqualTo(uuid(9));
        ClapSegment dialogue = p.segments().get(2);
        assertThat(dialogue.category()).isEqualTo("DIALOGUE");
        assertThat(dialogue.outputType()).isEqualTo("AUDIO");
        assertThat(dialogue.label()).isEqualTo("AMY: Hello?");
        assertThat(dialogue.assetUrl()).isEqualTo("data:audio/mp3;base64,SUQz");
        assertThat(dialogue.outputGain()).isEqualTo(1);
    }

    @Test
    void anEarlySimpleStoryWithLowercaseEnumsReads() throws Exception {
        ClapReadResult r = read("old-0.0.23-simple-story.clap");
        assertThat(r.findings()).isEmpty();
        ClapProject p = r.project();
        assertThat(p.meta().id()).isEqualTo(uuid(20));
        assertThat(p.meta().imageRatio()).as("from orientation: landscape").isEqualTo("LANDSCAPE");
        assertThat(p.meta().extras()).as("defaultVideoModel is a known field").isEmpty();
        assertThat(p.meta().defaultVideoModel()).isEqualTo("SVD");
        assertThat(p.segments()).hasSize(18);
        assertThat(p.segments().subList(0, 3)).extracting(ClapSegment::category).containsExactly("VIDEO", "GENERIC", "CAMERA");
        assertThat(p.segments().subList(0, 3)).extracting(ClapSegment::outputType).containsExactly("VIDEO", "TEXT", "TEXT");
        assertThat(p.segments()).extracting(ClapSegment::status).containsOnly("TO_GENERATE");
        assertThat(p.segments().get(1).prompt()).startsWith("Siamese fighting fish, bokeh").doesNotContain("\n");
    }

    @Test
    void anEarlyProjectWithEntitiesScenesAndOldMetaFieldsReads() throws Exception {
        ClapReadResult r = read("old-0.0.23-every-field.clap");
        assertThat(r.findings()).isEmpty();
        ClapProject p = r.project();
        ClapMeta m = p.meta();
        assertThat(m.title()).isEqualTo("Broadway");
        assertThat(m.imageRatio()).isEqualTo("PORTRAIT");
        assertThat(m.imagePrompt()).as("extraPositivePrompt joined as the reference does").isEqualTo("cinematic, 35mm");
        assertThat(m.screenplay()).isEqualTo("INT. THEATRE - NIGHT\n\nBOB\nTo be.\n");
        assertThat(m.width()).isEqualTo(576);
        assertThat(m.height()).isEqualTo(1024);
        assertThat(p.entities()).hasSize(1);
        ClapEntity bob = p.entities().get(0);
        assertThat(bob.category()).isEqualTo("CHARACTER");
        assertThat(bob.triggerName()).isEqualTo("BOB");
        assertThat(bob.age()).isEqualTo(52);
        assertThat(bob.audioEngine()).isEqualTo("ElevenLabs");
        assertThat(p.scenes()).hasSize(1);
        assertThat(p.scenes().get(0).events()).hasSize(1);
        assertThat(p.scenes().get(0).events().get(0).character()).isEqualTo("BOB");
        assertThat(p.segments()).extracting(ClapSegment::category).containsExactly("VIDEO", "IMAGE", "DIALOGUE");
        assertThat(p.segments()).extracting(ClapSegment::outputType).containsExactly("VIDEO", "IMAGE", "AUDIO");
        assertThat(p.segments()).extracting(ClapSegment::status).containsExactly("TO_GENERATE", "COMPLETED", "TO_GENERATE");
        assertThat(p.segments().get(2).entityId()).isEqualTo(bob.id());
        assertThat(p.segments().get(2).outputGain()).isEqualTo(0.5);
    }

    @Test
    void aDraftEraFileWithModelsReads() throws Exception {
        ClapReadResult r = read("draft-0.0.1-models.clap");
        assertThat(r.findings()).isEmpty();
        ClapProject p = r.project();
        assertThat(p.meta().imageRatio()).as("orientation: vertical").isEqualTo("PORTRAIT");
        assertThat(p.meta().imagePrompt()).as("extraPositivePrompt as a string").isEqualTo("high quality, 4k");
        assertThat(p.meta().screenplay()).isEqualTo("EXT. BEACH - DAY\n");
        assertThat(p.entities()).as("numberOfModels counts the entities").hasSize(1);
        ClapEntity bob = p.entities().get(0);
        assertThat(bob.triggerName()).isEqualTo("BOB");
        assertThat(bob.extras()).containsExactly(Map.entry("assetSourceType", "REMOTE"),
                Map.entry("assetUrl", "https://example.com/bob.png"), Map.entry("voiceVendor", "ElevenLabs"),
                Map.entry("voiceId", "abc123"));
        assertThat(p.segments()).hasSize(1);
        assertThat(p.segments().get(0).extras()).containsExactly(Map.entry("modelId", bob.id()));
        assertThat(p.headerExtras()).isEmpty();
    }

    @Test
    void aMultiDocumentStreamReads() throws Exception {
        ClapReadResult r = read("multi-document.yaml");
        assertThat(r.findings()).isEmpty();
        ClapProject p = r.project();
        assertThat(p.meta().title()).isEqualTo("A stream of documents");
        assertThat(p.meta().screenplay()).isEqualTo("EXT. PIER - DAWN\n\nGulls.\n");
        assertThat(p.meta().width()).isEqualTo(1920);
        assertThat(p.entities()).extracting(ClapEntity::triggerName).containsExactly("GULL");
        assertThat(p.scenes()).hasSize(1);
        assertThat(p.scenes().get(0).events()).extracting(ClapSceneEvent::type).containsExactly("description");
        assertThat(p.segments()).extracting(ClapSegment::category).containsExactly("VIDEO", "IMAGE", "SOUND");
        assertThat(p.segments()).extracting(ClapSegment::track).containsExactly(0, 1, 2);
        assertThat(p.segments().get(2).startTimeInMs()).isEqualTo(2500);
    }
}

package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapFinding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of the validator, on a valid project with one defect at a time. */
class ClapValidatorTest {

    static final String META_ID = "6f1c2f8e-3b0a-4d7e-9c1a-0a1b2c3d4e5f";
    static final String WORKFLOW_ID = "1a2b3c4d-0000-4000-8000-000000000001";
    static final String AMY_ID = "1a2b3c4d-0000-4000-8000-000000000002";
    static final String HOUSE_ID = "1a2b3c4d-0000-4000-8000-000000000003";
    static final String SCENE_ID = "1a2b3c4d-0000-4000-8000-000000000004";
    static final String EVENT_ID = "1a2b3c4d-0000-4000-8000-000000000005";
    static final String SEG0 = "1a2b3c4d-0000-4000-a000-000000000010";
    static final String SEG1 = "1a2b3c4d-0000-4000-a000-000000000011";
    static final String SEG2 = "1a2b3c4d-0000-4000-a000-000000000012";

    private final ClapValidator validator = new ClapValidator();

    /** A small complete project that breaks no rule. */
    static ClapProject valid() {
        ClapMeta meta = ClapMeta.builder().id(META_ID).title("Night Shift").durationInMs(6000).build();
        ClapWorkflow workflow = ClapWorkflow.builder().id(WORKFLOW_ID).label("images").build();
        ClapEntity amy = ClapEntity.builder().id(AMY_ID).category(SegmentCategory.CHARACTER).triggerName("AMY")
                .age(35).gender("female").seed(42).build();
        ClapEntity house = ClapEntity.builder().id(HOUSE_ID).category(SegmentCategory.LOCATION).triggerName("HOUSE")
                .build();
        ClapScene scene = ClapScene.builder().id(SCENE_ID).line("INT. HOUSE - NIGHT").startAtLine(1).endAtLine(10)
                .events(List.of(ClapSceneEvent.builder().id(EVENT_ID).type(ClapSceneEvent.DIALOGUE).character("AMY")
                        .startAtLine(3).endAtLine(4).build()))
                .build();
        List<ClapSegment> segments = List.of(
                segment(SEG0, 0, 0, 3000).category(SegmentCategory.VIDEO).sceneId(SCENE_ID).childrenIds(List.of(SEG1))
                        .build(),
                segment(SEG1, 1, 0, 3000).category(SegmentCategory.DIALOGUE).entityId(AMY_ID).parentId(SEG0)
                        .workflowId(WORKFLOW_ID).startTimeInLines(3).endTimeInLines(4).seed(ClapValidator.MAX_SEED)
                        .build(),
                segment(SEG2, 0, 3000, 6000).category(SegmentCategory.VIDEO).sceneId(SCENE_ID).build());
        return ClapProject.builder().meta(meta).workflows(List.of(workflow)).entities(List.of(amy, house))
                .scenes(List.of(scene)).segments(segments).build();
    }

    static ClapSegment.Builder segment(String id, int track, double start, double end) {
        return ClapSegment.builder().id(id).track(track).startTimeInMs(start).endTimeInMs(end)
                .createdAt("2024-06-01T12:00:00.000Z");
    }

    static ClapProject withSegment(int index, UnaryOperator<ClapSegment.Builder> change) {
        ClapProject p = valid();
        List<ClapSegment> segments = new ArrayList<>(p.segments());
        segments.set(index, change.apply(segments.get(index).toBuilder()).build());
        return p.toBuilder().segments(segments).build();
    }

    static ClapProject withSegments(ClapSegment... extra) {
        ClapProject p = valid();
        List<ClapSegment> segments = new ArrayList<>(p.segments());
        segments.addAll(List.of(extra));
        return p.toBuilder().segments(segments).build();
    }

    static ClapProject withMeta(UnaryOperator<ClapMeta.Builder> change) {
        ClapProject p = valid();
        return p.toBuilder().meta(change.apply(p.meta().toBuilder()).build()).build();
    }

    static ClapProject withEntity(int index, UnaryOperator<ClapEntity.Builder> change) {
        ClapProject p = valid();
        List<ClapEntity> entities = new ArrayList<>(p.entities());
        entities.set(index, change.apply(entities.get(index).toBuilder()).build());
        return p.toBuilder().entities(entities).build();
    }

    static ClapProject withScene(UnaryOperator<ClapScene.Builder> change) {
        ClapProject p = valid();
        return p.toBuilder().scenes(List.of(change.apply(p.scenes().get(0).toBuilder()).build())).build();
    }

    static ClapProject withWorkflow(UnaryOperator<ClapWorkflow.Builder> change) {
        ClapProject p = valid();
        return p.toBuilder().workflows(List.of(change.apply(p.workflows().get(0).toBuilder()).build())).build();
    }

    /** The only finding, which must have this severity, item and field. */
    private ClapFinding single(ClapProject p, Severity severity, String item, String field) {
        List<ClapFinding> findings = validator.validate(p);
        assertThat(findings).as("findings").hasSize(1);
        ClapFinding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.item()).isEqualTo(item);
        assertThat(f.field()).isEqualTo(field);
        assertThat(f.message()).isNotBlank().doesNotContain("\n");
        return f;
    }

    @Test
    void aValidProjectHasNoFindings() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    // ids

    @Test
    void anIdThatIsNotAUuidIsAnError() {
        ClapFinding f = single(withSegment(2, s -> s.id("shot-3")), Severity.ERROR, "segment 2", "id");
        assertThat(f.message()).contains("shot-3").contains("UUID v4");
    }

    @Test
    void aUuidOfAnotherVersionIsAnError() {
        single(withMeta(m -> m.id("6f1c2f8e-3b0a-1d7e-9c1a-0a1b2c3d4e5f")), Severity.ERROR, "meta", "id");
    }

    @Test
    void aUuidWithTheWrongVariantIsAnError() {
        single(withEntity(1, e -> e.id("1a2b3c4d-0000-4000-c000-000000000003")), Severity.ERROR, "entity 1", "id");
    }

    @Test
    void anUppercaseUuidV4IsAccepted() {
        assertThat(validator.validate(withMeta(m -> m.id(META_ID.toUpperCase(java.util.Locale.ROOT))))).isEmpty();
    }

    @Test
    void anEmptyIdIsAnErrorThatPointsToNormalize() {
        ClapFinding f = single(withEntity(1, e -> e.id("")), Severity.ERROR, "entity 1", "id");
        assertThat(f.message()).contains("empty").contains("normalize");
    }

    @Test
    void anInvalidSceneIdIsAnError() {
        ClapProject p = withScene(s -> s.id("scene-1"));
        p = p.toBuilder().segments(List.of(p.segments().get(1).toBuilder().parentId("").build())).build();
        single(p, Severity.ERROR, "scene 0", "id");
    }

    @Test
    void aDuplicateIdInOneSectionIsAnErrorAtTheSecondItem() {
        ClapFinding f = single(withSegment(2, s -> s.id(SEG1)), Severity.ERROR, "segment 2", "id");
        assertThat(f.message()).contains("segment 1");
    }

    @Test
    void theSameIdInTwoSectionsIsAWarning() {
        ClapFinding f = single(withSegment(2, s -> s.id(HOUSE_ID)), Severity.WARNING, "segment 2", "id");
        assertThat(f.message()).contains("entity 1");
    }

    // seeds

    @ParameterizedTest
    @ValueSource(longs = {-1, 2147483649L, Long.MAX_VALUE})
    void aSeedOutsideTheDraftRangeIsAnError(long seed) {
        ClapFinding f = single(withSegment(0, s -> s.seed(seed)), Severity.ERROR, "segment 0", "seed");
        assertThat(f.message()).contains("2147483648");
    }

    @Test
    void anEntitySeedOutsideTheRangeIsAnError() {
        single(withEntity(0, e -> e.seed(-5)), Severity.ERROR, "entity 0", "seed");
    }

    @Test
    void seedsAtBothEndsOfTheRangeAreAccepted() {
        assertThat(validator.validate(withSegment(0, s -> s.seed(0)))).isEmpty();
        assertThat(validator.validate(withSegment(0, s -> s.seed(2147483648L)))).isEmpty();
    }

    // order of starts and ends

    @Test
    void aSegmentStartingAfterItsEndIsAnError() {
        ClapFinding f = single(withSegment(2, s -> s.startTimeInMs(6000).endTimeInMs(5000)), Severity.ERROR,
                "segment 2", "startTimeInMs");
        assertThat(f.message()).contains("6000").contains("5000");
    }

    @Test
    void segmentLinesInTheWrongOrderAreAnErrorWhenBothAreSet() {
        single(withSegment(1, s -> s.startTimeInLines(9).endTimeInLines(4)), Severity.ERROR, "segment 1",
                "startTimeInLines");
        assertThat(validator.validate(withSegment(1, s -> s.startTimeInLines(9).endTimeInLines(0)))).isEmpty();
    }

    @Test
    void aSceneEndingBeforeItStartsIsAnError() {
        single(withScene(s -> s.startAtLine(20).endAtLine(10)), Severity.ERROR, "scene 0", "startAtLine");
    }

    @Test
    void aSequenceEndingBeforeItStartsIsAnError() {
        single(withScene(s -> s.sequenceStartAtLine(20).sequenceEndAtLine(10)), Severity.ERROR, "scene 0",
                "sequenceStartAtLine");
    }

    @Test
    void anEventEndingBeforeItStartsIsAnErrorNamingSceneAndEvent() {
        ClapProject p = withScene(s -> s.events(List.of(
                ClapSceneEvent.builder().id(EVENT_ID).startAtLine(3).endAtLine(4).build(),
                ClapSceneEvent.builder().id(SEG2).startAtLine(8).endAtLine(6).build())));
        single(p, Severity.ERROR, "scene 0 event 1", "startAtLine");
    }

    // negative values

    @Test
    void aNegativeTrackIsAnError() {
        single(withSegment(2, s -> s.track(-1)), Severity.ERROR, "segment 2", "track");
    }

    @Test
    void aNegativeStartIsAnError() {
        single(withSegment(0, s -> s.startTimeInMs(-10)), Severity.ERROR, "segment 0", "startTimeInMs");
    }

    @Test
    void aNegativeAssetDurationIsAnError() {
        single(withSegment(0, s -> s.assetDurationInMs(-1)), Severity.ERROR, "segment 0", "assetDurationInMs");
    }

    @Test
    void aTimeThatIsNotANumberIsAnError() {
        single(withSegment(2, s -> s.endTimeInMs(Double.NaN)), Severity.ERROR, "segment 2", "endTimeInMs");
    }

    @Test
    void negativeLinesAreAnError() {
        single(withScene(s -> s.startAtLine(-1)), Severity.ERROR, "scene 0", "startAtLine");
    }

    @Test
    void aNegativeProjectDurationIsAnError() {
        List<ClapFinding> findings = validator.validate(withMeta(m -> m.durationInMs(-1)));
        assertThat(findings).extracting(ClapFinding::severity, ClapFinding::item, ClapFinding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "meta", "durationInMs"));
    }

    // references

    @Test
    void aSegmentNamingAMissingEntityIsAnError() {
        ClapFinding f = single(withSegment(1, s -> s.entityId("1a2b3c4d-0000-4000-8000-0000000000ff")), Severity.ERROR,
                "segment 1", "entityId");
        assertThat(f.message()).contains("entity").contains("0000000000ff");
    }

    @Test
    void aSegmentNamingAMissingSceneIsAnError() {
        single(withSegment(0, s -> s.sceneId("nowhere")), Severity.ERROR, "segment 0", "sceneId");
    }

    @Test
    void aSegmentNamingAMissingWorkflowIsAnError() {
        single(withSegment(1, s -> s.workflowId("wf")), Severity.ERROR, "segment 1", "workflowId");
    }

    @Test
    void aMissingParentIsAnError() {
        single(withSegment(1, s -> s.parentId(AMY_ID)), Severity.ERROR, "segment 1", "parentId");
    }

    @Test
    void aMissingChildIsAnError() {
        single(withSegment(0, s -> s.childrenIds(List.of(SEG1, "gone"))), Severity.ERROR, "segment 0", "childrenIds");
    }

    @Test
    void anEntityIdUsedAsSceneIdIsAnError() {
        single(withSegment(0, s -> s.sceneId(AMY_ID)), Severity.ERROR, "segment 0", "sceneId");
    }

    // overlaps

    @Test
    void twoOverlappingSegmentsOnATrackGiveOneWarningAtTheLaterOne() {
        ClapProject p = withSegments(segment("1a2b3c4d-0000-4000-a000-000000000013", 0, 5000, 6000).build());
        ClapFinding f = single(p, Severity.WARNING, "segment 3", "track");
        assertThat(f.message()).contains("segment 2").contains("track 0");
    }

    @Test
    void segmentsThatTouchDoNotOverlap() {
        assertThat(validator.validate(withSegments(segment("1a2b3c4d-0000-4000-a000-000000000013", 1, 3000, 6000)
                .build()))).isEmpty();
    }

    @Test
    void aZeroLengthSegmentOverlapsNothing() {
        assertThat(validator.validate(withSegments(segment("1a2b3c4d-0000-4000-a000-000000000013", 0, 4000, 4000)
                .build()))).isEmpty();
    }

    @Test
    void segmentsOnDifferentTracksDoNotOverlap() {
        assertThat(validator.validate(withSegments(segment("1a2b3c4d-0000-4000-a000-000000000013", 7, 0, 6000)
                .build()))).isEmpty();
    }

    @Test
    void eachOverlappingPairIsReportedOnce() {
        // three segments over the same span on track 5: pairs (4,3), (5,3), (5,4)
        ClapProject p = withSegments(
                segment("1a2b3c4d-0000-4000-a000-000000000013", 5, 0, 1000).build(),
                segment("1a2b3c4d-0000-4000-a000-000000000014", 5, 100, 900).build(),
                segment("1a2b3c4d-0000-4000-a000-000000000015", 5, 500, 2000).build());
        List<ClapFinding> findings = validator.validate(p);
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING && f.field().equals("track"));
        assertThat(findings).extracting(f -> f.item() + " / " + f.message().substring(0, "overlaps segment 3".length()))
                .containsExactly("segment 4 / overlaps segment 3", "segment 5 / overlaps segment 3",
                        "segment 5 / overlaps segment 4");
    }

    @Test
    void overlapsAreFoundWhateverTheOrderOfSegmentsInTheFile() {
        ClapProject p = withSegments(segment("1a2b3c4d-0000-4000-a000-000000000013", 0, 500, 1500).build());
        // segment 3 starts before segment 2 on track 0 but overlaps segment 0 (0..3000)
        ClapFinding f = single(p, Severity.WARNING, "segment 3", "track");
        assertThat(f.message()).contains("segment 0");
    }

    @Test
    void manyOverlapsOnATrackAreListedUpToALimitAndCounted() {
        List<ClapSegment> extra = new ArrayList<>();
        int n = 30; // 435 pairs
        for (int i = 0; i < n; i++) {
            extra.add(segment(String.format("1a2b3c4d-0000-4000-a000-%012d", 100 + i), 9, i, 10_000 + i).build());
        }
        ClapProject p = withSegments(extra.toArray(new ClapSegment[0]));
        List<ClapFinding> findings = validator.validate(p);
        assertThat(findings.stream().filter(f -> f.field().equals("track")))
                .hasSize(ClapValidator.MAX_LISTED_OVERLAPS_PER_TRACK);
        ClapFinding summary = findings.get(findings.size() - 1);
        assertThat(summary.item()).isEqualTo("track 9");
        assertThat(summary.message()).startsWith((n * (n - 1) / 2 - ClapValidator.MAX_LISTED_OVERLAPS_PER_TRACK) + " more");
    }

    // unknown enum values

    @Test
    void anUnknownSegmentCategorySaysItBecomesGeneric() {
        ClapFinding f = single(withSegment(0, s -> s.category("HOLOGRAM")), Severity.WARNING, "segment 0", "category");
        assertThat(f.message()).contains("HOLOGRAM").contains("GENERIC");
    }

    @Test
    void anUnknownCategoryThatTheReferenceMapsSaysWhatItBecomes() {
        ClapFinding f = single(withSegment(1, s -> s.category("speech")), Severity.WARNING, "segment 1", "category");
        assertThat(f.message()).contains("DIALOGUE");
    }

    @Test
    void anUnknownEntityCategoryIsAWarning() {
        single(withEntity(0, e -> e.category("PERSONA")), Severity.WARNING, "entity 0", "category");
    }

    @Test
    void anUnknownOutputTypeSaysItBecomesText() {
        ClapFinding f = single(withSegment(0, s -> s.outputType("HOLOGRAM")), Severity.WARNING, "segment 0",
                "outputType");
        assertThat(f.message()).contains("TEXT");
    }

    @Test
    void anUnknownStatusIsAWarning() {
        single(withSegment(0, s -> s.status("PENDING")), Severity.WARNING, "segment 0", "status");
    }

    @Test
    void anUnknownAssetSourceIsAWarning() {
        single(withSegment(0, s -> s.assetSourceType("FTP")), Severity.WARNING, "segment 0", "assetSourceType");
        single(withEntity(0, e -> e.audioSourceType("FTP")), Severity.WARNING, "entity 0", "audioSourceType");
    }

    @Test
    void anUnknownImageRatioSaysItBecomesLandscape() {
        ClapFinding f = single(withMeta(m -> m.imageRatio("CINEMASCOPE")), Severity.WARNING, "meta", "imageRatio");
        assertThat(f.message()).contains("LANDSCAPE");
    }

    @Test
    void unknownWorkflowEnumsSayWhatTheyBecome() {
        assertThat(single(withWorkflow(w -> w.engine("STEAM")), Severity.WARNING, "workflow 0", "engine").message())
                .contains("DEFAULT");
        assertThat(single(withWorkflow(w -> w.category("DREAMING")), Severity.WARNING, "workflow 0", "category")
                .message()).contains("IMAGE_GENERATION");
        assertThat(single(withWorkflow(w -> w.provider("ACME")), Severity.WARNING, "workflow 0", "provider")
                .message()).contains("NONE");
    }

    @Test
    void knownEnumValuesInAnyCaseAreAccepted() {
        assertThat(validator.validate(withSegment(0, s -> s.category("storyboard").outputType("video")
                .status("completed").assetSourceType("remote")))).isEmpty();
    }

    // wrong-typed known fields kept in extras

    @Test
    void aKnownFieldWithAWrongTypeIsAnError() {
        ClapFinding f = single(withSegment(2, s -> s.extras(Map.of("track", "3"))), Severity.ERROR, "segment 2",
                "track");
        assertThat(f.message()).contains("integer").contains("\"3\"");
    }

    @Test
    void aFractionalWidthIsAnError() {
        single(withMeta(m -> m.extras(Map.of("width", 1.5))), Severity.ERROR, "meta", "width");
    }

    @Test
    void aTitleThatIsANumberIsAnError() {
        single(withMeta(m -> m.extras(Map.of("title", 42))), Severity.ERROR, "meta", "title");
    }

    @Test
    void aWrongTypeInASceneEventIsAnError() {
        ClapProject p = withScene(s -> s.events(List.of(ClapSceneEvent.builder().id(EVENT_ID)
                .extras(Map.of("startAtLine", "three")).build())));
        single(p, Severity.ERROR, "scene 0 event 0", "startAtLine");
    }

    @Test
    void aWrongTypeInTheHeaderIsAnError() {
        ClapProject p = valid().toBuilder().headerExtras(Map.of("numberOfScenes", "one")).build();
        single(p, Severity.ERROR, "header", "numberOfScenes");
    }

    @Test
    void aKnownFieldWithNoValueIsAWarning() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("label", null);
        single(withSegment(0, s -> s.extras(extras)), Severity.WARNING, "segment 0", "label");
    }

    @Test
    void unknownFieldsInExtrasAreFine() {
        assertThat(validator.validate(withSegment(0, s -> s.extras(Map.of("myTool", Map.of("x", 1), "notes", 3)))))
                .isEmpty();
    }

    @Test
    void aListOfNonStringsWhereStringsAreExpectedIsAnError() {
        single(withSegment(0, s -> s.extras(Map.of("childrenIds", List.of(1, 2)))), Severity.ERROR, "segment 0",
                "childrenIds");
    }

    // meta values the reference changes

    @Test
    void aDurationShorterThanTheLastSegmentIsAWarning() {
        ClapFinding f = single(withMeta(m -> m.durationInMs(4000)), Severity.WARNING, "meta", "durationInMs");
        assertThat(f.message()).contains("4000").contains("6000");
    }

    @Test
    void aZeroDurationWithNoSegmentsIsReadAs4000ByTheReference() {
        ClapProject p = withMeta(m -> m.durationInMs(0)).toBuilder().segments(List.of()).build();
        assertThat(single(p, Severity.WARNING, "meta", "durationInMs").message()).contains("4000");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 64, 127, 8193, 20000})
    void aWidthOutsideTheReferenceRangeIsAWarning(int width) {
        single(withMeta(m -> m.width(width)), Severity.WARNING, "meta", "width");
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 1920, 8192})
    void aHeightInsideTheRangeIsAccepted(int height) {
        assertThat(validator.validate(withMeta(m -> m.height(height)))).isEmpty();
    }

    @Test
    void aHeightOutsideTheRangeSaysWhatItBecomes() {
        assertThat(single(withMeta(m -> m.height(10_000)), Severity.WARNING, "meta", "height").message())
                .contains("8192");
    }

    // createdAt

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-01", "2024-06-01T12:00Z", "2024-06-01T12:00:00Z", "2024-06-01T12:00:00.123Z",
        "2024-06-01T12:00:00+02:00", "2024-06-01T12:00:00-0530", "2024-02-29T23:59:59.999999Z", "2024-06-01T12:00:00"})
    void isoTimestampsAreAccepted(String createdAt) {
        assertThat(validator.validate(withSegment(0, s -> s.createdAt(createdAt)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01", "2023-02-29", "2024-06-01 12:00:00", "01/06/2024",
        "2024-06-01T25:00:00Z", "2024-06-01T12:00:00.Z", "2024-06-01T12:00:00+2", "1717243200000"})
    void otherCreatedAtValuesAreAWarning(String createdAt) {
        single(withSegment(0, s -> s.createdAt(createdAt)), Severity.WARNING, "segment 0", "createdAt");
    }

    // several findings

    @Test
    void findingsComeInItemOrder() {
        ClapProject p = withSegment(2, s -> s.id("bad").track(-1));
        p = p.toBuilder().meta(p.meta().toBuilder().id("").build()).build();
        assertThat(validator.validate(p)).extracting(f -> f.item() + " " + f.field())
                .containsExactly("meta id", "segment 2 id", "segment 2 track");
    }

    @Test
    void findingsPrintAsOneLine() {
        ClapFinding f = single(withSegment(2, s -> s.track(-3)), Severity.ERROR, "segment 2", "track");
        assertThat(f.toString()).isEqualTo("error segment 2 track: must be 0 or more, not -3");
    }

    @Test
    void messagesShowLineBreaksInValuesEscaped() {
        ClapFinding f = single(withSegment(0, s -> s.status("TO\nGENERATE")), Severity.WARNING, "segment 0", "status");
        assertThat(f.message()).contains("TO\\nGENERATE");
    }
}

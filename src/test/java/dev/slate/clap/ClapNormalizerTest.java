package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.testing.RandomProjects;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClapNormalizerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:34:56.789Z"), ZoneOffset.UTC);
    private static final Clock WHOLE_SECOND = Clock.fixed(Instant.parse("2024-06-01T12:34:56Z"), ZoneOffset.UTC);

    private final ClapNormalizer normalizer = new ClapNormalizer(CLOCK, () -> UUID.randomUUID().toString());

    /** An old tool's project: no ids, no createdAt, no duration. */
    static ClapProject old() {
        ClapEntity amy = ClapEntity.builder().triggerName("AMY").build();
        ClapScene scene = ClapScene.builder().line("INT. HOUSE - NIGHT")
                .events(List.of(ClapSceneEvent.builder().character("AMY").build())).build();
        List<ClapSegment> segments = List.of(
                ClapSegment.builder().id("keep-me").track(0).startTimeInMs(0).endTimeInMs(2500).prompt("a kitchen").build(),
                ClapSegment.builder().track(1).startTimeInMs(0).endTimeInMs(7000).createdAt("2020-01-01T00:00:00Z").build(),
                ClapSegment.builder().track(2).startTimeInMs(100).endTimeInMs(Double.NaN).build());
        return ClapProject.builder().meta(ClapMeta.builder().title("Old").build())
                .workflows(List.of(ClapWorkflow.builder().build())).entities(List.of(amy)).scenes(List.of(scene))
                .segments(segments).build();
    }

    @Test
    void emptyIdsGetFreshUuidV4s() {
        ClapProject p = normalizer.normalize(old());
        List<String> ids = new ArrayList<>();
        ids.add(p.meta().id());
        ids.add(p.workflows().get(0).id());
        ids.add(p.entities().get(0).id());
        ids.add(p.scenes().get(0).id());
        ids.add(p.scenes().get(0).events().get(0).id());
        ids.add(p.segments().get(1).id());
        ids.add(p.segments().get(2).id());
        assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void existingIdsAreKeptEvenWhenTheyAreNotUuids() {
        assertThat(normalizer.normalize(old()).segments().get(0).id()).isEqualTo("keep-me");
    }

    @Test
    void emptyCreatedAtGetsTheCurrentTimeAsJavaScriptWritesIt() {
        ClapProject p = normalizer.normalize(old());
        assertThat(p.segments()).extracting(ClapSegment::createdAt)
                .containsExactly("2024-06-01T12:34:56.789Z", "2020-01-01T00:00:00Z", "2024-06-01T12:34:56.789Z");
    }

    @Test
    void createdAtKeepsItsMillisecondsWhenTheyAreZero() {
        ClapProject p = new ClapNormalizer(WHOLE_SECOND, () -> UUID.randomUUID().toString()).normalize(old());
        assertThat(p.segments().get(0).createdAt()).isEqualTo("2024-06-01T12:34:56.000Z");
    }

    @Test
    void theDurationIsRaisedToTheLastSegmentEnd() {
        assertThat(normalizer.normalize(old()).meta().durationInMs()).isEqualTo(7000);
    }

    @Test
    void theDurationIsNeverLowered() {
        ClapProject p = old();
        p = p.toBuilder().meta(p.meta().toBuilder().durationInMs(90_000).build()).build();
        assertThat(normalizer.normalize(p).meta().durationInMs()).isEqualTo(90_000);
    }

    @Test
    void theChangesAreCountedAndDescribed() {
        ClapNormalizer.Changes c = normalizer.normalizeWithChanges(old()).changes();
        assertThat(c.filledIds()).isEqualTo(7);
        assertThat(c.segmentIds()).isEqualTo(2);
        assertThat(c.eventIds()).isEqualTo(1);
        assertThat(c.createdAts()).isEqualTo(2);
        assertThat(c.durationRaised()).isTrue();
        assertThat(c.describe()).containsExactly(
                "filled 7 empty ids with new UUIDs (1 meta, 1 workflow, 1 entity, 1 scene, 1 scene event, 2 segments)",
                "filled 2 empty segment createdAts with the current time",
                "raised meta.durationInMs from 0 to 7000 (the last segment end)");
    }

    @Test
    void theContentIsKept() {
        ClapProject before = old();
        ClapProject after = normalizer.normalize(before);
        assertThat(after.meta().title()).isEqualTo("Old");
        assertThat(after.entities().get(0).triggerName()).isEqualTo("AMY");
        assertThat(after.scenes().get(0).line()).isEqualTo("INT. HOUSE - NIGHT");
        assertThat(after.scenes().get(0).events().get(0).character()).isEqualTo("AMY");
        assertThat(after.segments().get(0).prompt()).isEqualTo("a kitchen");
        assertThat(after.segments().get(2).endTimeInMs()).isNaN();
    }

    @Test
    void aNormalizedProjectHasNoEmptyIdFindingsLeft() {
        List<ClapFinding> findings = new ClapValidator().validate(normalizer.normalize(old()));
        assertThat(findings).noneMatch(f -> f.field().equals("id") && f.message().contains("empty"));
        assertThat(findings).noneMatch(f -> f.field().equals("createdAt") || f.field().equals("durationInMs"));
    }

    @Test
    void normalizingTwiceChangesNothingTheSecondTime() {
        ClapProject once = normalizer.normalize(old());
        ClapNormalizer.Result twice = normalizer.normalizeWithChanges(once);
        assertThat(twice.changes().any()).isFalse();
        assertThat(twice.changes().describe()).isEmpty();
        assertThat(twice.project()).isSameAs(once);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Everything but the filled fields is equal to the original, field by field, extras included. */
    @ParameterizedTest
    @MethodSource("seeds")
    void onlyEmptyIdsEmptyCreatedAtAndAShortDurationChange(long seed) {
        ClapProject before = new RandomProjects(seed).anyProject();
        ClapProject after = normalizer.normalize(before);

        assertThat(after.headerExtras()).isEqualTo(before.headerExtras());
        double lastEnd = before.segments().stream().mapToDouble(ClapSegment::endTimeInMs).filter(Double::isFinite)
                .max().orElse(Double.NaN);
        ClapMeta m = after.meta();
        assertThat(m.toBuilder().id(before.meta().id()).durationInMs(before.meta().durationInMs()).build())
                .isEqualTo(before.meta());
        if (!before.meta().id().isEmpty()) {
            assertThat(m.id()).isEqualTo(before.meta().id());
        }
        if (before.meta().durationInMs() >= lastEnd || Double.isNaN(lastEnd)) {
            assertThat(m.durationInMs()).isEqualTo(before.meta().durationInMs());
        } else {
            assertThat(m.durationInMs()).isEqualTo(lastEnd);
        }
        assertThat(after.workflows()).hasSameSizeAs(before.workflows());
        for (int i = 0; i < before.workflows().size(); i++) {
            ClapWorkflow b = before.workflows().get(i);
            ClapWorkflow a = after.workflows().get(i);
            assertThat(a.toBuilder().id(b.id()).build()).isEqualTo(b);
            assertThat(a.id()).isNotEmpty();
            if (!b.id().isEmpty()) {
                assertThat(a.id()).isEqualTo(b.id());
            }
        }
        for (int i = 0; i < before.entities().size(); i++) {
            ClapEntity b = before.entities().get(i);
            ClapEntity a = after.entities().get(i);
            assertThat(a.toBuilder().id(b.id()).build()).isEqualTo(b);
            assertThat(a.id()).isEqualTo(b.id().isEmpty() ? a.id() : b.id()).isNotEmpty();
        }
        for (int i = 0; i < before.scenes().size(); i++) {
            ClapScene b = before.scenes().get(i);
            ClapScene a = after.scenes().get(i);
            assertThat(a.id()).isEqualTo(b.id().isEmpty() ? a.id() : b.id()).isNotEmpty();
            assertThat(a.events()).hasSameSizeAs(b.events());
            for (int e = 0; e < b.events().size(); e++) {
                ClapSceneEvent be = b.events().get(e);
                ClapSceneEvent ae = a.events().get(e);
                assertThat(ae.toBuilder().id(be.id()).build()).isEqualTo(be);
                assertThat(ae.id()).isEqualTo(be.id().isEmpty() ? ae.id() : be.id()).isNotEmpty();
            }
            assertThat(a.toBuilder().id(b.id()).events(b.events()).build()).isEqualTo(b);
        }
        assertThat(after.segments()).hasSameSizeAs(before.segments());
        for (int i = 0; i < before.segments().size(); i++) {
            ClapSegment b = before.segments().get(i);
            ClapSegment a = after.segments().get(i);
            assertThat(a.toBuilder().id(b.id()).createdAt(b.createdAt()).build()).isEqualTo(b);
            assertThat(a.id()).isEqualTo(b.id().isEmpty() ? a.id() : b.id()).isNotEmpty();
            assertThat(a.createdAt()).isEqualTo(b.createdAt().isEmpty() ? "2024-06-01T12:34:56.789Z" : b.createdAt());
        }
    }
}

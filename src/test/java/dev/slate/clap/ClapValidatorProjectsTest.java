package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapFinding.Severity;
import dev.slate.clap.testing.RandomProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator on whole projects: generated ones, large ones, and read results. */
class ClapValidatorProjectsTest {

    private final ClapValidator validator = new ClapValidator();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyProjectGivesWellFormedFindings(long seed) {
        ClapProject p = new RandomProjects(seed).anyProject();
        List<ClapFinding> findings = validator.validate(p);
        for (ClapFinding f : findings) {
            assertThat(f.item()).as("seed %d: %s", seed, f).matches(
                    "header|meta|(workflow|entity|scene|segment|track) -?\\d+|scene \\d+ event \\d+");
            assertThat(f.message()).as("seed %d", seed).isNotBlank();
            assertThat(f.toString()).as("seed %d", seed).doesNotContain("\n").doesNotContain("\r");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyNonUuidIdOfAGeneratedProjectIsReported(long seed) {
        ClapProject p = new RandomProjects(seed).anyProject();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < p.segments().size(); i++) {
            if (!p.segments().get(i).id().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")) {
                expected.add("segment " + i);
            }
        }
        List<String> reported = validator.validate(p).stream()
                .filter(f -> f.item().startsWith("segment ") && f.field().equals("id")
                        && f.severity() == Severity.ERROR && !f.message().startsWith("duplicate"))
                .map(ClapFinding::item).toList();
        assertThat(reported).as("seed %d", seed).containsExactlyElementsOf(expected);
    }

    @Test
    void aRealisticFeatureHasNoErrors() {
        ClapProject p = new RandomProjects(7).realistic(20_000);
        List<ClapFinding> findings = validator.validate(p);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void aLargeProjectWithoutOverlapsHasNoFindings() {
        List<ClapSegment> segments = new ArrayList<>();
        RandomProjects r = new RandomProjects(3);
        for (int i = 0; i < 20_000; i++) {
            int track = i % 10;
            double start = (i / 10) * 1000.0;
            segments.add(ClapSegment.builder().id(r.uuid()).track(track).startTimeInMs(start).endTimeInMs(start + 1000)
                    .createdAt("2024-06-01T00:00:00Z").build());
        }
        ClapProject p = ClapProject.builder().meta(ClapMeta.builder().id(r.uuid()).durationInMs(2_000_000).build())
                .segments(segments).build();
        assertThat(validator.validate(p)).isEmpty();
    }

    @Test
    void aReadResultGivesTheReadersFindingsFirst() {
        ClapProject p = ClapValidatorTest.valid();
        List<ClapSegment> segments = new ArrayList<>(p.segments());
        segments.set(0, segments.get(0).toBuilder().track(-1).build());
        ClapReadResult read = new ClapReadResult(p.toBuilder().segments(segments).build(),
                List.of(ClapFinding.warning("header", "numberOfModels", "old name, read as numberOfEntities")));
        assertThat(validator.validate(read)).extracting(f -> f.item() + " " + f.field())
                .containsExactly("header numberOfModels", "segment 0 track");
    }

    @Test
    void aWrongTypeTheReaderReportedIsReportedOnceAsAnError() {
        ClapProject p = ClapValidatorTest.withSegment(1, s -> s.extras(Map.of("track", "3")));
        ClapReadResult read = new ClapReadResult(p,
                List.of(ClapFinding.warning("segment 1", "track", "line 40: expected a number, kept \"3\" as is")));
        List<ClapFinding> findings = validator.validate(read);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(0).message()).contains("line 40");
    }
}

package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    private String valid() {
        return ClapFiles.write(dir, "night.clap", ClapFiles.gzip(ClapFiles.VALID)).toString();
    }

    @Test
    void theSummaryShowsWhatTheProjectHolds() {
        Cli.Result r = Cli.run("inspect", valid());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines()).contains(
                "title:       Night Shift: \"the\" test",
                "duration:    0:01:23.456 (83456 ms)",
                "counts:      0 workflows, 2 entities, 1 scene, 3 segments",
                "  VIDEO     2",
                "  DIALOGUE  1",
                "    0  VIDEO 2",
                "    1  DIALOGUE 1",
                "characters:  1",
                "  AMY (age 35, female)",
                "locations:   1",
                "  HOUSE");
        assertThat(r.err()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheDocumentedShape() {
        Cli.Result r = Cli.run("inspect", "--json", valid());
        assertThat(r.code()).as(r.toString()).isZero();
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(r.out());
        assertThat(root).containsKeys("title", "durationInMs", "counts", "categories", "tracks", "characters",
                "locations", "findings");
        assertThat(root.get("title")).isEqualTo("Night Shift: \"the\" test");
        assertThat(root.get("durationInMs")).isEqualTo(new BigDecimal("83456"));
        assertThat(root.get("duration")).isEqualTo("0:01:23.456");
        assertThat((Map<String, Object>) root.get("counts")).containsExactly(
                Map.entry("workflows", BigDecimal.ZERO), Map.entry("entities", new BigDecimal(2)),
                Map.entry("scenes", BigDecimal.ONE), Map.entry("segments", new BigDecimal(3)));
        assertThat((Map<String, Object>) root.get("categories")).containsExactly(
                Map.entry("VIDEO", new BigDecimal(2)), Map.entry("DIALOGUE", BigDecimal.ONE));
        List<Map<String, Object>> tracks = (List<Map<String, Object>>) root.get("tracks");
        assertThat(tracks).hasSize(2);
        assertThat(tracks.get(0)).containsEntry("track", BigDecimal.ZERO).containsEntry("segments", new BigDecimal(2))
                .containsEntry("categories", Map.of("VIDEO", new BigDecimal(2)));
        List<Map<String, Object>> characters = (List<Map<String, Object>>) root.get("characters");
        assertThat(characters).hasSize(1);
        assertThat(characters.get(0)).containsEntry("id", ClapFiles.AMY_ID).containsEntry("name", "AMY")
                .containsEntry("triggerName", "AMY").containsEntry("label", "Amy")
                .containsEntry("age", new BigDecimal(35)).containsEntry("gender", "female");
        List<Map<String, Object>> locations = (List<Map<String, Object>>) root.get("locations");
        assertThat(locations).extracting(l -> l.get("name")).containsExactly("HOUSE");
        assertThat(root.get("findings")).isEqualTo(List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonListsTheReadersFindings() {
        String old = ClapFiles.write(dir, "old.clap", ClapFiles.gzip(ClapFiles.OLD)).toString();
        Cli.Result r = Cli.run("inspect", "--json", old);
        assertThat(r.code()).as(r.toString()).isZero();
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(r.out());
        assertThat((Map<String, Object>) root.get("counts")).containsEntry("entities", BigDecimal.ONE)
                .containsEntry("segments", new BigDecimal(2));
        for (Object f : (List<Object>) root.get("findings")) {
            assertThat((Map<String, Object>) f).containsOnlyKeys("severity", "item", "field", "message");
        }
    }

    @Test
    void standardInputCanBeInspected() {
        Cli.Result r = Cli.run(ClapFiles.gzip(ClapFiles.VALID), "inspect", "-");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("file:        <stdin>\n");
    }

    @Test
    void aMissingFileIsOneLineOnStderr() {
        Cli.Result r = Cli.run("inspect", "--json", dir.resolve("gone.clap").toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_REJECTED);
        assertThat(r.oneErrorLine()).isTrue();
        assertThat(r.out()).isEmpty();
    }
}

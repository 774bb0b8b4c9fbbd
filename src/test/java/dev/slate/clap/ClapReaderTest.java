package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How ClapReader reads what it is given: forms of input, structure, header counts, fields. */
class ClapReaderTest {
    private final ClapReader reader = new ClapReader();

    static final String SMALL = """
            - format: clap-0
              numberOfWorkflows: 0
              numberOfEntities: 1
              numberOfScenes: 1
              numberOfSegments: 2
            - id: m1
              title: Small
            - id: e1
              category: character
              triggerName: AMY
            - id: s1
              line: INT. HOUSE - NIGHT
              startAtLine: 1
              events: []
            - id: g1
              track: 0
              category: video
              startTimeInMs: 0
              endTimeInMs: 1000
            - id: g2
              track: 1
              category: dialogue
              startTimeInMs: 0
              endTimeInMs: 1000
            """;

    static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void assertSmall(ClapProject p) {
        assertThat(p.meta().title()).isEqualTo("Small");
        assertThat(p.entities()).extracting(ClapEntity::triggerName).containsExactly("AMY");
        assertThat(p.scenes()).extracting(ClapScene::line).containsExactly("INT. HOUSE - NIGHT");
        assertThat(p.segments()).extracting(ClapSegment::category).containsExactly("VIDEO", "DIALOGUE");
    }

    // ------------------------------------------------------------------ forms of input

    @Test
    void gzipAndPlainYamlAreToldApartByTheirFirstBytes() throws Exception {
        assertSmall(reader.read(gzip(SMALL), "a.clap").project());
        assertSmall(reader.read(SMALL.getBytes(StandardCharsets.UTF_8), "a.yaml").project());
    }

    @Test
    void plainYamlMayStartWithAByteOrderMarkAndUseCrlf() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = SMALL.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertSmall(reader.read(all, "windows.yaml").project());
        assertSmall(reader.read(gzip("\ufeff" + SMALL), "bom.clap").project());
    }

    @Test
    void aStreamAFileAndAStringReadAlike(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.clap");
        Files.write(file, gzip(SMALL));
        assertSmall(reader.read(file).project());
        assertSmall(reader.read(new ByteArrayInputStream(gzip(SMALL)), "stdin").project());
        assertSmall(reader.readYaml(SMALL, "text").project());
    }

    @Test
    void messagesNameTheFileNotItsWholePath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.clap");
        Files.writeString(file, "- format: clap-9\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ClapFormatException.class)
                .hasMessage("broken.clap: header: format is \"clap-9\"; only clap-0 is supported");
    }

    // ------------------------------------------------------------------ structure

    @Test
    void aFileThatIsNotAListOfItemsIsRejected() {
        assertThatThrownBy(() -> reader.readYaml("just a string\n", "s.yaml"))
                .hasMessageStartingWith("s.yaml: line 1: the YAML is the string \"just a string\", not a list of items");
        assertThatThrownBy(() -> reader.readYaml("", "empty.yaml")).hasMessageContaining("empty.yaml: empty");
        assertThatThrownBy(() -> reader.readYaml("# only a comment\n", "c.yaml")).hasMessageContaining("empty");
    }

    @Test
    void aHeaderWithoutFormatIsNotAnOpenClapFile() {
        assertThatThrownBy(() -> reader.readYaml("- title: x\n- id: y\n", "x.yaml"))
                .hasMessage("x.yaml: header: no \"format: clap-0\" field; not an OpenClap file");
        assertThatThrownBy(() -> reader.readYaml("- format: 0\n", "x.yaml"))
                .hasMessage("x.yaml: header: format is the integer 0; only clap-0 is supported");
    }

    @Test
    void anItemThatIsNotAMappingIsAnErrorNamingItsLine() {
        String yaml = SMALL + "- [not, a, mapping]\n";
        assertThatThrownBy(() -> reader.readYaml(yaml, "odd.yaml"))
                .hasMessage("odd.yaml: item 6 (line 25): a list of 3 where a mapping was expected");
        assertThatThrownBy(() -> reader.readYaml("- format: clap-0\n- just text\n", "m.yaml"))
                .hasMessage("m.yaml: meta (line 2): the string \"just text\" where a mapping was expected");
        assertThatThrownBy(() -> reader.readYaml("- 12\n", "h.yaml"))
                .hasMessage("h.yaml: header (line 1): the integer 12 where a mapping was expected");
    }

    @Test
    void aHeaderAloneGivesAnEmptyProjectAndAWarning() throws Exception {
        ClapReadResult r = reader.readYaml("- format: clap-0\n", "h.yaml");
        assertThat(r.project().segments()).isEmpty();
        assertThat(r.findings()).extracting(ClapFinding::item).containsExactly("meta");
    }

    @Test
    void emptyDocumentsInAStreamAreSkipped() throws Exception {
        ClapReadResult r = reader.readYaml("---\n---\nformat: clap-0\n---\ntitle: T\n---\n", "docs.yaml");
        assertThat(r.project().meta().title()).isEqualTo("T");
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> reader.readYaml("- format: clap-0\n- title: \"unterminated\n", "bad.yaml"))
                .isInstanceOf(ClapFormatException.class).hasMessageStartingWith("bad.yaml: line ")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> reader.readYaml("- format: clap-0\n- a: 1\n  a: 2\n", "dup.yaml"))
                .hasMessage("dup.yaml: line 3: duplicate key \"a\"");
    }

    @Test
    void aControlCharacterInTheTextIsNamedWithItsLine() {
        assertThatThrownBy(() -> reader.readYaml("- format: clap-0\n- title: bell\u0007\n", "ctl.yaml"))
                .hasMessage("ctl.yaml: line 2: character U+0007 is not allowed in YAML (write it as an escape in a"
                        + " double-quoted string)");
    }

    @Test
    void invalidUtf8IsAnErrorNamingItsLine() {
        byte[] bytes = "- format: clap-0\n- title: caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0x41; // cut the two-byte sequence of the é
        assertThatThrownBy(() -> reader.read(bytes, "utf.yaml")).hasMessageStartingWith("utf.yaml: line 2: not valid UTF-8");
    }

    @Test
    void anchorsAndAliasesWithinTheLimitReadAsCopies() throws Exception {
        String yaml = """
                - format: clap-0
                  numberOfSegments: 2
                - title: aliases
                - id: a
                  childrenIds: &kids [x, y]
                - id: b
                  childrenIds: *kids
                """;
        ClapProject p = reader.readYaml(yaml, "alias.yaml").project();
        assertThat(p.segments()).extracting(ClapSegment::childrenIds).containsExactly(List.of("x", "y"), List.of("x", "y"));
    }

    // ------------------------------------------------------------------ header counts

    @Test
    void countsThatDisagreeWithTheItemsFieldsAreOverruledWithAWarning() throws Exception {
        // the header claims 2 entities and 1 scene, but all three items are segments
        String yaml = """
                - format: clap-0
                  numberOfWorkflows: 0
                  numberOfEntities: 2
                  numberOfScenes: 1
                  numberOfSegments: 0
                - title: miscounted
                - {id: g1, track: 0, startTimeInMs: 0, category: VIDEO, outputType: VIDEO}
                - {id: g2, track: 1, startTimeInMs: 0, category: IMAGE, outputType: IMAGE}
                - {id: g3, track: 2, startTimeInMs: 0, category: SOUND, outputType: AUDIO}
                """;
        ClapReadResult r = reader.readYaml(yaml, "miscount.yaml");
        assertThat(r.project().entities()).isEmpty();
        assertThat(r.project().scenes()).isEmpty();
        assertThat(r.project().segments()).extracting(ClapSegment::id).containsExactly("g1", "g2", "g3");
        assertThat(r.findings()).hasSize(1);
        ClapFinding f = r.findings().get(0);
        assertThat(f.severity()).isEqualTo(ClapFinding.Severity.WARNING);
        assertThat(f.item()).isEqualTo("header");
        assertThat(f.message()).isEqualTo("the header says 0 workflows, 2 entities, 1 scene and 0 segments, but by"
                + " their fields the 3 items are 0 workflows, 0 entities, 0 scenes and 3 segments; items were placed by"
                + " their fields");
    }

    @Test
    void aCountSumThatDoesNotMatchTheItemsIsReported() throws Exception {
        String yaml = SMALL.replace("numberOfSegments: 2", "numberOfSegments: 5");
        ClapReadResult r = reader.readYaml(yaml, "sum.yaml");
        assertSmall(r.project());
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("the header says 0 workflows, 1 entity, 1 scene and 5 segments, but by their fields the 4 items are"
                        + " 0 workflows, 1 entity, 1 scene and 2 segments"));
    }

    @Test
    void itemsWithoutTellingFieldsFollowTheCountsWhenTheyAddUp() throws Exception {
        String yaml = """
                - format: clap-0
                  numberOfEntities: 1
                  numberOfSegments: 1
                - title: plain
                - id: looks-like-anything
                - id: also-anything
                """;
        ClapReadResult r = reader.readYaml(yaml, "plain.yaml");
        assertThat(r.findings()).isEmpty();
        assertThat(r.project().entities()).extracting(ClapEntity::id).containsExactly("looks-like-anything");
        assertThat(r.project().segments()).extracting(ClapSegment::id).containsExactly("also-anything");
    }

    @Test
    void anOldHeaderCountsEntitiesAsModelsAndHasNoWorkflows() throws Exception {
        String yaml = SMALL.replace("  numberOfWorkflows: 0\n", "").replace("numberOfEntities", "numberOfModels");
        ClapReadResult r = reader.readYaml(yaml, "old.yaml");
        assertThat(r.findings()).isEmpty();
        assertSmall(r.project());
        assertThat(r.project().headerExtras()).isEmpty();
    }

    @Test
    void aCountThatIsNotANumberIsReportedAndItemsArePlacedByTheirFields() throws Exception {
        ClapReadResult r = reader.readYaml(SMALL.replace("numberOfScenes: 1", "numberOfScenes: one"), "nan.yaml");
        assertSmall(r.project());
        assertThat(r.findings()).extracting(ClapFinding::field).contains("numberOfScenes");
    }

    @Test
    void unknownHeaderFieldsAreKeptInOrder() throws Exception {
        ClapReadResult r = reader.readYaml(SMALL.replace("- format: clap-0\n", "- format: clap-0\n  generator: slate\n  z: 1\n"), "h.yaml");
        assertThat(r.project().headerExtras()).containsExactly(Map.entry("generator", "slate"), Map.entry("z", 1));
    }

    // ------------------------------------------------------------------ fields

    @Test
    void aKnownFieldOfTheWrongTypeIsKeptInExtrasWithAWarning() throws Exception {
        String yaml = """
                - format: clap-0
                  numberOfSegments: 1
                - title: 42
                  width: 1.5
                  height: 720
                - id: g1
                  track: "3"
                  startTimeInMs: 10
                  category: VIDEO
                """;
        ClapReadResult r = reader.readYaml(yaml, "types.yaml");
        ClapProject p = r.project();
        assertThat(p.meta().title()).isEmpty();
        assertThat(p.meta().width()).isEqualTo(ClapMeta.DEFAULT_WIDTH);
        assertThat(p.meta().height()).isEqualTo(720);
        assertThat(p.meta().extras()).containsExactly(Map.entry("title", 42), Map.entry("width", 1.5));
        ClapSegment g = p.segments().get(0);
        assertThat(g.track()).isZero();
        assertThat(g.extras()).containsExactly(Map.entry("track", "3"));
        assertThat(r.findings()).extracting(ClapFinding::toString).containsExactly(
                "warning meta title: expected a string, found the integer 42; kept as read",
                "warning meta width: expected an integer, found the number 1.5; kept as read",
                "warning segment 0 track: expected an integer, found the string \"3\"; kept as read");
    }

    @Test
    void unknownFieldsAreKeptInFileOrder() throws Exception {
        String yaml = """
                - format: clap-0
                  numberOfSegments: 1
                - title: t
                - zeta: 1
                  id: g1
                  alpha: [1, 2]
                  track: 2
                  mid: {b: 2, a: 1}
                """;
        ClapSegment g = reader.readYaml(yaml, "x.yaml").project().segments().get(0);
        assertThat(g.extras().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(g.extras().get("alpha")).isEqualTo(List.of(1, 2));
        assertThat(List.copyOf(((Map<?, ?>) g.extras().get("mid")).keySet())).isEqualTo(List.of("b", "a"));
        assertThat(g.track()).isEqualTo(2);
    }

    @Test
    void enumValuesAreReadWhateverTheirCase() throws Exception {
        String yaml = """
                - format: clap-0
                  numberOfSegments: 1
                - imageRatio: "16:9"
                - category: storyboard
                  outputType: Image
                  status: completed
                  assetSourceType: remote
                """;
        ClapProject p = reader.readYaml(yaml, "e.yaml").project();
        assertThat(p.meta().imageRatio()).isEqualTo("LANDSCAPE");
        ClapSegment g = p.segments().get(0);
        assertThat(g.category()).isEqualTo("IMAGE");
        assertThat(g.outputType()).isEqualTo("IMAGE");
        assertThat(g.status()).isEqualTo("COMPLETED");
        assertThat(g.assetSourceType()).isEqualTo("REMOTE");
    }

    @Test
    void theReferencesMetaUpgradesApply() throws Exception {
        String both = """
                - format: clap-0
                - storyPrompt: the new text
                  screenplay: the old text
                  extraPositivePrompt: [a, b]
                  orientation: square
                """;
        ClapReadResult r = reader.readYaml(both, "meta.yaml");
        ClapMeta m = r.project().meta();
        assertThat(m.screenplay()).isEqualTo("the new text");
        assertThat(m.imagePrompt()).isEqualTo("a, b");
        assertThat(m.imageRatio()).isEqualTo("SQUARE");
        assertThat(m.extras()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("screenplay");
            assertThat(f.message()).contains("kept storyPrompt");
        });
        ClapMeta empty = reader.readYaml("- format: clap-0\n- storyPrompt: ''\n  screenplay: old\n", "m.yaml").project().meta();
        assertThat(empty.screenplay()).isEqualTo("old");
    }

    @Test
    void wholeNumbersWrittenAsFloatsFillIntegerFields() throws Exception {
        ClapSegment g = reader.readYaml("- format: clap-0\n  numberOfSegments: 1\n- {}\n- track: 3.0\n  seed: 1e3\n", "f.yaml")
                .project().segments().get(0);
        assertThat(g.track()).isEqualTo(3);
        assertThat(g.seed()).isEqualTo(1000);
        assertThat(g.extras()).isEmpty();
    }

    @Test
    void nonStringKeysInFreeFormValuesBecomeStringsWithAWarning() throws Exception {
        ClapReadResult r = reader.readYaml("- format: clap-0\n  numberOfSegments: 1\n- {}\n- track: 1\n  extra:\n    1: one\n    true: yes\n", "k.yaml");
        assertThat(List.copyOf(((Map<?, ?>) r.project().segments().get(0).extras().get("extra")).entrySet()))
                .isEqualTo(List.of(Map.entry("1", "one"), Map.entry("true", "yes")));
        assertThat(r.findings()).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("is not a string"));
    }

    @Test
    void sceneEventsAreReadAndTheirOddFieldsNamed() throws Exception {
        String yaml = """
                - format: clap-0
                  numberOfScenes: 1
                - {}
                - id: s1
                  events:
                    - {id: e1, type: dialogue, character: AMY, startAtLine: 2, endAtLine: "3", mood: tense}
                """;
        ClapReadResult r = reader.readYaml(yaml, "ev.yaml");
        ClapSceneEvent e = r.project().scenes().get(0).events().get(0);
        assertThat(e.character()).isEqualTo("AMY");
        assertThat(e.startAtLine()).isEqualTo(2);
        assertThat(e.endAtLine()).isZero();
        assertThat(e.extras()).containsExactly(Map.entry("endAtLine", "3"), Map.entry("mood", "tense"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("scene 0");
            assertThat(f.field()).isEqualTo("events[0].endAtLine");
        });
    }
}

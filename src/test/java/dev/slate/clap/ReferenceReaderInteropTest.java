package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.slate.clap.internal.yaml.YamlEmitter;
import dev.slate.clap.testing.RandomProjects;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by {@link ClapWriter} load in the reference reader ({@code @aitube/clap} 0.2.4's
 * {@code parseClap}, under node) with no warning and with the values that were written, and every string
 * written by {@link YamlEmitter} reads back identically in the JS {@code yaml} package, YAML 1.2 and 1.1.
 *
 * <p>Needs node 18 or later on the PATH (or {@code -Dinterop.node=/path/to/node}); the first run installs
 * {@code src/test/interop/node_modules} with {@code npm ci}. Build without node with
 * {@code -Dinterop.skip=true}. The scripts are described in {@code src/test/interop/README.md}.
 */
class ReferenceReaderInteropTest {

    private static final int SEEDS = 200;
    private final ClapWriter writer = new ClapWriter();

    @BeforeAll
    static void nodeAndPackages() throws IOException {
        Node.node(); // skips everything under -Dinterop.skip=true, fails clearly without node
    }

    // ------------------------------------------------------------------ parseClap

    @Test
    void generatedProjectsLoadInTheReferenceReaderWithNoWarningAndExactlyTheirValues(@TempDir Path dir)
            throws IOException {
        Map<String, ClapProject> projects = new LinkedHashMap<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            projects.put("any-" + seed, InteropProjects.loadableAsIs(new RandomProjects(seed).anyProject()));
        }
        projects.put("realistic-2000", InteropProjects.loadableAsIs(new RandomProjects(7).realistic(2000)));

        NodeRun run = clapExpect(dir, projects, p -> Expectations.of(p, false), true);

        for (FileResult r : FileResult.parse(run, names(dir, projects))) {
            assertThat(r.report()).as(r.name()).isEqualTo(r.name() + ": ok, 0 warning(s), 0 mismatch(es)");
            assertThat(r.checked()).as(r.name() + " values checked").isGreaterThan(20);
        }
        assertThat(run.exitCode()).as("clap-expect --strict exit code\n" + run.stderr()).isZero();
    }

    @Test
    void unusualValuesComeOutOfTheReferenceReaderWithItsKnownUpgradesAndWarnings(@TempDir Path dir)
            throws IOException {
        // unknown enum values, widths out of range, durations shorter than the segments: written as they are,
        // then changed by parseClap exactly as its sanitizers say (modelled in Expectations)
        Map<String, ClapProject> projects = new LinkedHashMap<>();
        Map<String, Integer> expectedWarnings = new LinkedHashMap<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            ClapProject p = new RandomProjects(seed).anyProject();
            projects.put("raw-" + seed, p);
            expectedWarnings.put("raw-" + seed, Expectations.warnings(p));
        }
        assertThat(expectedWarnings.values()).as("some projects need upgrades, some do not").contains(0)
                .anyMatch(w -> w > 0);

        NodeRun run = clapExpect(dir, projects, p -> Expectations.of(p, true), false);

        for (FileResult r : FileResult.parse(run, names(dir, projects))) {
            assertThat(r.report()).as(r.name()).isEqualTo(r.name() + ": ok, " + expectedWarnings.get(r.name())
                    + " warning(s), 0 mismatch(es)");
        }
        assertThat(run.exitCode()).as("clap-expect exit code\n" + run.stderr()).isZero();
    }

    @Test
    void theReferenceUpgradesUnknownAndOutOfRangeValuesAsDocumented(@TempDir Path dir) throws IOException {
        ClapProject p = ClapProject.builder()
                .meta(ClapMeta.builder().id("42").title("yes").imageRatio("WIDESCREEN").durationInMs(0).width(50)
                        .height(10_000).bpm(0).frameRate(2000).screenplay("INT. HOUSE - NIGHT\n").build())
                .workflows(List.of(ClapWorkflow.builder().id("0o17").engine("UNKNOWN_ENGINE").category("x")
                        .provider("y").build()))
                .entities(List.of(ClapEntity.builder().id("1e3").category("UNKNOWN").age(0).seed(0).build()))
                .scenes(List.of(ClapScene.builder().id("~").build()))
                .segments(List.of(ClapSegment.builder().id("2024-01-01").startTimeInMs(1000).endTimeInMs(5000)
                        .category("UNKNOWN_CATEGORY").outputType("UNKNOWN_OUTPUT").status("whatever").build()))
                .build();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("meta.id", Codes.encode("42"));
        expected.put("meta.title", Codes.encode("yes"));
        expected.put("meta.imageRatio", Codes.encode("LANDSCAPE"));
        expected.put("meta.durationInMs", Codes.encode(5000.0)); // 0 -> 4000, then raised to the segment's end
        expected.put("meta.width", Codes.encode(128.0));
        expected.put("meta.height", Codes.encode(8192.0));
        expected.put("meta.bpm", Codes.encode(120.0));
        expected.put("meta.frameRate", Codes.encode(1000.0));
        expected.put("meta.storyPrompt", Codes.encode("INT. HOUSE - NIGHT\n"));
        expected.put("workflows.0.id", Codes.encode("0o17"));
        expected.put("workflows.0.engine", Codes.encode("DEFAULT"));
        expected.put("workflows.0.category", Codes.encode("IMAGE_GENERATION"));
        expected.put("workflows.0.provider", Codes.encode("NONE"));
        expected.put("entities.0.id", Codes.encode("1e3"));
        expected.put("entities.0.category", Codes.encode("GENERIC"));
        expected.put("entities.0.age", Codes.encode(0.0));
        expected.put("entities.0.gender", Codes.encode(""));
        expected.put("scenes.0.id", Codes.encode("~"));
        expected.put("scenes.0.events", Codes.encode(List.of()));
        expected.put("segments.0.id", Codes.encode("2024-01-01"));
        expected.put("segments.0.category", Codes.encode("GENERIC"));
        expected.put("segments.0.outputType", Codes.encode("TEXT"));
        expected.put("segments.0.status", Codes.encode("whatever"));
        expected.put("segments.0.endTimeInMs", Codes.encode(5000.0));
        Path clap = dir.resolve("upgrades.clap");
        Path expect = dir.resolve("upgrades.expect");
        Files.write(clap, writer.toBytes(p));
        Files.writeString(expect, expected.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue() + "\n")
                .collect(Collectors.joining()));

        NodeRun run = Node.run("clap-expect.mjs", List.of(clap.toString(), expect.toString()));
        List<FileResult> results = FileResult.parse(run, Map.of(clap.toString(), "upgrades"));
        assertThat(results.get(0).report()).isEqualTo("upgrades: ok, 3 warning(s), 0 mismatch(es)");
        assertThat(results.get(0).warnings()).anyMatch(w -> w.contains("UNKNOWN_CATEGORY"))
                .anyMatch(w -> w.contains("outputType")).anyMatch(w -> w.contains("durationInMs"));

        NodeRun strict = Node.run("clap-check.mjs", List.of("--strict", "--quiet", clap.toString()));
        assertThat(strict.exitCode()).as("clap-check --strict exit code\n" + strict.stderr()).isEqualTo(3);
    }

    @Test
    void aRealisticProjectPassesClapCheckStrict(@TempDir Path dir) throws IOException {
        Path clap = dir.resolve("realistic.clap");
        writer.writeFile(InteropProjects.loadableAsIs(new RandomProjects(11).realistic(2000)), clap);

        NodeRun run = Node.run("clap-check.mjs", List.of("--strict", "--quiet", clap.toString()));

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"segments\": 2000", "\"ok\": true", "\"warnings\": []");
    }

    // ------------------------------------------------------------------ YAML strings

    @Test
    void everyTrickyAndRandomStringReadsBackIdenticallyInTheJsYamlPackage(@TempDir Path dir) throws IOException {
        List<String> strings = new ArrayList<>(RandomProjects.TRICKY_STRINGS);
        strings.addAll(RandomStrings.many(new Random(20_261_121), 20_000));
        YamlEmitter yaml = new YamlEmitter();
        List<String> expected = new ArrayList<>();
        for (String s : strings) {
            yaml.item();
            yaml.key("v");
            yaml.string(s);
            expected.add(Codes.encode(Map.of("v", s)));
            yaml.item();
            yaml.key(s);
            yaml.string("k");
            expected.add(Codes.encode(Map.of(s, "k")));
        }
        for (int seed = 0; seed < 2000; seed++) {
            Object v = new RandomProjects(seed).anyValue(4);
            yaml.item();
            if (v instanceof Map<?, ?> m && !m.isEmpty()) { // the map's entries as the item's own fields
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    yaml.key((String) e.getKey());
                    yaml.value(e.getValue());
                }
                expected.add(Codes.encode(v, false));
            } else {
                yaml.key("x");
                yaml.value(v);
                expected.add(Codes.encode(single("x", v), false));
            }
        }
        yaml.item(); // a list of mappings written field by field, as scene events are
        yaml.key("events");
        yaml.beginList(2);
        yaml.listItem();
        yaml.key("a");
        yaml.string("yes");
        yaml.key("b");
        yaml.beginList(0);
        yaml.endList();
        yaml.listItem();
        yaml.key("\ud800");
        yaml.integer(-1);
        yaml.endList();
        yaml.key("after");
        yaml.bool(true);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("a", "yes");
        first.put("b", List.of());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("events", List.of(first, Map.of("\ud800", -1)));
        item.put("after", true);
        expected.add(Codes.encode(item, false));
        yaml.finish();

        Path file = dir.resolve("strings.yaml");
        Path expect = dir.resolve("strings.expect");
        Files.write(file, Arrays.copyOf(yaml.bytes(), yaml.size()));
        Files.write(expect, (String.join("\n", expected) + "\n").getBytes(StandardCharsets.US_ASCII));

        for (String version : List.of("--yaml-1.2", "--yaml-1.1")) {
            NodeRun run = Node.run("yaml-read.mjs", List.of(version, file.toString(), expect.toString()));
            List<String> problems = run.stdout().lines().filter(l -> !l.startsWith("file\t")).limit(20)
                    .map(l -> describeMismatch(l, strings)).toList();
            assertThat(problems).as(version).isEmpty();
            assertThat(run.stdout()).as(version).contains("\tok\t" + expected.size() + "\t0");
            assertThat(run.exitCode()).as(version + " " + run.stderr()).isZero();
        }
    }

    private static Map<String, Object> single(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }

    /** A yaml-read mismatch line, with the Java string it was about when the item held one of ours. */
    private static String describeMismatch(String line, List<String> strings) {
        String[] f = line.split("\t");
        if (f[0].equals("mismatch")) {
            int index = Integer.parseInt(f[2]);
            if (index / 2 < strings.size()) {
                return line + "  <- string " + Codes.encode(strings.get(index / 2));
            }
        }
        return line;
    }

    // ------------------------------------------------------------------ running clap-expect.mjs

    /** Writes each project and what the reference should read from it, then runs clap-expect.mjs on all. */
    private NodeRun clapExpect(Path dir, Map<String, ClapProject> projects,
            Function<ClapProject, List<String>> expectations, boolean strict) throws IOException {
        List<String> args = new ArrayList<>();
        if (strict) {
            args.add("--strict");
        }
        for (Map.Entry<String, ClapProject> e : projects.entrySet()) {
            Path clap = dir.resolve(e.getKey() + ".clap");
            Path expect = dir.resolve(e.getKey() + ".expect");
            Files.write(clap, writer.toBytes(e.getValue()));
            Files.writeString(expect, String.join("\n", expectations.apply(e.getValue())) + "\n");
            args.add(clap.toString());
            args.add(expect.toString());
        }
        NodeRun run = Node.run("clap-expect.mjs", args);
        assertThat(run.stdout().lines().filter(l -> l.startsWith("file\t")))
                .as("one result per file\n" + run.stderr()).hasSize(projects.size());
        return run;
    }

    private static Map<String, String> names(Path dir, Map<String, ClapProject> projects) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : projects.keySet()) {
            names.put(dir.resolve(name + ".clap").toString(), name);
        }
        return names;
    }

    /** One file's line of clap-expect.mjs output, with its warnings and mismatches. */
    record FileResult(String name, boolean loaded, int warningCount, int checked, List<String> warnings,
            List<String> details) {

        /** What a test compares: loaded, counts, and the first mismatches spelled out when there are any. */
        String report() {
            long mismatches = details.stream().filter(d -> d.startsWith("mismatch")).count();
            String head = name + ": " + (loaded ? "ok" : "failed") + ", " + warningCount + " warning(s), "
                    + mismatches + " mismatch(es)";
            return details.isEmpty() ? head : head + "\n" + String.join("\n", details.subList(0,
                    Math.min(10, details.size())));
        }

        static List<FileResult> parse(NodeRun run, Map<String, String> names) {
            Map<String, List<String>> warnings = new TreeMap<>();
            Map<String, List<String>> details = new TreeMap<>();
            List<FileResult> out = new ArrayList<>();
            for (String line : run.stdout().lines().toList()) {
                String[] f = line.split("\t", -1);
                String name = names.getOrDefault(f.length > 1 ? f[1] : "", "?");
                switch (f[0]) {
                    case "warning" -> warnings.computeIfAbsent(name, k -> new ArrayList<>()).add(f[2]);
                    case "mismatch" -> details.computeIfAbsent(name, k -> new ArrayList<>()).add(
                            "mismatch " + f[2] + ": expected " + Codes.decodeForHumans(f[3]) + ", reference read "
                                    + Codes.decodeForHumans(f[4]));
                    case "error" -> details.computeIfAbsent(name, k -> new ArrayList<>()).add("error " + f[2]);
                    case "file" -> out.add(new FileResult(name, f[2].equals("ok"), Integer.parseInt(f[3]),
                            Integer.parseInt(f[4]), warnings.getOrDefault(name, List.of()),
                            details.getOrDefault(name, List.of())));
                    default -> fail("unexpected output from node: " + line + "\n" + run.stderr());
                }
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ what parseClap should read

    /** Projects whose every value parseClap keeps as it is, so a zero-warning, identical load is the right expectation. */
    static final class InteropProjects {
        private static final double MAX_SAFE_INTEGER = 9007199254740991.0;

        static ClapProject loadableAsIs(ClapProject p) {
            List<ClapSegment> segments = p.segments().stream().map(s -> s.toBuilder()
                    .category(known(SegmentCategory.class, s.category(), SegmentCategory.VIDEO.wire()))
                    .outputType(known(OutputType.class, s.outputType(), OutputType.VIDEO.wire())).build()).toList();
            double end = segments.stream().mapToDouble(ClapSegment::endTimeInMs).max().orElse(0);
            ClapMeta m = p.meta();
            ClapMeta meta = m.toBuilder()
                    .imageRatio(known(ImageRatio.class, m.imageRatio(), ImageRatio.PORTRAIT.wire()))
                    .durationInMs(Math.min(MAX_SAFE_INTEGER, Math.max(Math.max(m.durationInMs(), 1000), end)))
                    .width(clamp(m.width(), 128, 8192)).height(clamp(m.height(), 128, 8192))
                    .bpm(clamp(m.bpm(), 1, 500)).frameRate(clamp(m.frameRate(), 1, 1000)).build();
            List<ClapWorkflow> workflows = p.workflows().stream().map(w -> w.toBuilder()
                    .engine(known(WorkflowEngine.class, w.engine(), WorkflowEngine.OPENCLAP.wire()))
                    .category(known(WorkflowCategory.class, w.category(), WorkflowCategory.IMAGE_FACESWAP.wire()))
                    .provider(known(WorkflowProvider.class, w.provider(), WorkflowProvider.COMFYUI.wire())).build())
                    .toList();
            List<ClapEntity> entities = p.entities().stream().map(x -> x.toBuilder()
                    .category(known(SegmentCategory.class, x.category(), SegmentCategory.LOCATION.wire())).build())
                    .toList();
            return p.toBuilder().meta(meta).workflows(workflows).entities(entities).segments(segments).build();
        }

        private static int clamp(int v, int min, int max) {
            return Math.max(min, Math.min(max, v));
        }

        private static double clamp(double v, double min, double max) {
            return Math.max(min, Math.min(max, v));
        }

        private static <E extends Enum<E> & ClapEnum> String known(Class<E> type, String value, String otherwise) {
            return Expectations.wires(type).contains(value) ? value : otherwise;
        }
    }

    /**
     * The values parseClap gives for a written project, as {@code path<TAB>code} lines for clap-expect.mjs;
     * with {@code upgraded}, after the reference's sanitizers (index.js of 0.2.4: sanitizeMeta, sanitizeSegment,
     * parseSegmentCategory, getValidNumber...) have changed what they change.
     */
    static final class Expectations {
        private final List<String> lines = new ArrayList<>();

        private void put(String path, Object value) {
            lines.add(path + "\t" + Codes.encode(value));
        }

        static <E extends Enum<E> & ClapEnum> Set<String> wires(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(ClapEnum::wire).collect(Collectors.toSet());
        }

        private static <E extends Enum<E> & ClapEnum> String upgrade(boolean upgraded, Class<E> type, String value,
                String fallback) {
            return !upgraded || wires(type).contains(value) ? value : fallback;
        }

        /** getValidNumber(x, min, max, default): 0 and non-finite give the default, then the value is clamped. */
        private static double validNumber(boolean upgraded, double x, double min, double max, double otherwise) {
            if (!upgraded) {
                return x;
            }
            double v = x == 0 || Double.isNaN(x) ? otherwise : x;
            return Double.isInfinite(v) ? otherwise : Math.max(min, Math.min(max, v));
        }

        static double duration(ClapProject p, boolean upgraded) {
            double d = validNumber(upgraded, p.meta().durationInMs(), 1000, 9007199254740991.0, 4000);
            if (upgraded) {
                for (ClapSegment s : p.segments()) {
                    d = Math.max(d, s.endTimeInMs());
                }
            }
            return d;
        }

        /** How many warnings clap-check gives: non-enum categories, non-enum output types, a changed duration. */
        static int warnings(ClapProject p) {
            Set<String> categories = wires(SegmentCategory.class);
            Set<String> outputs = wires(OutputType.class);
            int n = p.segments().stream().anyMatch(s -> !categories.contains(s.category())) ? 1 : 0;
            n += p.segments().stream().anyMatch(s -> !outputs.contains(s.outputType())) ? 1 : 0;
            return n + (duration(p, true) != p.meta().durationInMs() ? 1 : 0);
        }

        static List<String> of(ClapProject p, boolean upgraded) {
            Expectations x = new Expectations();
            x.put("workflows.length", p.workflows().size());
            x.put("entities.length", p.entities().size());
            x.put("scenes.length", p.scenes().size());
            x.put("segments.length", p.segments().size());
            ClapMeta m = p.meta();
            x.put("meta.id", m.id());
            x.put("meta.title", m.title());
            x.put("meta.description", m.description());
            x.put("meta.synopsis", m.synopsis());
            x.put("meta.licence", m.licence());
            x.put("meta.tags", m.tags());
            x.put("meta.thumbnailUrl", m.thumbnailUrl());
            x.put("meta.imageRatio", upgrade(upgraded, ImageRatio.class, m.imageRatio(), "LANDSCAPE"));
            x.put("meta.durationInMs", duration(p, upgraded));
            x.put("meta.width", validNumber(upgraded, m.width(), 128, 8192, 1024));
            x.put("meta.height", validNumber(upgraded, m.height(), 128, 8192, 576));
            x.put("meta.bpm", validNumber(upgraded, m.bpm(), 1, 500, 120));
            x.put("meta.frameRate", validNumber(upgraded, m.frameRate(), 1, 1000, 24));
            x.put("meta.imagePrompt", m.imagePrompt());
            x.put("meta.systemPrompt", m.systemPrompt());
            x.put("meta.storyPrompt", m.screenplay());
            x.put("meta.isLoop", m.isLoop());
            x.put("meta.isInteractive", m.isInteractive());
            for (int i = 0; i < p.workflows().size(); i++) {
                ClapWorkflow w = p.workflows().get(i);
                String at = "workflows." + i + ".";
                x.put(at + "id", w.id());
                x.put(at + "label", w.label());
                x.put(at + "description", w.description());
                x.put(at + "tags", w.tags());
                x.put(at + "author", w.author());
                x.put(at + "thumbnailUrl", w.thumbnailUrl());
                x.put(at + "nonCommercial", w.nonCommercial());
                x.put(at + "engine", upgrade(upgraded, WorkflowEngine.class, w.engine(), "DEFAULT"));
                x.put(at + "category", upgrade(upgraded, WorkflowCategory.class, w.category(), "IMAGE_GENERATION"));
                x.put(at + "provider", upgrade(upgraded, WorkflowProvider.class, w.provider(), "NONE"));
                x.put(at + "data", w.data());
                x.put(at + "schema", w.schema());
                x.put(at + "inputFields", w.inputFields());
                x.put(at + "inputValues", w.inputValues());
            }
            for (int i = 0; i < p.entities().size(); i++) {
                ClapEntity e = p.entities().get(i);
                String at = "entities." + i + ".";
                x.put(at + "id", e.id());
                x.put(at + "category", upgrade(upgraded, SegmentCategory.class, e.category(), "GENERIC"));
                x.put(at + "triggerName", e.triggerName());
                x.put(at + "label", e.label());
                x.put(at + "description", e.description());
                x.put(at + "tags", e.tags());
                x.put(at + "author", e.author());
                x.put(at + "thumbnailUrl", e.thumbnailUrl());
                x.put(at + "seed", e.seed());
                x.put(at + "imagePrompt", e.imagePrompt());
                x.put(at + "imageSourceType", e.imageSourceType());
                x.put(at + "imageEngine", e.imageEngine());
                x.put(at + "imageId", e.imageId());
                x.put(at + "audioPrompt", e.audioPrompt());
                x.put(at + "audioSourceType", e.audioSourceType());
                x.put(at + "audioEngine", e.audioEngine());
                x.put(at + "audioId", e.audioId());
                x.put(at + "age", e.age());
                x.put(at + "gender", e.gender());
                x.put(at + "region", e.region());
                x.put(at + "appearance", e.appearance());
            }
            for (int i = 0; i < p.scenes().size(); i++) {
                ClapScene s = p.scenes().get(i);
                String at = "scenes." + i + ".";
                x.put(at + "id", s.id());
                x.put(at + "scene", s.scene());
                x.put(at + "line", s.line());
                x.put(at + "rawLine", s.rawLine());
                x.put(at + "sequenceFullText", s.sequenceFullText());
                x.put(at + "sequenceStartAtLine", s.sequenceStartAtLine());
                x.put(at + "sequenceEndAtLine", s.sequenceEndAtLine());
                x.put(at + "startAtLine", s.startAtLine());
                x.put(at + "endAtLine", s.endAtLine());
                List<Object> events = new ArrayList<>(); // parseClap keeps events as read, extras included
                for (ClapSceneEvent e : s.events()) {
                    Map<String, Object> ev = new LinkedHashMap<>();
                    ev.put("id", e.id());
                    ev.put("type", e.type());
                    ev.put("character", e.character());
                    ev.put("description", e.description());
                    ev.put("behavior", e.behavior());
                    ev.put("startAtLine", e.startAtLine());
                    ev.put("endAtLine", e.endAtLine());
                    ev.putAll(e.extras());
                    events.add(ev);
                }
                x.put(at + "events", events);
            }
            for (int i = 0; i < p.segments().size(); i++) {
                ClapSegment s = p.segments().get(i);
                String at = "segments." + i + ".";
                x.put(at + "id", s.id());
                x.put(at + "parentId", s.parentId());
                x.put(at + "childrenIds", s.childrenIds());
                x.put(at + "track", s.track());
                x.put(at + "startTimeInMs", s.startTimeInMs());
                x.put(at + "endTimeInMs", s.endTimeInMs());
                x.put(at + "category", upgrade(upgraded, SegmentCategory.class, s.category(), "GENERIC"));
                x.put(at + "entityId", s.entityId());
                x.put(at + "workflowId", s.workflowId());
                x.put(at + "sceneId", s.sceneId());
                x.put(at + "startTimeInLines", s.startTimeInLines());
                x.put(at + "endTimeInLines", s.endTimeInLines());
                x.put(at + "prompt", s.prompt());
                x.put(at + "label", s.label());
                x.put(at + "outputType", upgrade(upgraded, OutputType.class, s.outputType(), "TEXT"));
                x.put(at + "renderId", s.renderId());
                x.put(at + "status", s.status());
                x.put(at + "assetUrl", s.assetUrl());
                x.put(at + "assetDurationInMs", s.assetDurationInMs());
                x.put(at + "assetSourceType", s.assetSourceType());
                x.put(at + "assetFileFormat", s.assetFileFormat());
                x.put(at + "revision", s.revision());
                x.put(at + "createdAt", s.createdAt());
                x.put(at + "createdBy", s.createdBy());
                x.put(at + "editedBy", s.editedBy());
                x.put(at + "outputGain", s.outputGain());
                x.put(at + "seed", s.seed());
            }
            return x.lines;
        }
    }

    /** The Java side of src/test/interop/values.mjs: the same one-line text form of a value. */
    static final class Codes {
        static String encode(Object v) {
            return encode(v, true);
        }

        /** @param sortKeys sort map entries by encoded key, as values.mjs does for JS objects (not for Maps) */
        static String encode(Object v, boolean sortKeys) {
            StringBuilder b = new StringBuilder();
            encode(v, sortKeys, b);
            return b.toString();
        }

        private static void encode(Object v, boolean sortKeys, StringBuilder b) {
            if (v == null) {
                b.append('n');
            } else if (v instanceof String s) {
                b.append('s');
                for (int i = 0; i < s.length(); i++) {
                    String hex = Integer.toHexString(s.charAt(i));
                    b.append("0000", hex.length(), 4).append(hex);
                }
            } else if (v instanceof Boolean x) {
                b.append(x ? 't' : 'f');
            } else if (v instanceof Number n) { // JS has only doubles; a long or BigInteger rounds like parseInt
                double d = n instanceof BigInteger big ? big.doubleValue() : n instanceof Double ? n.doubleValue()
                        : (double) n.longValue();
                String hex = Long.toHexString(Double.doubleToLongBits(d));
                b.append('d').append("0000000000000000", hex.length(), 16).append(hex);
            } else if (v instanceof List<?> l) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    encode(l.get(i), sortKeys, b);
                }
                b.append(']');
            } else if (v instanceof Map<?, ?> m) {
                List<String[]> entries = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    entries.add(new String[] {encode(e.getKey(), sortKeys), encode(e.getValue(), sortKeys)});
                }
                if (sortKeys) {
                    entries.sort((x, y) -> x[0].compareTo(y[0]));
                }
                b.append('{').append(entries.stream().map(e -> e[0] + ":" + e[1]).collect(Collectors.joining(",")))
                        .append('}');
            } else {
                throw new IllegalArgumentException("no code for " + v.getClass());
            }
        }

        /** A code made readable in a failure message: strings shown as Java literals. */
        static String decodeForHumans(String code) {
            if (!code.startsWith("s") || (code.length() - 1) % 4 != 0) {
                return code;
            }
            StringBuilder b = new StringBuilder("\"");
            for (int i = 1; i + 4 <= code.length(); i += 4) {
                char c = (char) Integer.parseInt(code.substring(i, i + 4), 16);
                b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
            return b.append('"').toString();
        }
    }

    /** Strings built to trip a YAML writer: indicators, number and date look-alikes, controls, surrogates. */
    static final class RandomStrings {
        private static final String HOSTILE = "0123456789+-._:eExXoObB tTfFyYnN#&*!|>'\"%@`?,[]{}~=<\\/\t\n\r"
                + "\u00e9\u0085\u00a0\u2028\u2029\ufeff\ufffe\uffff\ud800\udc00\u0000\u001b\u007f\u0080\u009f";

        static List<String> many(Random r, int count) {
            List<String> out = new ArrayList<>(count);
            RandomProjects texts = new RandomProjects(r.nextLong());
            for (int i = 0; i < count; i++) {
                out.add(switch (i % 5) {
                    case 0, 1 -> fromAlphabet(r, HOSTILE, r.nextInt(12));
                    case 2 -> numberLike(r);
                    case 3 -> anyCodeUnits(r, r.nextInt(10));
                    default -> texts.text();
                });
            }
            return out;
        }

        private static String fromAlphabet(Random r, String alphabet, int length) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return b.toString();
        }

        private static String anyCodeUnits(Random r, int length) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append((char) r.nextInt(0x10000));
            }
            return b.toString();
        }

        /** Numbers, dates, times and special floats in the spellings YAML 1.1 and 1.2 know, and near misses. */
        private static String numberLike(Random r) {
            String sign = new String[] {"", "", "-", "+"}[r.nextInt(4)];
            String digits = fromAlphabet(r, "0123456789", 1 + r.nextInt(5));
            return switch (r.nextInt(12)) {
                case 0 -> sign + digits;
                case 1 -> sign + digits + "." + fromAlphabet(r, "0123456789", r.nextInt(3));
                case 2 -> sign + "." + digits;
                case 3 -> sign + digits + (r.nextBoolean() ? "e" : "E") + sign + fromAlphabet(r, "0123456789", 1 + r.nextInt(2));
                case 4 -> sign + "0" + new String[] {"x", "o", "b", ""}[r.nextInt(4)] + fromAlphabet(r, "0123456789abcdefABCDEF_", 1 + r.nextInt(4));
                case 5 -> sign + digits + "_" + digits;
                case 6 -> sign + digits + ":" + fromAlphabet(r, "012345", 1) + fromAlphabet(r, "0123456789", 1);
                case 7 -> String.format("%04d-%02d-%02d", r.nextInt(3000), 1 + r.nextInt(12), 1 + r.nextInt(28))
                        + new String[] {"", "T10:00:00Z", " 10:00:00", "t1:2:3.5+01:00"}[r.nextInt(4)];
                case 8 -> sign + new String[] {".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "inf", "nan", "Infinity"}[r.nextInt(9)];
                case 9 -> new String[] {"true", "True", "TRUE", "tRuE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON",
                    "false", "no", "n", "N", "off", "OFF", "null", "Null", "NULL", "~", "", "<<", "="}[r.nextInt(25)];
                case 10 -> digits + "." + digits + "." + digits;
                default -> sign + digits + " " + digits;
            };
        }
    }

    // ------------------------------------------------------------------ node

    record NodeRun(int exitCode, String stdout, String stderr) {
    }

    /** Finds node, installs the harness's packages once, runs its scripts. */
    static final class Node {
        private static final Path DIR = Path.of("src", "test", "interop").toAbsolutePath();
        private static Path node;

        static NodeRun run(String script, List<String> args) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(node().toString());
            command.add(DIR.resolve(script).toString());
            command.addAll(args);
            return exec(command, 600);
        }

        static synchronized Path node() throws IOException {
            Assumptions.assumeFalse(Boolean.getBoolean("interop.skip"), "interop checks skipped (interop.skip=true)");
            if (node == null) {
                String configured = System.getProperty("interop.node", "");
                Path found = configured.isEmpty() ? onPath("node", "node.exe") : Path.of(configured);
                if (found == null || !Files.isExecutable(found)) {
                    fail("node (Node.js 18 or later) is needed for the OpenClap interop checks and "
                            + (configured.isEmpty() ? "was not found on the PATH" : "-Dinterop.node=" + configured
                                    + " is not an executable")
                            + ": install it, point -Dinterop.node=/path/to/node at it, or build with"
                            + " -Dinterop.skip=true to skip these checks");
                }
                NodeRun version = exec(List.of(found.toString(), "--version"), 60);
                String v = version.stdout().trim();
                int major = v.startsWith("v") ? Integer.parseInt(v.substring(1, v.indexOf('.'))) : 0;
                if (major < 18) {
                    fail("node " + v + " at " + found + " is too old: the interop checks need Node.js 18 or later"
                            + " (or build with -Dinterop.skip=true)");
                }
                installPackages(found);
                node = found;
            }
            return node;
        }

        /** {@code npm ci} once, when the pinned packages are not installed yet. */
        private static void installPackages(Path node) throws IOException {
            if (Files.exists(DIR.resolve("node_modules/@aitube/clap/package.json"))
                    && Files.exists(DIR.resolve("node_modules/yaml/package.json"))) {
                return;
            }
            Path npm = onPath("npm", "npm.cmd");
            if (npm == null) {
                npm = node.resolveSibling("npm");
            }
            NodeRun ci = exec(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), 900);
            if (ci.exitCode() != 0) {
                fail("npm ci in " + DIR + " failed (exit " + ci.exitCode() + "); run it by hand to see why, or build"
                        + " with -Dinterop.skip=true\n" + tail(ci.stdout() + ci.stderr()));
            }
        }

        private static Path onPath(String... names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                for (String name : names) {
                    if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                        return Path.of(dir, name);
                    }
                }
            }
            return null;
        }

        private static NodeRun exec(List<String> command, int timeoutSeconds) throws IOException {
            Path out = Files.createTempFile("slate-interop", ".out");
            Path err = Files.createTempFile("slate-interop", ".err");
            try {
                Process p = new ProcessBuilder(command).directory(DIR.toFile()).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
                }
                return new NodeRun(p.exitValue(), Files.readString(out), Files.readString(err));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + command.get(0), e);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }

        private static String tail(String s) {
            return s.length() <= 2000 ? s : "..." + s.substring(s.length() - 2000);
        }
    }
}

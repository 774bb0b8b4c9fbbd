package dev.slate.clap.testing;

import dev.slate.clap.AssetSource;
import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapEnum;
import dev.slate.clap.ClapMeta;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapScene;
import dev.slate.clap.ClapSceneEvent;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.ClapWorkflow;
import dev.slate.clap.ImageRatio;
import dev.slate.clap.OutputType;
import dev.slate.clap.SegmentCategory;
import dev.slate.clap.SegmentStatus;
import dev.slate.clap.WorkflowCategory;
import dev.slate.clap.WorkflowEngine;
import dev.slate.clap.WorkflowProvider;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded generators of OpenClap projects for round-trip, interop and benchmark use. The same seed
 * always gives the same project, so a failure names its seed and can be replayed.
 */
public final class RandomProjects {

    /** Strings that a careless YAML writer turns into something else, or that a YAML 1.1 reader misreads. */
    public static final List<String> TRICKY_STRINGS = List.of(
            "", " ", "  leading spaces", "trailing spaces  ", "\t", "tab\there", "yes", "no", "Yes", "NO", "on",
            "off", "y", "n", "true", "false", "True", "FALSE", "null", "Null", "NULL", "~", "0o17", "012", "0x1F",
            "1e3", "1E3", "-1", "+1", ".5", "1.", "1_000", ".inf", "-.Inf", ".NaN", "2024-01-01",
            "2024-01-01T10:00:00Z", "12:30:00", "1:20", "key: value", "a: b: c", "# not a comment",
            "text # comment?", "- dash", "-", "--", "---", "...", "? question", ": colon", "[brackets]",
            "{braces}", "a, b", "&anchor", "*alias", "!tag", "!!str", "%directive", "@at", "`backtick`",
            "'single'", "\"double\"", "it's", "say \"hi\"", "back\\slash", "C:\\path\\to", "|", "|-", ">",
            "> folded", "line one\nline two", "trailing newline\n", "\nleading newline", "\n", "\n\n", "crlf\r\nend",
            "cr\rend", "multi\n\n\nblank lines", "  indented\n  block", "emoji 🎬🎥 ok", "😀", "é à ü ß ñ",
            "日本語のテキスト", "עברית", "zero\u0000byte", "bell\u0007", "escape\u001b[0m", "del\u007f",
            "nbsp\u00a0here", "nel\u0085line", "ls\u2028ps\u2029", "bom\ufeff", "lone high \ud800 surrogate",
            "lone low \udc00 surrogate", "reversed \udc00\ud800 pair", "\ud83c", "INT. HOUSE - NIGHT",
            "AMY (V.O.)", "(beat)", "FADE OUT.", "<html>", "a\\nb", "\\", "\"", "'", "=", "<<", "0", "00",
            "-0", "0.0", "1,000", "$100", "100%", "https://example.com/a?b=c#d", "data:image/png;base64,iVBOR",
            "../../etc/passwd", "x".repeat(300), "word ".repeat(100).trim());

    private final Random random;

    public RandomProjects(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** A project where every field of every item takes random values, including tricky strings and extras. */
    public ClapProject anyProject() {
        int workflows = random.nextInt(3);
        int entities = random.nextInt(5);
        int scenes = random.nextInt(4);
        int segments = random.nextInt(12);
        List<ClapWorkflow> ws = new ArrayList<>();
        for (int i = 0; i < workflows; i++) {
            ws.add(anyWorkflow());
        }
        List<ClapEntity> es = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            es.add(anyEntity());
        }
        List<ClapScene> ss = new ArrayList<>();
        for (int i = 0; i < scenes; i++) {
            ss.add(anyScene());
        }
        List<ClapSegment> gs = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            gs.add(anySegment());
        }
        return ClapProject.builder().meta(anyMeta()).workflows(ws).entities(es).scenes(ss).segments(gs)
                .headerExtras(maybeExtras()).build();
    }

    public ClapMeta anyMeta() {
        return ClapMeta.builder().id(id()).title(text()).description(text()).synopsis(text()).licence(text())
                .tags(texts()).thumbnailUrl(text()).imageRatio(enumOrUnknown(ImageRatio.class))
                .durationInMs(number()).width(random.nextInt(8192)).height(random.nextInt(8192))
                .bpm(number()).frameRate(number()).defaultVideoModel(text()).imagePrompt(text())
                .systemPrompt(text()).screenplay(longText()).isLoop(random.nextBoolean())
                .isInteractive(random.nextBoolean()).extras(maybeExtras()).build();
    }

    public ClapWorkflow anyWorkflow() {
        List<Object> inputFields = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            inputFields.add(anyValue(3));
        }
        return ClapWorkflow.builder().id(id()).label(text()).description(text()).tags(texts()).author(text())
                .thumbnailUrl(text()).nonCommercial(random.nextBoolean())
                .engine(enumOrUnknown(WorkflowEngine.class)).category(enumOrUnknown(WorkflowCategory.class))
                .provider(enumOrUnknown(WorkflowProvider.class)).data(longText()).schema(text())
                .inputFields(inputFields).inputValues(anyMap(3)).extras(maybeExtras()).build();
    }

    public ClapEntity anyEntity() {
        return ClapEntity.builder().id(id()).category(enumOrUnknown(SegmentCategory.class)).triggerName(text())
                .label(text()).description(text()).tags(texts()).author(text()).thumbnailUrl(text())
                .seed(random.nextInt(Integer.MAX_VALUE)).imagePrompt(text())
                .imageSourceType(enumOrUnknown(AssetSource.class)).imageEngine(text()).imageId(text())
                .audioPrompt(text()).audioSourceType(enumOrUnknown(AssetSource.class)).audioEngine(text())
                .audioId(text()).age(random.nextInt(120)).gender(text()).region(text()).appearance(text())
                .extras(maybeExtras()).build();
    }

    public ClapScene anyScene() {
        List<ClapSceneEvent> events = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            events.add(ClapSceneEvent.builder().id(id()).type(pick("dialogue", "action", "description", text()))
                    .character(text()).description(text()).behavior(text()).startAtLine(random.nextInt(5000))
                    .endAtLine(random.nextInt(5000)).extras(maybeExtras()).build());
        }
        return ClapScene.builder().id(id()).scene(text()).line(text()).rawLine(text()).sequenceFullText(longText())
                .sequenceStartAtLine(random.nextInt(5000)).sequenceEndAtLine(random.nextInt(5000))
                .startAtLine(random.nextInt(5000)).endAtLine(random.nextInt(5000)).events(events)
                .extras(maybeExtras()).build();
    }

    public ClapSegment anySegment() {
        List<String> children = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            children.add(id());
        }
        return ClapSegment.builder().id(id()).parentId(random.nextBoolean() ? "" : id()).childrenIds(children)
                .track(random.nextInt(40)).startTimeInMs(number()).endTimeInMs(number())
                .category(enumOrUnknown(SegmentCategory.class)).entityId(text()).workflowId(text()).sceneId(text())
                .startTimeInLines(random.nextInt(5000)).endTimeInLines(random.nextInt(5000)).prompt(text())
                .label(text()).outputType(enumOrUnknown(OutputType.class)).renderId(text())
                .status(enumOrUnknown(SegmentStatus.class)).assetUrl(text()).assetDurationInMs(number())
                .assetSourceType(enumOrUnknown(AssetSource.class)).assetFileFormat(text()).createdAt(text())
                .createdBy(text()).editedBy(text()).revision(random.nextInt(10)).outputGain(number())
                .seed(random.nextInt(Integer.MAX_VALUE)).extras(maybeExtras()).build();
    }

    /**
     * A project shaped like a converted feature film: {@code segments} segments on a dozen tracks with
     * ascending times, one entity per 40 segments, one scene per 25, realistic prompt lengths.
     */
    public ClapProject realistic(int segments) {
        List<ClapEntity> entities = new ArrayList<>();
        for (int i = 0; i < Math.max(1, segments / 40); i++) {
            entities.add(ClapEntity.builder().id(uuid()).category(i % 3 == 0 ? SegmentCategory.LOCATION : SegmentCategory.CHARACTER)
                    .triggerName("CHARACTER " + i).label("Character " + i)
                    .description("A person of about " + (20 + i % 50) + ", introduced in scene " + i + ".")
                    .age(20 + i % 50).gender(i % 2 == 0 ? "female" : "male").seed(random.nextInt(Integer.MAX_VALUE))
                    .imagePrompt("portrait of character " + i + ", cinematic lighting").build());
        }
        List<ClapScene> scenes = new ArrayList<>();
        for (int i = 0; i < Math.max(1, segments / 25); i++) {
            List<ClapSceneEvent> events = new ArrayList<>();
            for (int e = 0; e < 6; e++) {
                events.add(ClapSceneEvent.builder().id(uuid()).type(e % 2 == 0 ? "action" : "dialogue")
                        .character(e % 2 == 0 ? "" : "CHARACTER " + (e % 7)).description(sentence(8 + random.nextInt(20)))
                        .behavior(e % 3 == 0 ? "quietly" : "").startAtLine(i * 30 + e * 4).endAtLine(i * 30 + e * 4 + 3)
                        .build());
            }
            scenes.add(ClapScene.builder().id(uuid()).scene("Scene " + (i + 1)).line("INT. PLACE " + i + " - NIGHT")
                    .rawLine("INT. PLACE " + i + " - NIGHT").startAtLine(i * 30 + 1).endAtLine(i * 30 + 29)
                    .sequenceStartAtLine(1).sequenceEndAtLine(segments).events(events).build());
        }
        String[] categories = {"VIDEO", "IMAGE", "DIALOGUE", "ACTION", "CAMERA", "LOCATION", "TIME", "LIGHTING",
            "SOUND", "MUSIC", "TRANSITION", "INTERFACE"};
        List<ClapSegment> list = new ArrayList<>(segments);
        long t = 0;
        for (int i = 0; i < segments; i++) {
            int track = i % categories.length;
            long duration = 1000 + random.nextInt(6000);
            list.add(ClapSegment.builder().id(uuid()).track(track).startTimeInMs(t).endTimeInMs(t + duration)
                    .category(categories[track]).entityId(entities.get(i % entities.size()).id())
                    .sceneId(scenes.get(Math.min(scenes.size() - 1, i / 25)).id()).startTimeInLines(i + 1)
                    .endTimeInLines(i + 3).prompt(sentence(6 + random.nextInt(30))).label(sentence(3))
                    .outputType(track < 2 ? (track == 0 ? "VIDEO" : "IMAGE") : "TEXT").status("TO_GENERATE")
                    .createdAt("2026-11-21T18:00:00.000Z").createdBy("auto").editedBy("auto")
                    .seed(random.nextInt(Integer.MAX_VALUE)).build());
            if (track == categories.length - 1) {
                t += duration;
            }
        }
        StringBuilder screenplay = new StringBuilder();
        for (int i = 0; i < segments; i++) {
            screenplay.append(i % 25 == 0 ? "INT. PLACE " + i / 25 + " - NIGHT" : sentence(10)).append('\n');
        }
        ClapMeta meta = ClapMeta.builder().id(uuid()).title("Benchmark feature").description("generated")
                .durationInMs(t).screenplay(screenplay.toString()).build();
        return ClapProject.builder().meta(meta).entities(entities).scenes(scenes).segments(list).build();
    }

    public String uuid() {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L,
                (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L).toString();
    }

    private static final String[] WORDS = {"the", "light", "falls", "across", "an", "empty", "kitchen", "AMY",
        "turns", "slowly", "toward", "door", "rain", "on", "window", "she", "he", "waits", "night", "city",
        "silence", "breaks", "glass", "car", "engine", "starts", "far", "away", "a", "dog", "barks", "smiles"};

    private String sentence(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    private String id() {
        return random.nextInt(10) == 0 ? text() : uuid();
    }

    /** A tricky string, a random printable or unicode string, or a plain word. */
    public String text() {
        switch (random.nextInt(4)) {
            case 0:
                return TRICKY_STRINGS.get(random.nextInt(TRICKY_STRINGS.size()));
            case 1:
                return sentence(1 + random.nextInt(8));
            case 2: {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(20); i > 0; i--) {
                    int r = random.nextInt(100);
                    if (r < 70) {
                        b.append((char) (0x20 + random.nextInt(0x5f)));
                    } else if (r < 80) {
                        b.append("\n\t\r :#'\"\\-".charAt(random.nextInt(10)));
                    } else if (r < 95) {
                        b.appendCodePoint(0xa0 + random.nextInt(0x2fff));
                    } else {
                        b.append((char) random.nextInt(0x10000));
                    }
                }
                return b.toString();
            }
            default:
                return TRICKY_STRINGS.get(random.nextInt(TRICKY_STRINGS.size())) + " " + sentence(2);
        }
    }

    private String longText() {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            b.append(text()).append(random.nextBoolean() ? "\n" : " ");
        }
        return b.toString();
    }

    private List<String> texts() {
        List<String> out = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.add(text());
        }
        return out;
    }

    private double number() {
        switch (random.nextInt(5)) {
            case 0:
                return 0;
            case 1:
                return random.nextInt(1_000_000);
            case 2:
                return random.nextInt(10_000) + 0.5;
            case 3:
                return random.nextDouble() * 1e6;
            default:
                return random.nextLong() >> 12; // still exact as a JS number
        }
    }

    private <E extends Enum<E> & ClapEnum> String enumOrUnknown(Class<E> type) {
        E[] values = type.getEnumConstants();
        int r = random.nextInt(10);
        if (r == 0) {
            return "UNKNOWN_" + Integer.toHexString(random.nextInt(0xffff)).toUpperCase();
        }
        return values[random.nextInt(values.length)].wire();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private Map<String, Object> maybeExtras() {
        return random.nextInt(3) == 0 ? anyMap(3) : Map.of();
    }

    private Map<String, Object> anyMap(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String key = random.nextBoolean() ? "x" + random.nextInt(1000) : text();
            m.put(key, anyValue(depth - 1));
        }
        return m;
    }

    /**
     * Any value a YAML 1.2 core-schema reader can give back, in the reader's canonical Java type: Integer
     * when the integer fits an int, Long when it fits a long, BigInteger beyond; Double for floats.
     */
    public Object anyValue(int depth) {
        int r = random.nextInt(depth <= 0 ? 7 : 9);
        switch (r) {
            case 0: return text();
            case 1: return random.nextBoolean();
            case 2: return random.nextInt();
            case 3: return (long) Integer.MAX_VALUE + 1 + (random.nextLong() >>> 2);
            case 4: return random.nextInt(1000) + 0.25;
            case 5: return null;
            case 6: return BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).add(new BigInteger(70, random));
            case 7: {
                List<Object> l = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    l.add(anyValue(depth - 1));
                }
                return l;
            }
            default: return anyMap(depth - 1);
        }
    }
}

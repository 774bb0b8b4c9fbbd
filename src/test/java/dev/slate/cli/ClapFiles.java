package dev.slate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** .clap files written by hand, so that command tests do not depend on the writer. */
final class ClapFiles {
    private ClapFiles() {
    }

    static final String META_ID = "6f1c2f8e-3b0a-4d7e-9c1a-0a1b2c3d4e5f";
    static final String AMY_ID = "1a2b3c4d-0000-4000-8000-000000000002";
    static final String HOUSE_ID = "1a2b3c4d-0000-4000-8000-000000000003";
    static final String SCENE_ID = "1a2b3c4d-0000-4000-8000-000000000004";

    /** A complete, valid project: 2 entities, 1 scene, 3 segments on 2 tracks, 83.456 s. */
    static final String VALID = String.join("\n",
            "- format: clap-0",
            "  numberOfWorkflows: 0",
            "  numberOfEntities: 2",
            "  numberOfScenes: 1",
            "  numberOfSegments: 3",
            "- id: " + META_ID,
            "  title: \"Night Shift: \\\"the\\\" test\"",
            "  description: a test",
            "  imageRatio: LANDSCAPE",
            "  durationInMs: 83456",
            "  width: 1024",
            "  height: 576",
            "  screenplay: \"INT. HOUSE - NIGHT\\n\\nAMY\\nHello.\\n\"",
            "- id: " + AMY_ID,
            "  category: CHARACTER",
            "  triggerName: AMY",
            "  label: Amy",
            "  seed: 42",
            "  age: 35",
            "  gender: female",
            "- id: " + HOUSE_ID,
            "  category: LOCATION",
            "  triggerName: HOUSE",
            "  label: The house",
            "  seed: 7",
            "- id: " + SCENE_ID,
            "  scene: The kitchen",
            "  line: INT. HOUSE - NIGHT",
            "  rawLine: INT. HOUSE - NIGHT",
            "  startAtLine: 1",
            "  endAtLine: 4",
            "  events: []",
            "- id: 1a2b3c4d-0000-4000-a000-000000000010",
            "  track: 0",
            "  startTimeInMs: 0",
            "  endTimeInMs: 40000",
            "  category: VIDEO",
            "  sceneId: " + SCENE_ID,
            "  outputType: VIDEO",
            "  status: TO_GENERATE",
            "  assetDurationInMs: 0",
            "  createdAt: \"2024-06-01T12:00:00.000Z\"",
            "  seed: 1",
            "- id: 1a2b3c4d-0000-4000-a000-000000000011",
            "  track: 1",
            "  startTimeInMs: 0",
            "  endTimeInMs: 3000",
            "  category: DIALOGUE",
            "  entityId: " + AMY_ID,
            "  sceneId: " + SCENE_ID,
            "  startTimeInLines: 3",
            "  endTimeInLines: 4",
            "  prompt: Hello.",
            "  outputType: AUDIO",
            "  status: TO_GENERATE",
            "  assetDurationInMs: 0",
            "  createdAt: \"2024-06-01T12:00:00.000Z\"",
            "  seed: 2",
            "- id: 1a2b3c4d-0000-4000-a000-000000000012",
            "  track: 0",
            "  startTimeInMs: 40000",
            "  endTimeInMs: 83456",
            "  category: VIDEO",
            "  sceneId: " + SCENE_ID,
            "  outputType: VIDEO",
            "  status: TO_GENERATE",
            "  assetDurationInMs: 0",
            "  createdAt: \"2024-06-01T12:00:00.000Z\"",
            "  seed: 3",
            "");

    /** {@link #VALID} with two errors: a negative track and a dialogue naming a missing entity. */
    static final String INVALID = VALID
            .replace("  track: 1\n", "  track: -1\n")
            .replace("  entityId: " + AMY_ID, "  entityId: 1a2b3c4d-0000-4000-8000-0000000000ff");

    /** An old tool's file: numberOfModels, no ids, no createdAt, no duration. */
    static final String OLD = String.join("\n",
            "- format: clap-0",
            "  numberOfModels: 1",
            "  numberOfScenes: 0",
            "  numberOfSegments: 2",
            "- title: Old one",
            "  orientation: landscape",
            "- category: CHARACTER",
            "  triggerName: BOB",
            "- track: 0",
            "  startTimeInMs: 0",
            "  endTimeInMs: 1500",
            "  category: VIDEO",
            "  assetDurationInMs: 0",
            "- id: keep-this-id",
            "  track: 1",
            "  startTimeInMs: 0",
            "  endTimeInMs: 5000",
            "  category: DIALOGUE",
            "  prompt: Hi there",
            "  assetDurationInMs: 0",
            "");

    static byte[] gzip(String yaml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A meta field holding megabytes where a word belongs is kept as read, and reported in a short line. */
class ClapHugeMetaValuesTest {

    @Test
    void aHugeOrientationDifferentFromTheImageRatioIsReportedClipped() throws Exception {
        String huge = "v".repeat(4 << 20);
        String yaml = "- format: clap-0\n  numberOfWorkflows: 0\n  numberOfEntities: 0\n  numberOfScenes: 0\n"
                + "  numberOfSegments: 0\n- id: m\n  title: t\n  imageRatio: " + huge + "\n  orientation: PORTRAIT\n";

        ClapReadResult read = new ClapReader().read(yaml.getBytes(StandardCharsets.UTF_8), "huge.clap");

        assertThat(read.project().meta().imageRatio()).hasSize(huge.length());
        assertThat(read.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("orientation");
            assertThat(f.message()).contains("vvv...").hasSizeLessThan(200);
        });
    }
}

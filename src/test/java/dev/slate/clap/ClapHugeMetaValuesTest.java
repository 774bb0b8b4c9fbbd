package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A field holding megabytes where a word belongs is kept as read, and reported in a short line. The timeout
 * only guards against a hang; it measures nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
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

    /**
     * Found by the fuzzer (clap:1:64346): a category of megabytes of characters that grow in upper case
     * (ß, a ligature) hung the reader, as the JDK's upper-casing copies its result again for each of them.
     */
    @Test
    void aHugeCategoryOfCharactersThatGrowInUpperCaseIsKeptAsRead() throws Exception {
        String huge = "VIDEO" + "\u00df\uFB01\u0130".repeat(1 << 20);
        String yaml = "- format: clap-0\n  numberOfWorkflows: 0\n  numberOfEntities: 0\n  numberOfScenes: 0\n"
                + "  numberOfSegments: 1\n- id: m\n  title: t\n- id: s\n  track: 0\n  startTimeInMs: 0\n  endTimeInMs: 1000\n"
                + "  category: " + huge + "\n";

        ClapReadResult read = new ClapReader().read(yaml.getBytes(StandardCharsets.UTF_8), "huge.clap");

        assertThat(read.project().segments()).singleElement().satisfies(s -> assertThat(s.category()).isEqualTo(huge));
        assertThat(new ClapValidator().validate(read)).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("category");
            assertThat(f.message()).contains("GENERIC").hasSizeLessThan(300);
        });
    }
}

package dev.slate.clap.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Found by the fuzzer (clap:1:9519): a line of megabytes in YAML that only the general parser reads (flow
 * style) was re-copied for every kilobyte read, 12 s and 200 MB for 4 MB. The timeout only guards against
 * a hang; it measures nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class YamlLoaderLongLineTest {

    @Test
    void aFourMegabyteValueInFlowStyleReadsWhole() throws Exception {
        String value = "x".repeat(4 << 20);
        String yaml = "- {format: clap-0}\n- {title: " + value + "}\n";
        ClapReadResult r = new ClapReader().read(yaml.getBytes(StandardCharsets.UTF_8), "long.clap");
        assertThat(r.project().meta().title()).hasSize(4 << 20);
    }

    @Test
    void theGeneralParserReadsATextOfUpToSixteenMillionCharactersInOneWindow() {
        assertThat(YamlLoader.bufferSize(10)).isEqualTo(1024);
        assertThat(YamlLoader.bufferSize(4 << 20)).isEqualTo((4 << 20) + 1);
        assertThat(YamlLoader.bufferSize(100 << 20)).isEqualTo(1 << 24);
    }
}

package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.internal.yaml.YamlReader;
import dev.slate.clap.testing.RandomProjects;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What ClapWriter writes, ClapReader reads back equal, through gzip and as plain YAML, with no finding. */
class ClapRoundTripTest {
    private final ClapWriter writer = new ClapWriter();
    private final ClapReader reader = new ClapReader();

    static Stream<Integer> seeds() {
        return IntStream.range(0, 300).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyProjectReadsBackEqualThroughGzip(int seed) throws Exception {
        ClapProject original = new RandomProjects(seed).anyProject();
        ClapReadResult read = reader.read(writer.toBytes(original), "seed-" + seed + ".clap");
        assertThat(read.project()).as("seed %d", seed).isEqualTo(original);
        assertThat(read.findings()).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyProjectReadsBackEqualAsPlainYaml(int seed) throws Exception {
        ClapProject original = new RandomProjects(seed).anyProject();
        String yaml = writer.toYaml(original);
        assertThat(reader.readYaml(yaml, "seed-" + seed + ".yaml").project()).as("seed %d", seed).isEqualTo(original);
        byte[] plain = yaml.getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(plain, "seed-" + seed + ".yaml").project()).as("seed %d, bytes", seed).isEqualTo(original);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theWritersOutputStaysOnTheFastPath(int seed) throws Exception {
        assertThat(slowPathReason(writer.toYaml(new RandomProjects(seed).anyProject()))).as("seed %d", seed).isNull();
    }

    /** Why the reader would leave this text to snakeyaml-engine (a matter of speed only); null if it would not. */
    static String slowPathReason(String yaml) throws Exception {
        char[] text = yaml.toCharArray();
        int n = YamlReader.normalize(text, text.length);
        return YamlReader.read(text, n, false, 100, 64, Integer.MAX_VALUE).slowPathReason();
    }

    @Test
    void aRealisticFeatureReadsBackEqual() throws Exception {
        ClapProject original = new RandomProjects(7).realistic(500);
        ClapReadResult read = reader.read(writer.toBytes(original), "feature.clap");
        assertThat(slowPathReason(writer.toYaml(original))).isNull();
        assertThat(read.project()).isEqualTo(original);
        assertThat(read.findings()).isEmpty();
        assertThat(reader.readYaml(writer.toYaml(original), "feature.yaml").project()).isEqualTo(original);
    }
}

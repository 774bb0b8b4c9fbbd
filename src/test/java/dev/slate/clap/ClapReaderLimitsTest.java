package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Each limit stops a file with one line naming the file, where, the limit and the option that sets it. */
class ClapReaderLimitsTest {
    private static final String SMALL = ClapReaderTest.SMALL;

    @Test
    void aFileLargerThanTheCompressedLimitIsRefusedBeforeAnythingElse() {
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxCompressedBytes(100));
        byte[] bytes = SMALL.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(bytes, "big.clap"))
                .hasMessage("big.clap: file size exceeds 100 bytes (--max-compressed-bytes)");
        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(bytes), "big.clap"))
                .hasMessage("big.clap: file size exceeds 100 bytes (--max-compressed-bytes)");
    }

    @Test
    void aGzipBombStopsAtTheDecompressedLimit() throws Exception {
        // 64 MB of spaces compresses to about 64 KB; the reader must stop after 1 MB
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                gz.write(chunk);
            }
        }
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxDecompressedBytes(1 << 20));
        assertThatThrownBy(() -> reader.read(out.toByteArray(), "big.clap"))
                .hasMessage("big.clap: decompressed size exceeds 1048576 bytes (--max-decompressed-bytes)");
    }

    @Test
    void plainYamlCountsAgainstTheDecompressedLimitToo() {
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxDecompressedBytes(50));
        assertThatThrownBy(() -> reader.read(SMALL.getBytes(StandardCharsets.UTF_8), "p.yaml"))
                .hasMessage("p.yaml: YAML size exceeds 50 bytes (--max-decompressed-bytes)");
        assertThatThrownBy(() -> reader.readYaml(SMALL, "p.yaml"))
                .hasMessage("p.yaml: YAML size exceeds 50 bytes (--max-decompressed-bytes)");
    }

    @Test
    void aliasesOverTheLimitAreRefused() throws Exception {
        String yaml = "- format: clap-0\n- {}\n- a: &x [1]\n  b: *x\n  c: *x\n  d: *x\n";
        assertThatThrownBy(() -> new ClapReader(ClapLimits.defaults().withMaxAliases(2)).readYaml(yaml, "a.yaml"))
                .hasMessage("a.yaml: line 6: more than 2 YAML aliases (--max-aliases)");
        assertThatThrownBy(() -> new ClapReader(ClapLimits.defaults().withMaxAliases(0)).readYaml(yaml, "a.yaml"))
                .hasMessage("a.yaml: line 4: YAML aliases are not allowed (--max-aliases)");
        assertThat(new ClapReader(ClapLimits.defaults().withMaxAliases(3)).readYaml(yaml, "a.yaml").project()).isNotNull();
    }

    @Test
    void aBillionLaughsStopsLongBeforeMemoryRunsOut() {
        StringBuilder b = new StringBuilder("- format: clap-0\n- {}\n- a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            b.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxAliases(1000));
        assertThatThrownBy(() -> reader.readYaml(b.toString(), "lol.yaml"))
                .isInstanceOf(ClapFormatException.class)
                .hasMessageContaining("lol.yaml: line ").hasMessageContaining("YAML aliases expand to more than");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "- format: clap-0\n- {}\n- x: " + "[".repeat(70) + "]".repeat(70) + "\n";
        assertThatThrownBy(() -> new ClapReader().readYaml(deep, "deep.yaml"))
                .hasMessage("deep.yaml: line 3: nesting deeper than 64 levels (--max-nesting-depth)");
        StringBuilder block = new StringBuilder("- format: clap-0\n- {}\n- x:\n");
        for (int i = 0; i < 10; i++) {
            block.append("  ".repeat(i + 1)).append("- \n");
        }
        assertThatThrownBy(() -> new ClapReader(ClapLimits.defaults().withMaxNestingDepth(8)).readYaml(block.toString(), "b.yaml"))
                .hasMessageStartingWith("b.yaml: line ").hasMessageEndingWith("nesting deeper than 8 levels (--max-nesting-depth)");
    }

    @Test
    void aHugeNestingIsRefusedWithoutAStackOverflow() {
        // block nesting the fast parser would follow by recursion, with the depth limit lifted
        String deep = "- format: clap-0\n- {}\n- x:\n    " + "- ".repeat(30_000) + "end\n";
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxNestingDepth(1_000_000));
        try {
            assertThat(reader.readYaml(deep, "deep.yaml").project().segments()).hasSize(1);
        } catch (ClapFormatException e) {
            assertThat(e.getMessage()).startsWith("deep.yaml: ").doesNotContain("\n");
        }
        String flow = "- format: clap-0\n- x: " + "[".repeat(20_000) + "\n";
        assertThatThrownBy(() -> reader.readYaml(flow, "flow.yaml")).isInstanceOf(ClapFormatException.class)
                .hasMessageStartingWith("flow.yaml: ").hasMessageNotContaining("\n");
    }

    @Test
    void aScalarLongerThanTheLimitIsRefused() {
        String yaml = "- format: clap-0\n- title: " + "x".repeat(30) + "\n";
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxScalarLength(20));
        assertThatThrownBy(() -> reader.readYaml(yaml, "s.yaml"))
                .hasMessage("s.yaml: line 2: a value is longer than 20 characters (--max-scalar-length)");
        String block = "- format: clap-0\n- title: |\n" + ("    " + "y".repeat(15) + "\n").repeat(3);
        assertThatThrownBy(() -> reader.readYaml(block, "s.yaml"))
                .hasMessage("s.yaml: line 2: a value is longer than 20 characters (--max-scalar-length)");
    }

    @Test
    void aFileWithinEveryLimitReads() throws Exception {
        ClapLimits tight = new ClapLimits(10_000, 10_000, 0, 4, 100);
        assertThat(new ClapReader(tight).readYaml(SMALL, "ok.yaml").project().segments()).hasSize(2);
    }

    @Test
    void aStreamIsNotReadPastTheCompressedLimit() {
        // an endless stream: the reader must stop at the limit, not wait for the end
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        ClapReader reader = new ClapReader(ClapLimits.defaults().withMaxCompressedBytes(1 << 20));
        assertThatThrownBy(() -> reader.read(endless, "endless"))
                .hasMessage("endless: file size exceeds 1048576 bytes (--max-compressed-bytes)");
    }
}

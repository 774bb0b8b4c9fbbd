package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slate.clap.AssetSource;
import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapMeta;
import dev.slate.clap.ClapNormalizer;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.ClapValidator;
import dev.slate.clap.ClapWriter;
import dev.slate.clap.SegmentCategory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .clap's asset locations are data, never followed: a project whose assets point at a named pipe (opening
 * it would block), at a listening socket (fetching would connect), at /etc/passwd and ../../x is read,
 * validated, inspected and normalized without any of them being touched.
 */
class AssetSourcesNotFollowedTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void nothingReadsConnectsOrOpensWhatAnAssetNames() throws Exception {
        Path pipe = dir.resolve("asset.fifo");
        assumeTrue(mkfifo(pipe), "mkfifo is needed for this test");
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/asset.mp4";
            Path clap = dir.resolve("hostile.clap");
            new ClapWriter().writeFile(project(pipe.toString(), url), clap);

            ClapReadResult read = new ClapReader().read(clap);
            new ClapValidator().validate(read);
            new ClapNormalizer().normalize(read.project());
            Cli.Result validate = Cli.run("validate", clap.toString());
            Cli.Result inspect = Cli.run("inspect", clap.toString(), "--json");
            Cli.Result normalize = Cli.run("normalize", clap.toString(), "-o", dir.resolve("out.clap").toString());

            assertThat(inspect.code()).as(inspect.toString()).isZero();
            assertThat(normalize.code()).as(normalize.toString()).isZero();
            assertThat(validate.out()).contains(
                    "warning segment 1 assetUrl: PATH \"../../x.png\" climbs out of its folder",
                    "warning segment 2 assetUrl: PATH \"/etc/passwd\" is absolute",
                    "warning entity 0 imageId: PATH \"" + pipe + "\" is absolute",
                    "warning segment 3 assetUrl: DATA URI is not valid base64");
            listener.setSoTimeout(200);
            assertThat(acceptsAConnection(listener)).as("something connected to the REMOTE asset").isFalse();
        }
        assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
    }

    private static boolean acceptsAConnection(ServerSocket listener) throws IOException {
        try {
            listener.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ClapProject project(String pipe, String url) {
        String createdAt = "2026-01-01T00:00:00.000Z";
        ClapEntity amy = ClapEntity.builder().id("1a2b3c4d-0000-4000-8000-000000000002")
                .category(SegmentCategory.CHARACTER).triggerName("AMY")
                .imageSourceType(AssetSource.PATH).imageId(pipe)
                .audioSourceType(AssetSource.REMOTE).audioId(url).build();
        List<ClapSegment> segments = Stream.of(
                new String[] {"REMOTE", url}, new String[] {"PATH", "../../x.png"}, new String[] {"PATH", "/etc/passwd"},
                new String[] {"DATA", "data:image/png;base64,not*base64"}, new String[] {"PATH", pipe})
                .map(new java.util.function.Function<String[], ClapSegment>() {
                    int i;

                    @Override
                    public ClapSegment apply(String[] a) {
                        int n = i++;
                        return ClapSegment.builder().id("1a2b3c4d-0000-4000-a000-00000000001" + n).track(n)
                                .startTimeInMs(0).endTimeInMs(1000).category(SegmentCategory.VIDEO)
                                .assetSourceType(a[0]).assetUrl(a[1]).createdAt(createdAt).build();
                    }
                }).toList();
        return ClapProject.builder().meta(ClapMeta.builder().id("6f1c2f8e-3b0a-4d7e-9c1a-0a1b2c3d4e5f")
                .title("Hostile").durationInMs(1000).build()).entities(List.of(amy)).segments(segments).build();
    }
}

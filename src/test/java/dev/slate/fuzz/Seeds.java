package dev.slate.fuzz;

import dev.slate.Slate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The files a target's inputs are made from, loaded once: {@code .clap} seeds gunzipped, so mutations hit the YAML. */
record Seeds(List<String> names, List<byte[]> contents) {
    /** The seed glob that stands for every corpus script converted by Slate. */
    static final String CONVERTED_CORPUS = "converted corpus";

    static Seeds of(FuzzTarget target) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try {
            for (String glob : target.seedGlobs()) {
                if (CONVERTED_CORPUS.equals(glob)) {
                    converted(names, contents);
                    continue;
                }
                for (Path p : glob(glob)) {
                    byte[] bytes = Files.readAllBytes(p);
                    names.add(p.getFileName().toString());
                    contents.add(target.kind() == InputKind.CLAP ? gunzipIfGzip(bytes) : bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Seeds(List.copyOf(names), List.copyOf(contents));
    }

    /**
     * Projects Slate makes of the corpus, as YAML: of its first and a middle passage of each script (a few
     * kilobytes of script make a project of a hundred), and of one whole script.
     */
    private static void converted(List<String> names, List<byte[]> contents) throws IOException {
        Slate slate = Slate.create();
        List<Path> scripts = glob("corpus/*/*.txt");
        for (Path p : scripts) {
            byte[] script = Files.readAllBytes(p);
            for (int from : new int[] {0, script.length / 2}) {
                int start = Mutation.lineStart(script, from);
                int end = Mutation.lineStart(script, Math.min(script.length, start + 3000));
                byte[] passage = java.util.Arrays.copyOfRange(script, start, end);
                names.add(p.getFileName() + " [" + start + "+" + passage.length + "] (converted)");
                contents.add(gunzipIfGzip(slate.convertToBytes(passage, p.toString(), null, null)));
            }
        }
        Path whole = scripts.get(0);
        names.add(whole.getFileName() + " (converted)");
        contents.add(gunzipIfGzip(slate.convertToBytes(Files.readAllBytes(whole), whole.toString(), null, null)));
    }

    int size() {
        return names.size();
    }

    /** Files under the project directory matching a glob such as {@code corpus/*}{@code /*.txt}, in name order. */
    static List<Path> glob(String glob) throws IOException {
        Path base = Path.of("").toAbsolutePath();
        String fixed = glob.substring(0, Math.max(0, glob.lastIndexOf('/', indexOfWildcard(glob))));
        Path root = base.resolve(fixed);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root, 8)) {
            return files.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p))).sorted().toList();
        }
    }

    private static int indexOfWildcard(String glob) {
        int i = glob.indexOf('*');
        return i < 0 ? glob.length() : i;
    }

    private static byte[] gunzipIfGzip(byte[] bytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}

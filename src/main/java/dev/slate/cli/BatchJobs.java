package dev.slate.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch converts: every script under the directories and every file named, each with the output
 * it goes to, mirroring the input tree. Problems found while listing (an unreadable directory, a missing
 * file, two scripts that would write the same output) become failed jobs, so the batch reports them and
 * goes on with the rest.
 */
final class BatchJobs {
    /** The extensions a directory is searched for: the formats Slate reads. */
    static final List<String> SCRIPT_EXTENSIONS = List.of(".txt", ".text", ".fountain", ".spmd", ".pdf", ".fdx", ".html",
            ".htm");

    /** One script to convert, or a problem to report in its place ({@code problem} non-null). */
    record Job(Path input, Path output, String problem) {
    }

    private BatchJobs() {
    }

    /** @param outDir the output root, or null for outputs next to their scripts */
    static List<Job> of(List<String> inputs, Path outDir) throws UserError {
        List<Job> jobs = new ArrayList<>();
        for (String name : inputs) {
            Path input = Inputs.path(name);
            if (Files.isDirectory(input)) {
                collect(input, outDir == null ? input : outDir, jobs);
            } else if (!Files.exists(input)) {
                jobs.add(new Job(input, null, name + ": no such file"));
            } else {
                Path out = outDir == null ? clapSibling(input) : outDir.resolve(clapName(input.getFileName().toString()));
                jobs.add(new Job(input, out, null));
            }
        }
        return withoutCollisions(jobs);
    }

    private static void collect(Path root, Path outRoot, List<Job> jobs) throws UserError {
        List<Job> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // .git, .cache and the like hold no scripts a user means to convert
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && isScriptName(file)) {
                        Path rel = root.relativize(file);
                        Path parent = rel.getParent();
                        String clap = clapName(rel.getFileName().toString());
                        found.add(new Job(file, parent == null ? outRoot.resolve(clap) : outRoot.resolve(parent.toString()).resolve(clap), null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Job(file, null, file + ": " + Inputs.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UserError(root + ": " + Inputs.describe(e), e);
        }
        // a stable order: the same archive converts and reports in the same order every time
        found.sort((a, b) -> a.input().toString().compareTo(b.input().toString()));
        jobs.addAll(found);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static boolean isScriptName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SCRIPT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Two scripts that would write one output ({@code a.txt} and {@code a.text}): the second is reported. */
    private static List<Job> withoutCollisions(List<Job> jobs) {
        Map<Path, Job> byOutput = new HashMap<>();
        List<Job> result = new ArrayList<>(jobs.size());
        for (Job j : jobs) {
            if (j.problem() == null) {
                Job first = byOutput.putIfAbsent(j.output().toAbsolutePath().normalize(), j);
                if (first != null) {
                    if (first.input().toAbsolutePath().normalize().equals(j.input().toAbsolutePath().normalize())) {
                        continue; // the same script named twice converts once
                    }
                    j = new Job(j.input(), null, j.input() + ": same output as " + first.input() + " (" + j.output() + "); not converted");
                }
            }
            result.add(j);
        }
        return result;
    }

    /** Where one script's output goes: {@code -o} as given, inside it when it is a directory, else next to the script. */
    static Path singleOutput(Path input, String output) throws UserError {
        if (output == null) {
            return clapSibling(input);
        }
        Path out = Inputs.path(output);
        return Files.isDirectory(out) ? out.resolve(clapName(input.getFileName().toString())) : out;
    }

    /** {@code script.txt} to {@code script.clap} in the same directory. */
    static Path clapSibling(Path input) {
        return input.resolveSibling(clapName(input.getFileName().toString()));
    }

    /** {@code script.txt}, {@code script.text} and {@code script} to {@code script.clap}. */
    static String clapName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base + ".clap";
    }
}

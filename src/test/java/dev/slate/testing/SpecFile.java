package dev.slate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a spec file (parser-spec.md, fountain-spec.md, fdx-spec.md): under each {@code ## title},
 * a fenced input block of one kind, then one or more fenced blocks of what it must give. The files are read
 * by people first, so the format stays plain Markdown.
 */
public final class SpecFile {

    /** One input with one expectation; {@code expectedKind} is the fence's name ({@code tags}, {@code error}). */
    public record Example(String title, String input, String expectedKind, String expected) {
        @Override
        public String toString() {
            return title;
        }
    }

    private SpecFile() {
    }

    /** The examples of the resource next to {@code owner}, whose inputs are fenced as {@code inputKind}. */
    public static List<Example> examples(Class<?> owner, String resource, String inputKind) {
        String spec;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no spec file " + resource + " next to " + owner.getName());
            }
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String title = null;
        String input = null;
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                title = lines[i].substring(3);
            } else if (lines[i].startsWith("```") && lines[i].length() > 3) {
                // a block that holds a fence itself opens with more backticks and closes with as many
                int ticks = 0;
                while (lines[i].charAt(ticks) == '`') {
                    ticks++;
                }
                String fence = "`".repeat(ticks);
                String kind = lines[i].substring(ticks);
                StringBuilder b = new StringBuilder();
                while (!lines[++i].equals(fence)) {
                    b.append(lines[i]).append('\n');
                }
                if (kind.equals(inputKind)) {
                    input = b.toString();
                } else {
                    out.add(new Example(title, input, kind, b.toString()));
                }
            }
        }
        return out;
    }
}

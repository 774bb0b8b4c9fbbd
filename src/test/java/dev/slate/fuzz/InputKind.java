package dev.slate.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** The syntax a reader expects, which decides the structural mutations worth trying on it. */
enum InputKind {
    /** Plain text and Fountain: lines. */
    TEXT("INT. HOUSE - DAY\n") {
        @Override
        byte[] nesting(Random r, int depth) {
            StringBuilder sb = new StringBuilder();
            switch (r.nextInt(3)) {
                case 0 -> sb.append("(".repeat(depth)).append("beat").append(")".repeat(r.nextBoolean() ? depth : 0)).append('\n');
                case 1 -> { // a staircase of indentation, as deep as a page is wide and far beyond
                    int lines = Math.min(depth, 1500);
                    for (int i = 0; i < lines; i++) {
                        sb.append(" ".repeat(i)).append(i % 3 == 0 ? "JOHN" : "Some words.").append('\n');
                    }
                }
                default -> sb.append("[[".repeat(depth)).append("note").append("]]".repeat(depth)).append("/*".repeat(depth)).append('\n');
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    /** OpenClap: YAML, usually gzip-compressed. */
    CLAP("\u001f\u008b\b\u0000") {
        @Override
        byte[] nesting(Random r, int depth) {
            StringBuilder sb = new StringBuilder();
            switch (r.nextInt(4)) {
                case 0 -> sb.append("[".repeat(depth)).append("x").append("]".repeat(r.nextBoolean() ? depth : 0));
                case 1 -> sb.append("{a: ".repeat(depth)).append("x").append("}".repeat(depth));
                case 2 -> {
                    for (int i = 0, n = Math.min(depth, 1500); i < n; i++) {
                        sb.append("  ".repeat(i)).append("- ").append('\n');
                    }
                }
                default -> {
                    for (int i = 0, n = Math.min(depth, 1500); i < n; i++) {
                        sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
                    }
                }
            }
            return (sb + "\n").getBytes(StandardCharsets.UTF_8);
        }
    },
    /** Final Draft and other XML. */
    XML("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\" Version=\"5\">") {
        @Override
        byte[] nesting(Random r, int depth) {
            String open = r.nextBoolean() ? "<Paragraph>" : "<a x=\"1\">";
            String close = open.startsWith("<P") ? "</Paragraph>" : "</a>";
            return (open.repeat(depth) + "<Text>x</Text>" + (r.nextBoolean() ? close.repeat(depth) : ""))
                    .getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A web page: tags, comments, scripts and references around and inside a preformatted block. */
    HTML("<!DOCTYPE html>\n<html><head><title>x</title></head><body><pre>") {
        @Override
        byte[] nesting(Random r, int depth) {
            String[] opens = {"<pre>", "<b>", "<p>", "<script>", "<!--", "<div class=\"x\">", "&amp;", "<"};
            String open = opens[r.nextInt(opens.length)];
            return (open.repeat(depth) + "INT. HOUSE - DAY" + (r.nextBoolean() ? "</pre></b>".repeat(depth) : ""))
                    .getBytes(StandardCharsets.UTF_8);
        }
    },
    /** PDF: objects, dictionaries, streams. */
    PDF("%PDF-1.7\n") {
        @Override
        byte[] nesting(Random r, int depth) {
            String s = r.nextBoolean() ? "<<".repeat(depth) + "/K 1" + ">>".repeat(depth) : "[".repeat(depth) + "1" + "]".repeat(depth);
            return ("1 0 obj\n" + s + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1);
        }
    };

    private final byte[] signature;

    InputKind(String signature) {
        this.signature = signature.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** How a valid input of this kind starts. */
    byte[] signature() {
        return signature.clone();
    }

    /** Structure nested {@code depth} deep, in this syntax. */
    abstract byte[] nesting(Random r, int depth);
}

package dev.slate.clap.internal.yaml;

import java.util.List;

/**
 * The documents of a YAML stream as plain Java values (String, Boolean, Integer, Long, BigInteger,
 * Double, null, ArrayList, LinkedHashMap), with where each top-level item starts so that messages can
 * name a line.
 *
 * @param documents one root value per document
 * @param itemRefs for each document whose root is a sequence, a reference per item; else an empty array
 * @param documentRefs a reference per document
 * @param lines turns a reference into a 1-based line number
 * @param slowPathReason why the fast parser left this text to snakeyaml-engine; null when it read it
 */
public record YamlReaderStream(List<Object> documents, int[][] itemRefs, int[] documentRefs, LineLookup lines,
        String slowPathReason) {

    /** Resolves a position reference to a 1-based line. */
    @FunctionalInterface
    public interface LineLookup {
        int line(int ref);
    }

    public int itemLine(int document, int item) {
        int[] refs = itemRefs[document];
        return item < refs.length ? lines.line(refs[item]) : 0;
    }

    YamlReaderStream withSlowPathReason(String reason) {
        return new YamlReaderStream(documents, itemRefs, documentRefs, lines, reason);
    }

    public int documentLine(int document) {
        return lines.line(documentRefs[document]);
    }
}

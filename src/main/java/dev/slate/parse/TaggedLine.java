package dev.slate.parse;

/**
 * One non-blank line of a script and what it is.
 *
 * @param number 1-based line number in the text as read
 * @param speaker the canonical character name for CHARACTER, PARENTHETICAL and DIALOGUE lines, else empty
 * @param text the line without its indentation (and without scene numbers or revision marks)
 * @param page the page the line is on, counting from 1
 */
public record TaggedLine(int number, LineTag tag, String speaker, String text, int page) {

    /** The design document's TSV row: {@code lineNo<TAB>TAG<TAB>SPEAKER<TAB>text}. */
    public String tsv() {
        return number + "\t" + tag + "\t" + speaker + "\t" + text.replace('\t', ' ');
    }
}

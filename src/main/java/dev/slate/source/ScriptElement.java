package dev.slate.source;

/**
 * What a format itself says a line of the script is. Fountain markup and Final Draft paragraphs name
 * their elements, so the parser takes their word instead of guessing from the layout; plain text and
 * PDF carry none.
 *
 * @param line the 1-based line of {@link ScriptText#text()} this element is on
 * @param type what the format declares the line to be
 * @param text the line's content as a reader should see it: markup removed ({@code .}, {@code @},
 *     {@code >}, {@code ~}, emphasis), no scene number
 * @param sceneNumber the scene number the format gives a heading ({@code 1A}), or empty
 * @param dual the speech is one side of dual dialogue
 * @param page the 1-based page the line is on, as the format marks pages
 * @param key for a title-page line, the key the format gives it ({@code title}, {@code credit},
 *     {@code author}..., lowercase), or empty
 */
public record ScriptElement(int line, Type type, String text, String sceneNumber, boolean dual, int page, String key) {

    public ScriptElement {
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " is not a 1-based line number");
        }
        text = text == null ? "" : text;
        sceneNumber = sceneNumber == null ? "" : sceneNumber;
        page = Math.max(1, page);
        key = key == null ? "" : key;
    }

    /** An element with no title-page key. */
    public ScriptElement(int line, Type type, String text, String sceneNumber, boolean dual, int page) {
        this(line, type, text, sceneNumber, dual, page, "");
    }

    /** The element types a format can declare; the same names as the parser's line tags. */
    public enum Type {
        HEADING,
        ACTION,
        CHARACTER,
        PARENTHETICAL,
        DIALOGUE,
        TRANSITION,
        SHOT,
        TITLE,
        PAGE,
        CENTERED,
        LYRICS,
        NOTE,
        SECTION,
        SYNOPSIS
    }
}

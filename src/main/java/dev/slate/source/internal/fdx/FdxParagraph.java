package dev.slate.source.internal.fdx;

import java.util.List;

/**
 * One paragraph of a Final Draft file, as saved: its element type, its text (every {@code <Text>} run
 * joined, styles dropped), and what hangs on it.
 *
 * @param type the {@code Type} attribute ({@code Scene Heading}, {@code Action}...), or empty
 * @param text the paragraph's text, runs joined exactly as written
 * @param number the scene number on a scene heading, or empty
 * @param alignment the {@code Alignment} attribute ({@code Center}, {@code Right}...), or empty
 * @param dual the paragraph is one side of a {@code <DualDialogue>}
 * @param notes the text of each {@code <ScriptNote>} anchored in the paragraph
 * @param summary the scene summary ({@code <SceneProperties><Summary>}) of a scene heading, or empty
 */
record FdxParagraph(String type, String text, String number, String alignment, boolean dual, List<String> notes,
        String summary) {

    FdxParagraph {
        notes = List.copyOf(notes);
    }
}

package dev.slate.parse;

import java.util.List;

/**
 * A run of scenes that belong together. Where a script marks its parts (act cards such as
 * {@code ACT ONE} or {@code TEASER}, or Fountain sections), each part is a sequence named after its
 * marker. Otherwise sequences are bounded by the transitions that open and close a movement
 * ({@code FADE IN:} ... {@code FADE OUT.}, {@code FADE TO BLACK.}, {@code CUT TO BLACK.}), and a
 * script with neither is one sequence.
 *
 * @param number 1-based
 * @param title the act card or section that opens it, empty otherwise
 * @param page the page it starts on
 */
public record Sequence(int number, String title, int startLine, int endLine, int page, List<Scene> scenes) {

    public Sequence {
        scenes = List.copyOf(scenes);
    }
}

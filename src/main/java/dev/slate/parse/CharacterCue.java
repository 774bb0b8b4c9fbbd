package dev.slate.parse;

import java.util.List;

/**
 * The name above a speech, understood: {@code REN, DEFIANT:} is REN with the attitude DEFIANT;
 * {@code AMY (V.O.) (CONT'D)} is AMY with the extensions V.O. and CONT'D.
 *
 * @param text the cue as written
 * @param name the canonical name: uppercase, straight apostrophes, single spaces
 * @param extensions what the parentheses say, in order, without the parentheses
 * @param attitude how the line is delivered when the cue says it ({@code DEFIANT}), else empty
 * @param dual the second speech of a dual dialogue
 */
public record CharacterCue(String text, String name, List<String> extensions, String attitude, boolean dual) {

    public CharacterCue {
        extensions = List.copyOf(extensions);
    }
}

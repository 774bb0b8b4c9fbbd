package dev.slate.parse;

import java.util.List;

/**
 * One scene: from its heading to the line before the next heading. The opening of a script, before
 * its first heading, is a scene without one when something happens there.
 *
 * @param number 1-based, in script order
 * @param heading null for an opening without a heading
 * @param startLine the heading's line, or the first line of the opening
 * @param endLine the last line before the next scene
 */
public record Scene(int number, SceneHeading heading, int startLine, int endLine, int page, List<Event> events) {

    public Scene {
        events = List.copyOf(events);
    }

    public boolean hasHeading() {
        return heading != null;
    }
}

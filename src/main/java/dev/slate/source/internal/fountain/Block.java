package dev.slate.source.internal.fountain;

/**
 * A line as the element rules see it: its visible text (hidden parts removed, trimmed) and whether it
 * stands after and before a blank line, which is how Fountain tells a cue or a transition from action.
 */
record Block(String text, boolean blankBefore, boolean blankAfter) {
}

package dev.slate.source.internal.fountain;

/** One Fountain element: whether a line outside a speech starts one, and what it reads as. */
interface ElementRule {
    /** The element this line is, or null when the rule does not apply. */
    Found match(Block line);
}

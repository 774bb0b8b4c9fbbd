package dev.slate.parse;

/** What a line of a screenplay is, as a script supervisor would mark it. */
public enum LineTag {
    /** A scene heading: {@code INT. KITCHEN - NIGHT}. */
    HEADING,
    /** What we see and hear, including time cards and supers. */
    ACTION,
    /** The name above a speech, with its extensions: {@code AMY (V.O.)}. */
    CHARACTER,
    /** How a line is said: {@code (whispering)}. */
    PARENTHETICAL,
    /** What is said. */
    DIALOGUE,
    /** {@code CUT TO:}, {@code FADE OUT.} */
    TRANSITION,
    /** A camera direction on its own line: {@code CLOSE ON THE KEY}. */
    SHOT,
    /** Title page lines, and block titles such as act cards. */
    TITLE,
    /** Page numbers, {@code (MORE)}, {@code (CONT'D)} continuations, running headers and footers. */
    PAGE,
    CENTERED,
    LYRICS,
    NOTE,
    SECTION,
    SYNOPSIS
}

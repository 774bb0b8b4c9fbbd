package dev.slate.parse.internal;

import dev.slate.parse.LineTag;
import dev.slate.source.ScriptLine;

/** A line while the parser works on it: cleaned content, and the tag and speaker it is given. */
final class Line {
    final ScriptLine source;
    /** The line without indentation, revision marks or scene numbers. */
    String content;
    /** {@link #content} in uppercase, made when first asked for: most lines never need it. */
    private String upper;
    final int indent;
    final boolean blank;
    /** Printed scene number, when the line is a numbered heading. */
    String sceneNumber = "";
    LineTag tag;
    String speaker = "";
    int page = 1;
    /** The speaker that opens this line, as in {@code NADIA: Did you order the yeast?}, when it may be one; else null. */
    dev.slate.parse.CharacterCue inlineCue;
    /** Whether the line opened with marks round a speaker and a colon ({@code **SARAH:** ...}), taken off. */
    boolean markedSpeaker;

    private dev.slate.parse.CharacterCue cue;
    private boolean cueKnown;
    private int digit = -1;
    /** Whether {@link #content} is in capitals (see {@link Shapes#allCaps}): -1 until first asked, as rules ask often. */
    private int caps = -1;

    /** The cue this line would be by its shape (see {@link CharacterCueRule#parse(String)}), worked out once. */
    dev.slate.parse.CharacterCue cueShape() {
        if (!cueKnown) {
            cue = CharacterCueRule.parse(content);
            cueKnown = true;
        }
        return cue;
    }

    boolean hasDigit() {
        if (digit < 0) {
            digit = 0;
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = 1;
                    break;
                }
            }
        }
        return digit == 1;
    }

    Line(ScriptLine source) {
        this.source = source;
        this.indent = source.indent();
        this.blank = source.isBlank();
        setContent(source.content());
    }

    void setContent(String c) {
        content = c;
        upper = null;
        cueKnown = false;
        digit = -1;
        caps = -1;
    }

    boolean allCaps() {
        if (caps < 0) {
            caps = Shapes.allCaps(content) ? 1 : 0;
        }
        return caps == 1;
    }

    /** The content in uppercase, for exact lookups in the grammar. */
    String upper() {
        if (upper == null) {
            upper = Grammar.upper(content);
        }
        return upper;
    }

    int number() {
        return source.number();
    }

    int length() {
        return content.length();
    }

    @Override
    public String toString() {
        return source.number() + " " + tag + " " + content;
    }
}

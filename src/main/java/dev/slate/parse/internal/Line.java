package dev.slate.parse.internal;

import dev.slate.parse.LineTag;
import dev.slate.source.ScriptLine;

/** A line while the parser works on it: cleaned content, and the tag and speaker it is given. */
final class Line {
    final ScriptLine source;
    /** The line without indentation, revision marks or scene numbers. */
    String content;
    /** {@link #content} in uppercase, for matching against the grammar. */
    String upper;
    final int indent;
    final boolean blank;
    /** Printed scene number, when the line is a numbered heading. */
    String sceneNumber = "";
    LineTag tag;
    String speaker = "";
    int page = 1;

    Line(ScriptLine source) {
        this.source = source;
        this.indent = source.indent();
        this.blank = source.isBlank();
        setContent(source.content());
    }

    void setContent(String c) {
        content = c;
        upper = Grammar.upper(c);
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

package dev.slate.parse.internal;

import dev.slate.parse.LineTag;
import java.util.List;
import java.util.function.Predicate;

/**
 * A script's title where a chat, a language model or a Markdown file puts it rather than on a title page:
 * {@code # The Last Lighthouse} or {@code Title: Coffee and Rain} on the first line.
 */
final class DocumentTitle {
    private final Grammar grammar;
    /** A heading or a transition: where the script proper starts. */
    private final Predicate<Line> scriptProper;

    DocumentTitle(Grammar grammar, Predicate<Line> scriptProper) {
        this.grammar = grammar;
        this.scriptProper = scriptProper;
    }

    /**
     * A title written as Markdown writes a document's ({@code # The Last Lighthouse}) on the first line, the only
     * line of one {@code #} in the script and not an act or a part ({@code # Part one}): the script's title, not
     * a section of it.
     */
    void mark(List<Line> lines) {
        if (markTitleKey(lines)) {
            return;
        }
        Line first = null;
        for (Line l : lines) {
            if (l.blank || l.tag == LineTag.PAGE) {
                continue;
            }
            if (first == null) {
                first = l;
                if (l.tag != null && l.tag != LineTag.TITLE && l.tag != LineTag.SECTION || !isDocumentTitle(l.content)) {
                    return;
                }
            } else if (isDocumentTitle(l.content)) {
                return; // # ACT ONE ... # ACT TWO: the script's parts
            }
        }
        if (first != null) {
            String title = first.content.substring(1).strip();
            if (grammar.prefix("act", Grammar.upper(title)) == null) { // # Part one: a part, in any case
                first.setContent(title);
                first.tag = LineTag.TITLE;
            }
        }
    }

    /**
     * {@code Title: Coffee and Rain} on the first line (grammar {@code title.key}), as a script from a language
     * model or a form opens: the title, and the lines of its paragraph ({@code Written by: ...}) the title page's.
     */
    private boolean markTitleKey(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).blank || lines.get(i).tag == LineTag.PAGE)) {
            i++;
        }
        if (i == lines.size() || lines.get(i).tag != null && lines.get(i).tag != LineTag.TITLE) {
            return false;
        }
        Line first = lines.get(i);
        String key = grammar.prefix("title.key", first.content);
        if (key == null || first.content.length() <= key.length() || first.content.substring(key.length()).isBlank()) {
            return false;
        }
        first.setContent(first.content.substring(key.length()).strip());
        first.tag = LineTag.TITLE;
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).blank; j++) {
            if (lines.get(j).tag == null) {
                lines.get(j).tag = LineTag.TITLE;
            }
        }
        // what follows up to the script proper is the title page's too: Genre:, Logline:, Characters: and its list
        int content = 0;
        for (int k = j; k < lines.size() && content <= 60; k++) {
            Line l = lines.get(k);
            if (l.blank || l.tag != null) {
                continue;
            }
            if (scriptProper.test(l)) {
                for (int m = j; m < k; m++) {
                    if (!lines.get(m).blank && lines.get(m).tag == null) {
                        lines.get(m).tag = LineTag.TITLE;
                    }
                }
                break;
            }
            content++;
        }
        return true;
    }

    private static boolean isDocumentTitle(String content) {
        return content.length() > 2 && content.charAt(0) == '#' && content.charAt(1) == ' ' && !content.substring(2).isBlank();
    }
}

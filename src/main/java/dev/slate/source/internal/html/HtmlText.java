package dev.slate.source.internal.html;

import java.util.Locale;
import java.util.Set;

/**
 * The text of a web page that holds a script, as archives of film scripts publish them: the script set
 * in a {@code <pre>} block, headings and cues in {@code <b>}, quotes as {@code &quot;}; or a scrape of
 * that block saved as text, the tags still in it. The preformatted text keeps its lines and indents (a
 * tag is dropped where it stands, so {@code </b>    He said} keeps its indent); a page with no such
 * block flows as a browser shows it: paragraphs, breaks and table rows make lines, runs of spaces and
 * line breaks are one space. Comments, scripts and styles are dropped; character references are
 * decoded last, so {@code &lt;b&gt;} stays text.
 */
final class HtmlText {
    /** Tags that start or end a line of flowing text (a break also ends one in preformatted text). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "center", "section", "article", "header",
            "footer", "body", "title", "hr", "pre");
    /** Elements whose content is not text. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "head");
    /** Tags that show a page to be a page rather than preformatted text with a few marks. */
    private static final Set<String> PAGE = Set.of("html", "body", "p", "div", "table");

    private final String html;
    private final int length;
    /**
     * The first {@code >} at or after {@link #searchedFrom} (or -1): a text of many {@code <} and few {@code >}
     * is searched once, not once for each {@code <}.
     */
    private int nextTagEnd = -2;
    private int searchedFrom;

    private HtmlText(String html) {
        this.html = html;
        this.length = html.length();
    }

    /** The script's text in {@code html}: see the class comment. */
    static String of(String html) {
        return new HtmlText(html).extract();
    }

    private String extract() {
        int[] pre = preBlock();
        if (pre != null) {
            int start = pre[0];
            // a line break right after <pre> is not part of its text
            if (start < length && html.charAt(start) == '\r') {
                start++;
            }
            if (start < length && html.charAt(start) == '\n') {
                start++;
            }
            return decode(strip(start, Math.max(start, pre[1]), false));
        }
        return decode(strip(0, length, isPage()));
    }

    /**
     * From the end of the first {@code <pre>} tag to the start of the last {@code </pre>} (or the end), tags seen
     * as a browser sees them, not inside comments, scripts or styles; null for a page without one. Archives nest
     * a page inside the block ({@code <pre><html><body><pre>}), which the span takes whole.
     */
    private int[] preBlock() {
        int start = -1;
        int end = length;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            int skipped = skipHidden(i, length);
            if (skipped > i) {
                i = skipped - 1;
                continue;
            }
            if (start < 0 && isTag(i + 1, "pre")) {
                int close = tagEnd(i);
                if (close < 0) {
                    return null;
                }
                start = close + 1;
                i = close;
            } else if (start >= 0 && html.startsWith("</", i) && isTag(i + 2, "pre")) {
                end = i;
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }

    /** Whether the tag name at {@code i} is {@code name}, in any case. */
    private boolean isTag(int i, String name) {
        return html.regionMatches(true, i, name, 0, name.length()) && endsName(i + name.length());
    }

    /**
     * Where the text goes on after the comment, or the script, style or head element, at {@code i}; {@code i} when
     * none starts there.
     */
    private int skipHidden(int i, int to) {
        if (html.startsWith("<!--", i)) {
            int end = html.indexOf("-->", i + 4);
            return end < 0 || end + 3 > to ? to : end + 3;
        }
        // most tags of a script's page are <b> and </b>: the first letter tells them from these elements
        char first = i + 1 < length ? (char) (html.charAt(i + 1) | 0x20) : ' ';
        if (first != 's' && first != 'h') {
            return i;
        }
        for (String name : HIDDEN) {
            if (isTag(i + 1, name)) {
                int end = tagEnd(i);
                if (end < 0 || end >= to) {
                    return i;
                }
                if (html.charAt(end - 1) == '/') {
                    return end + 1;
                }
                int close = closeTag(name, end + 1, to);
                if (close < 0) {
                    return to;
                }
                int closeEnd = tagEnd(close);
                return closeEnd < 0 || closeEnd >= to ? to : closeEnd + 1;
            }
        }
        return i;
    }

    /**
     * Whether the markup has the tags of a page, whose text flows, rather than only marks in a text: one pass over
     * the tags outside comments, scripts and styles.
     */
    private boolean isPage() {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            int skipped = skipHidden(i, length);
            if (skipped > i) {
                i = skipped - 1;
                continue;
            }
            int k = i + 1;
            while (k < length && isNameChar(html.charAt(k))) {
                k++;
            }
            if (k > i + 1 && PAGE.contains(html.substring(i + 1, k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String strip(int from, int to, boolean flow) {
        StringBuilder out = new StringBuilder(to - from);
        boolean space = false;
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            if (c == '<') {
                int next = markup(i, to, out, flow);
                if (next > i) {
                    space = space && !endsLine(out); // a line break takes the place of a space
                    i = next;
                    continue;
                }
            }
            if (flow) {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    space = true;
                    i++;
                    continue;
                }
                if (space && !endsLine(out)) {
                    out.append(' ');
                }
                space = false;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Drops the comment, tag or hidden element at {@code i}, writing the line break it makes, and returns
     * where the text goes on; returns {@code i} when the {@code <} there is text ({@code a < b}).
     */
    private int markup(int i, int to, StringBuilder out, boolean flow) {
        int skipped = skipHidden(i, to);
        if (skipped > i) {
            return skipped;
        }
        int k = i + 1;
        boolean closing = k < to && html.charAt(k) == '/';
        if (closing) {
            k++;
        }
        int nameStart = k;
        while (k < to && isNameChar(html.charAt(k))) {
            k++;
        }
        boolean declaration = !closing && k == nameStart && k < to && (html.charAt(k) == '!' || html.charAt(k) == '?');
        if ((k == nameStart || !Character.isLetter(html.charAt(nameStart))) && !declaration) {
            return i;
        }
        int end = tagEnd(i);
        if (end < 0 || end >= to) {
            return i;
        }
        // preformatted text asks only whether the tag is a break: no copy of the name of each <b> and </b>
        boolean br = k - nameStart == 2 && isTag(nameStart, "br");
        if (br || flow && BLOCKS.contains(html.substring(nameStart, k).toLowerCase(Locale.ROOT))) {
            lineBreak(out, flow, br);
        }
        return end + 1;
    }

    /**
     * Ends the line. In flowing text a run of block tags ({@code </p><p>}, {@code </span></p></div>}) ends one
     * line, as a browser shows it: a word processor's page gives each element a paragraph, and an empty line a
     * paragraph of its own ({@code <p>&nbsp;</p>}) or a break.
     */
    private static void lineBreak(StringBuilder out, boolean flow, boolean always) {
        if (flow) {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') {
                out.setLength(--n);
            }
            if (!always && endsLine(out)) {
                return;
            }
        }
        out.append('\n');
    }

    private static boolean endsLine(StringBuilder out) {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':');
    }

    /** The {@code >} that ends the tag opened at {@code lt}, or -1. */
    private int tagEnd(int lt) {
        boolean known = nextTagEnd != -2 && searchedFrom <= lt + 1 && (nextTagEnd < 0 || nextTagEnd > lt);
        if (!known) {
            searchedFrom = lt + 1;
            nextTagEnd = html.indexOf('>', lt + 1);
        }
        return nextTagEnd;
    }

    /** Where the first {@code </name} tag from {@code from} before {@code to} starts, or -1. */
    private int closeTag(String name, int from, int to) {
        for (int i = html.indexOf("</", from); i >= 0 && i < to; i = html.indexOf("</", i + 2)) {
            if (isTag(i + 2, name)) {
                return i;
            }
        }
        return -1;
    }

    private boolean endsName(int i) {
        return i >= length || !isNameChar(html.charAt(i));
    }

    /** Character references decoded: see {@link CharacterReferences}. */
    private static String decode(String text) {
        return CharacterReferences.decode(text);
    }
}

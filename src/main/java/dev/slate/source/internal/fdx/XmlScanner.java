package dev.slate.source.internal.fdx;

import java.util.Arrays;

/**
 * A pull scanner for the XML of a Final Draft file: start tags, end tags, text, in document order, over text
 * already decoded. It checks what makes XML well-formed (names, quoting, matching end tags, references, the
 * characters XML allows, one root) and knows no DTD at all: a DOCTYPE is refused, so no entity is ever
 * declared, expanded or fetched, and only the five predefined entities and character references are read.
 *
 * <p>Why not the JDK's StAX parser: with it, reading and parsing a 120-page Final Draft script took 42% longer
 * than the same script as plain text (JMH, {@code ParseBenchmark.readAndParse}); with this, 13-20% less. It also
 * hands the script's text over as Latin-1 strings wherever they can be, which the parser reads faster.
 *
 * <p>Comments and processing instructions are skipped; CDATA sections are text. Line breaks in text are
 * normalised to {@code \n}, and in attribute values white space to spaces, as XML 1.0 says.
 */
final class XmlScanner {
    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int END_DOCUMENT = 4;

    /** Malformed XML, or XML this reader refuses, at a line of the text. */
    static final class Error extends Exception {
        private static final long serialVersionUID = 1L;
        /** The reason as a user reads it; {@code malformed}: it is said after "not well-formed XML". */
        final boolean malformed;
        final int line;

        Error(String reason, boolean malformed, int line) {
            super(reason, null, false, false);
            this.malformed = malformed;
            this.line = line;
        }
    }

    /** Element names a Final Draft file repeats, returned as these very strings rather than copied each time. */
    private static final String[] KNOWN = {"Paragraph", "Text", "Content", "FinalDraft", "DualDialogue", "ScriptNote",
        "SceneProperties", "Summary", "TitlePage", "ScriptNotes", "HeaderAndFooter", "ElementSettings"};

    /**
     * The file's characters: an array rather than a String, whose charAt checks its coder and bounds, and held
     * alone, so that a large file is in memory once while it is scanned.
     */
    private final char[] chars;
    private final int n;
    private final int maxAttributes;
    private int pos;
    /** Where the current event starts: errors found by the caller are reported at its line. */
    private int eventStart;

    private String[] open = new String[16];
    private int depth;
    private boolean rootSeen;
    /** The element just started was written {@code <a/>}: its end comes next, without input. */
    private boolean emptyPending;

    private String name;
    /** Each attribute as four ints: name start and end, raw value start and end (between the quotes). */
    private int[] attributes = new int[32];
    private int attributeCount;
    /**
     * The current text event's characters in the file, read only when asked for ({@link #appendText}): most text
     * between elements is white space nobody reads. Its references were checked when it was scanned.
     */
    private int textFrom;
    private int textTo;
    private boolean textIsCdata;
    /** Where the current text's first reference is, or -1. */
    private int textFirstReference;
    /** The first {@code \r} from {@link #searchedFrom} on, or the end: see {@link #carriageReturn}. */
    private int nextCarriageReturn = -1;
    private int searchedFrom;

    XmlScanner(char[] chars, int maxAttributes) throws Error {
        this.chars = chars;
        this.n = chars.length;
        this.maxAttributes = maxAttributes;
        checkCharacters();
    }

    /** The next event: {@link #START}, {@link #END}, {@link #TEXT} or {@link #END_DOCUMENT}. */
    int next() throws Error {
        if (emptyPending) {
            emptyPending = false;
            depth--;
            return END;
        }
        while (true) {
            eventStart = pos;
            if (pos >= n) {
                return END_DOCUMENT;
            }
            char c = chars[pos];
            if (c != '<') {
                if (depth == 0) {
                    outsideRoot();
                    continue;
                }
                text();
                return TEXT;
            }
            char after = pos + 1 < n ? chars[pos + 1] : 0;
            if (after == '/') {
                endTag();
                return END;
            } else if (after == '!') {
                if (at("<!--", pos)) {
                    comment();
                } else if (at("<![CDATA[", pos) && depth > 0) {
                    cdata();
                    return TEXT;
                } else if (at("<!DOCTYPE", pos)) {
                    throw new Error("a DOCTYPE declaration, which Final Draft files never have (refused for safety)", false, line(pos));
                } else {
                    throw malformed("markup that is neither a comment nor CDATA", pos);
                }
            } else if (after == '?') {
                processingInstruction();
            } else {
                startTag();
                return START;
            }
        }
    }

    /** The name of the element just started or ended. */
    String name() {
        return name;
    }

    int attributeCount() {
        return attributeCount;
    }

    /** The value of the {@code i}th attribute of the element just started, references read. */
    String attributeValue(int i) throws Error {
        return value(attributes[4 * i + 2], attributes[4 * i + 3]);
    }

    /** How many characters the {@code i}th attribute's value takes in the file: at least its length once read. */
    int attributeLengthInFile(int i) {
        return attributes[4 * i + 3] - attributes[4 * i + 2];
    }

    /** The value of the attribute so named of the element just started, or null. */
    String attributeValue(String attribute) throws Error {
        for (int i = 0; i < attributeCount; i++) {
            int from = attributes[4 * i];
            int to = attributes[4 * i + 1];
            if (to - from == attribute.length() && at(attribute, from)) {
                return attributeValue(i);
            }
        }
        return null;
    }

    /**
     * Appends the text of the current {@link #TEXT} event, references read and line breaks made {@code \n}.
     * Straight from the file's characters into {@code into}: a builder that copied a character beyond Latin-1
     * once would make every later string of the script two bytes a character, and slower to read.
     */
    void appendText(StringBuilder into) throws Error {
        if (textIsCdata || textFirstReference < 0) {
            appendLines(into, textFrom, textTo);
            return;
        }
        int run = textFrom;
        int saved = pos;
        for (int amp = textFirstReference; amp < textTo; amp = next('&', run, textTo)) {
            appendLines(into, run, amp);
            pos = amp;
            reference(into);
            run = pos;
        }
        pos = saved;
        appendLines(into, run, textTo);
    }

    /** The line of the current event, from 1. */
    int line() {
        return line(eventStart);
    }

    // ---------------------------------------------------------------- markup

    private void startTag() throws Error {
        if (rootSeen && depth == 0) {
            throw malformed("a second root element", pos);
        }
        pos++;
        String qualified = readName();
        name = local(qualified);
        attributeCount = 0;
        while (true) {
            boolean spaced = skipSpace();
            if (pos >= n) {
                throw malformed("a start tag that does not end", eventStart);
            }
            char c = chars[pos];
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '/') {
                if (pos + 1 < n && chars[pos + 1] == '>') {
                    pos += 2;
                    emptyPending = true;
                    break;
                }
                throw malformed("'/' inside a start tag", pos);
            }
            if (!spaced) {
                throw malformed("attributes not parted by white space", pos);
            }
            attribute();
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = qualified;
        rootSeen = true;
    }

    private void attribute() throws Error {
        if (attributeCount == maxAttributes) {
            throw new Error("an element with more than " + maxAttributes + " attributes", false, line(pos));
        }
        int nameFrom = pos;
        skipName();
        int nameTo = pos;
        for (int i = 0; i < attributeCount; i++) {
            int from = attributes[4 * i];
            if (attributes[4 * i + 1] - from == nameTo - nameFrom
                    && Arrays.equals(chars, from, attributes[4 * i + 1], chars, nameFrom, nameTo)) {
                throw malformed("the attribute " + clip(string(nameFrom, nameTo)) + " twice in one element", nameFrom);
            }
        }
        skipSpace();
        if (pos >= n || chars[pos] != '=') {
            throw malformed("an attribute without '='", pos);
        }
        pos++;
        skipSpace();
        char quote = pos < n ? chars[pos] : 0;
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value without quotes", pos);
        }
        int valueFrom = ++pos;
        int valueTo = next(quote, valueFrom, n);
        if (valueTo == n) {
            throw malformed("an attribute value that does not end", valueFrom - 1);
        }
        int lt = next('<', valueFrom, valueTo);
        if (lt < valueTo) {
            throw malformed("'<' in an attribute value", lt);
        }
        for (int amp = next('&', valueFrom, valueTo); amp < valueTo; amp = next('&', pos, valueTo)) {
            pos = amp;
            reference(null); // checked now, read when asked for
        }
        pos = valueTo + 1;
        if (4 * attributeCount + 4 > attributes.length) {
            attributes = Arrays.copyOf(attributes, attributes.length * 2);
        }
        int k = 4 * attributeCount++;
        attributes[k] = nameFrom;
        attributes[k + 1] = nameTo;
        attributes[k + 2] = valueFrom;
        attributes[k + 3] = valueTo;
    }

    private void endTag() throws Error {
        pos += 2;
        String ended = readName();
        skipSpace();
        if (pos >= n || chars[pos] != '>') {
            throw malformed("an end tag that does not end", eventStart);
        }
        pos++;
        if (depth == 0) {
            throw malformed("the end tag </" + clip(ended) + "> with no element open", eventStart);
        }
        String expected = open[depth - 1];
        if (!expected.equals(ended)) {
            throw malformed("the element <" + clip(expected) + "> ended by </" + clip(ended) + ">", eventStart);
        }
        depth--;
        name = local(ended);
    }

    /** A name without its namespace prefix: Final Draft writes none, but a file through other tools may have one. */
    private static String local(String qualified) {
        int colon = qualified.lastIndexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private void comment() throws Error {
        int end = find("--", pos + 4);
        if (end < 0) {
            throw malformed("a comment that does not end", pos);
        }
        if (end + 2 >= n || chars[end + 2] != '>') {
            throw malformed("'--' inside a comment", end);
        }
        pos = end + 3;
    }

    private void cdata() throws Error {
        int from = pos + 9;
        int end = find("]]>", from);
        if (end < 0) {
            throw malformed("a CDATA section that does not end", pos);
        }
        textFrom = from;
        textTo = end;
        textIsCdata = true;
        pos = end + 3;
    }

    private void processingInstruction() throws Error {
        int target = pos + 2;
        pos = target;
        skipName();
        if (pos - target == 3 && (chars[target] | 0x20) == 'x' && (chars[target + 1] | 0x20) == 'm'
                && (chars[target + 2] | 0x20) == 'l' && target != 2) {
            throw malformed("an XML declaration that is not at the start of the file", target - 2);
        }
        int end = find("?>", pos);
        if (end < 0) {
            throw malformed("a processing instruction that does not end", target - 2);
        }
        pos = end + 2;
    }

    /** White space, comments and processing instructions are all a file may hold outside its root. */
    private void outsideRoot() throws Error {
        int from = pos;
        skipSpace();
        if (pos == from) {
            throw malformed(rootSeen ? "text after the root element" : "text before the root element", pos);
        }
    }

    // ---------------------------------------------------------------- text

    /** Scans text up to the next markup, checking its references; {@link #appendText} reads it. */
    private void text() throws Error {
        final char[] chars = this.chars;
        int p = pos;
        textFirstReference = -1;
        while (p < n) {
            char c = chars[p];
            if (c == '<') {
                break;
            } else if (c == '&') {
                if (textFirstReference < 0) {
                    textFirstReference = p;
                }
                pos = p;
                reference(null);
                p = pos;
            } else if (c == '>' && p - 2 >= eventStart && chars[p - 1] == ']' && chars[p - 2] == ']') {
                throw malformed("']]>' in text", p - 2);
            } else {
                p++;
            }
        }
        textFrom = eventStart;
        textTo = p;
        textIsCdata = false;
        pos = p;
    }

    /** Characters {@code from} to {@code to} of the file into {@code into}, with its line breaks as {@code \n}. */
    private void appendLines(StringBuilder into, int from, int to) {
        int cr = carriageReturn(from);
        while (cr < to) {
            into.append(chars, from, cr - from).append('\n');
            from = cr + 1 < n && chars[cr + 1] == '\n' ? cr + 2 : cr + 1;
            cr = carriageReturn(from);
        }
        if (from < to) {
            into.append(chars, from, to - from);
        }
    }

    /**
     * The first {@code \r} at or after {@code from}, or the end: remembered, since text is read in order and most
     * files have none (a search to the end for each run of text would take the square of the file's length).
     */
    private int carriageReturn(int from) {
        if (from < searchedFrom || nextCarriageReturn < from) {
            searchedFrom = from;
            nextCarriageReturn = next('\r', from, n);
        }
        return nextCarriageReturn;
    }

    /** An attribute value between {@code from} and {@code to}: references read, white space made spaces. */
    private String value(int from, int to) throws Error {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            char c = chars[i];
            plain = c != '&' && c != '\t' && c != '\n' && c != '\r';
        }
        if (plain) {
            return string(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        int saved = pos;
        pos = from;
        while (pos < to) {
            char c = chars[pos];
            if (c == '&') {
                reference(b);
            } else if (c == '\r' && pos + 1 < to && chars[pos + 1] == '\n') {
                b.append(' ');
                pos += 2;
            } else {
                b.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
                pos++;
            }
        }
        pos = saved;
        return b.toString();
    }

    /**
     * The reference at {@code pos} (an {@code &}), read into {@code into} (or only checked, when it is null);
     * {@code pos} moves past its {@code ;}.
     */
    private void reference(StringBuilder into) throws Error {
        int at = pos;
        int semicolon = next(';', at + 1, Math.min(n, at + 42));
        if (semicolon - at > 40 || semicolon >= n || chars[semicolon] != ';') {
            throw malformed("'&' that starts no reference (write &amp;)", at);
        }
        pos = semicolon + 1;
        if (at + 1 < semicolon && chars[at + 1] == '#') {
            boolean hex = at + 2 < semicolon && chars[at + 2] == 'x';
            int from = at + (hex ? 3 : 2);
            long code = 0;
            for (int i = from; i < semicolon; i++) {
                int d = Character.digit(chars[i], hex ? 16 : 10);
                if (d < 0 || chars[i] > 'f') {
                    throw malformed("a character reference with " + shown(chars[i]) + " in it", at);
                }
                code = code * (hex ? 16 : 10) + d;
                if (code > Character.MAX_CODE_POINT) {
                    break;
                }
            }
            if (from == semicolon) {
                throw malformed("a character reference with no digits", at);
            }
            if (!allowed(code)) {
                throw malformed("a character reference to a character XML does not allow", at);
            }
            if (into != null) {
                into.appendCodePoint((int) code);
            }
            return;
        }
        String entity = string(at + 1, semicolon);
        boolean isName = !entity.isEmpty() && isNameStart(entity.charAt(0));
        for (int i = 1; i < entity.length() && isName; i++) {
            isName = isNameChar(entity.charAt(i));
        }
        if (!isName) {
            throw malformed("'&' that starts no reference (write &amp;)", at);
        }
        char c = switch (entity) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> {
                throw new Error("an undeclared entity reference &" + clip(entity) + ";", false, line(at));
            }
        };
        if (into != null) {
            into.append(c);
        }
    }

    private static boolean allowed(long c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= Character.MAX_CODE_POINT;
    }

    /** Every character of the file must be one XML allows: control characters (but tab and line breaks) are not. */
    private void checkCharacters() throws Error {
        final char[] chars = this.chars;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xFFFE) {
                throw malformed(String.format("the character U+%04X, which XML does not allow", (int) c), i);
            }
        }
    }

    // ---------------------------------------------------------------- names and space

    /** Reads a name at {@code pos}; a name a Final Draft file repeats comes back as the same string each time. */
    private String readName() throws Error {
        int from = pos;
        skipName();
        int length = pos - from;
        for (String known : KNOWN) {
            if (known.length() == length && at(known, from)) {
                return known;
            }
        }
        return string(from, pos);
    }

    /**
     * The first {@code c} from {@code from} on, before {@code to}, or {@code to}: a search bounded so, where
     * {@code indexOf} would go on to the end of the file for each value or run of text that has none.
     */
    private int next(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return to;
    }

    /** Where {@code word} next stands from {@code from} on, or -1. */
    private int find(String word, int from) {
        for (int i = Math.max(from, 0), last = n - word.length(); i <= last; i = i + 1) {
            i = next(word.charAt(0), i, last + 1);
            if (i <= last && at(word, i)) {
                return i;
            }
        }
        return -1;
    }

    private String string(int from, int to) {
        return new String(chars, from, to - from);
    }

    /** Whether {@code word} stands at {@code from}. */
    private boolean at(String word, int from) {
        if (from + word.length() > n) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipName() throws Error {
        if (pos >= n || !isNameStart(chars[pos])) {
            throw malformed(pos >= n ? "the file ends where a name should be" : "a name that starts with " + shown(chars[pos]), pos);
        }
        int p = pos + 1;
        while (p < n && isNameChar(chars[p])) {
            p++;
        }
        pos = p;
    }

    /** XML 1.0's name characters (fifth edition); a surrogate stands for the characters beyond U+FFFF it makes. */
    private static boolean isNameStart(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
        }
        return c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF || c >= 0x370 && c <= 0x37D
                || c >= 0x37F && c <= 0x1FFF || c == 0x200C || c == 0x200D || c >= 0x2070 && c <= 0x218F
                || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xDFFF || c >= 0xF900 && c <= 0xFDCF
                || c >= 0xFDF0 && c <= 0xFFFD;
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7 || c >= 0x300 && c <= 0x36F
                || c == 0x203F || c == 0x2040;
    }

    /** Skips white space; whether there was any. */
    private boolean skipSpace() {
        int from = pos;
        int p = from;
        while (p < n) {
            char c = chars[p];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                break;
            }
            p++;
        }
        pos = p;
        return p > from;
    }

    // ---------------------------------------------------------------- errors

    private Error malformed(String reason, int at) {
        return new Error(reason, true, line(at));
    }

    /** The line of the character at {@code at}, from 1: a line break is {@code \n}, {@code \r\n} or {@code \r}. */
    private int line(int at) {
        int line = 1;
        for (int i = 0, end = Math.min(at, n); i < end; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r' && (i + 1 >= n || chars[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** A character as a message shows it on its one line: quoted, or by its code when it would not print. */
    private static String shown(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 || Character.isWhitespace(c) || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

package dev.slate.clap.internal.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the block-style YAML that real {@code .clap} files use: what Slate's writer emits and
 * what the JS {@code yaml} package's {@code stringify} emits (block sequences and mappings, compact
 * {@code - key: value} items, plain scalars over several lines, single- and double-quoted scalars,
 * literal and folded block scalars, one-line flow collections of scalars, explicit {@code ? key} entries
 * with a one-line key, comments, document markers).
 *
 * <p>It gives up ({@link YamlParserGiveUp}) on anything else, and on anything that is not well-formed:
 * anchors, aliases, tags, directives, tabs used as indentation, complex keys, nested or multi-line flow
 * collections, duplicate keys, non-printable characters, nesting or scalars over the limits. The caller
 * then reads the text with {@link YamlLoader}, so the fast path never decides an error or an odd case
 * on its own: when it returns, its values are the ones snakeyaml-engine's core schema gives. It departs
 * from the engine only where the engine rejects valid YAML that JS {@code yaml} writes or reads: the
 * plain scalars {@code +.inf} and {@code <<} (see {@link YamlReaderScalars}), the {@code \L} and
 * {@code \P} escapes, and a block scalar with no text whose blank lines are indented past the next line
 * (JS {@code yaml} writes {@code "\n"} as {@code |+} and such a line; the engine calls it an error).
 * A DEL character outside quoted scalars (the engine allows it only inside them) and any NEL (the engine
 * takes it for a line break after whitespace, a YAML 1.1 rule) are left to the engine.
 *
 * <p>The input is a char array without carriage returns and without a byte order mark (the caller
 * normalizes both). Positions: every parse method that returns a node leaves {@link #pos} at the start
 * of the next content line (blank and comment lines skipped), or at the end.
 */
public final class YamlParser {
    private static final int CHOMP_CLIP = 0;
    private static final int CHOMP_STRIP = 1;
    private static final int CHOMP_KEEP = 2;
    /** YAML caps implicit keys at 1024 characters; keep clear of the exact edge. */
    private static final int MAX_IMPLICIT_KEY = 1000;

    private final char[] s;
    private final int n;
    private final int maxDepth;
    private final int maxScalar;
    private int pos;
    private int depth;
    /** Indentation of the line {@link #nextContentLine} last returned. */
    private int lineIndent;
    private int[] rootItems = new int[64];
    private int rootItemCount;
    private boolean recording;
    private int lastMapSize;
    /** DEL characters in the whole text, and those read inside quoted scalars. */
    private int delTotal;
    private int delQuoted;
    private final KeyCache keys = new KeyCache();

    private YamlParser(char[] s, int n, int maxDepth, int maxScalar) {
        this.s = s;
        this.n = n;
        this.maxDepth = maxDepth;
        this.maxScalar = maxScalar;
    }

    /**
     * Reads every document of {@code text[0..length)}.
     *
     * @param plain every char is known to be printable ASCII, tab or line feed: no need to check them
     * @param maxDepth deepest nesting of collections (the root collection is depth 1)
     * @param maxScalar longest scalar, in chars
     */
    public static YamlReaderStream parse(char[] text, int length, boolean plain, int maxDepth, int maxScalar)
            throws YamlParserGiveUp {
        YamlParser p = new YamlParser(text, length, maxDepth, maxScalar);
        if (!plain) {
            p.checkCharacters();
        }
        try {
            return p.stream();
        } catch (StackOverflowError e) {
            throw new YamlParserGiveUp("nesting too deep for the fast path", 0);
        } catch (RuntimeException e) { // an index past the end on malformed input: let the loader decide
            throw new YamlParserGiveUp("unexpected input: " + e, p.pos);
        }
    }

    // ------------------------------------------------------------------ stream and documents

    private YamlReaderStream stream() throws YamlParserGiveUp {
        List<Object> docs = new ArrayList<>();
        List<int[]> items = new ArrayList<>();
        int[] docRefs = new int[4];
        int p = nextContentLine(0);
        while (p < n) {
            int docStart = p;
            boolean explicit = false;
            if (s[p] == '%') {
                throw giveUp("directive", p);
            }
            if (isMarker(p, '-')) {
                explicit = true;
                int q = skipSpaces(p + 3);
                q = skipComment(q, p + 3);
                if (q < n && s[q] != '\n') {
                    throw giveUp("content on the --- line", q);
                }
                p = nextContentLine(lineAfter(q));
            } else if (isMarker(p, '.')) {
                throw giveUp("... without a document", p);
            }
            Object root = null;
            int[] docItems = new int[0];
            if (p < n && !isMarker(p, '-') && !isMarker(p, '.')) {
                rootItemCount = 0;
                recording = true;
                root = blockNode(-1, p, lineIndent);
                recording = false;
                if (root instanceof List) {
                    docItems = Arrays.copyOf(rootItems, rootItemCount);
                }
                p = pos;
            } else if (!explicit) {
                break;
            }
            if (docs.size() == docRefs.length) {
                docRefs = Arrays.copyOf(docRefs, docRefs.length * 2);
            }
            docRefs[docs.size()] = docStart;
            docs.add(root);
            items.add(docItems);
            if (p >= n) {
                break;
            }
            if (isMarker(p, '.')) {
                int q = skipSpaces(p + 3);
                q = skipComment(q, p + 3);
                if (q < n && s[q] != '\n') {
                    throw giveUp("content on the ... line", q);
                }
                p = nextContentLine(lineAfter(q));
                if (p < n && !isMarker(p, '-')) {
                    throw giveUp("a document after ... without ---", p);
                }
            } else if (!isMarker(p, '-')) {
                throw giveUp("content after the document's root node", p);
            }
        }
        if (delQuoted != delTotal) {
            throw giveUp("DEL character outside a quoted scalar", 0);
        }
        int[] refs = Arrays.copyOf(docRefs, docs.size());
        char[] text = s;
        return new YamlReaderStream(docs, items.toArray(new int[0][]), refs, ref -> lineOf(text, ref), null);
    }

    private static int lineOf(char[] text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length; i++) {
            if (text[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    // ------------------------------------------------------------------ block structure

    /** A node whose first line starts at {@code lineStart} with indentation {@code ind} > {@code parentCol}. */
    private Object blockNode(int parentCol, int lineStart, int ind) throws YamlParserGiveUp {
        int p = lineStart + ind;
        char c = s[p];
        if (c == '-' && isBlank(p + 1)) {
            return sequence(ind, lineStart);
        }
        if ((c == '?' && isBlank(p + 1)) || keyEnd(p) >= 0) {
            return mapping(ind, lineStart);
        }
        return inlineValue(p, parentCol);
    }

    /** A node that starts mid-line at {@code r} (after {@code "- "}) inside a collection at {@code parentCol}. */
    private Object compactNode(int parentCol, int r, int lineStart) throws YamlParserGiveUp {
        char c = s[r];
        int col = r - lineStart;
        if (c == '-' && isBlank(r + 1)) {
            return sequence(col, lineStart);
        }
        if ((c == '?' && isBlank(r + 1)) || keyEnd(r) >= 0) {
            return mapping(col, lineStart);
        }
        return inlineValue(r, parentCol);
    }

    /** A block sequence whose dashes are at column {@code col}; the first one on the line at {@code lineStart}. */
    private List<Object> sequence(int col, int lineStart) throws YamlParserGiveUp {
        enter(lineStart + col);
        boolean record = recording;
        recording = false;
        List<Object> list = new ArrayList<>();
        int ls = lineStart;
        while (true) {
            int d = ls + col;
            if (record) {
                if (rootItemCount == rootItems.length) {
                    rootItems = Arrays.copyOf(rootItems, rootItems.length * 2);
                }
                rootItems[rootItemCount++] = d;
            }
            int r = skipSpaces(d + 1);
            Object item;
            if (r >= n || s[r] == '\n' || s[r] == '#') {
                int next = nextContentLine(lineAfter(r));
                item = valueOnNextLines(col, next, false);
            } else if (s[r] == '\t') {
                throw giveUp("tab after -", r);
            } else {
                item = compactNode(col, r, ls);
            }
            list.add(item);
            int next = pos;
            if (next >= n) {
                break;
            }
            int ind = indentAt(next);
            if (ind < col) {
                break;
            }
            if (ind > col) {
                throw giveUp("unexpected indentation in a sequence", next);
            }
            if (s[next + col] == '-' && isBlank(next + col + 1)) {
                ls = next;
                continue;
            }
            break;
        }
        depth--;
        return list;
    }

    /** A block mapping whose keys are at column {@code col}; the first key on the line at {@code lineStart}. */
    private Map<Object, Object> mapping(int col, int lineStart) throws YamlParserGiveUp {
        enter(lineStart + col);
        recording = false;
        // sized like the previous mapping: the items of a file mostly have the same fields
        Map<Object, Object> map = new LinkedHashMap<>(lastMapSize < 12 ? 16 : (int) (lastMapSize / 0.75f) + 1);
        int ls = lineStart;
        while (true) {
            int k = ls + col;
            Object key;
            int afterColon;
            if (s[k] == '?' && isBlank(k + 1)) {
                int r = skipSpaces(k + 1);
                if (r >= n || s[r] == '\n' || s[r] == '#') {
                    throw giveUp("empty explicit key", r);
                }
                key = explicitKey(r);
                int next = nextContentLine(lineAfter(pos));
                if (next >= n || lineIndent != col || s[next + col] != ':' || !isBlank(next + col + 1)) {
                    throw giveUp("explicit key without its : line", next);
                }
                afterColon = next + col + 1;
            } else {
                int colon = keyEnd(k);
                if (colon < 0) {
                    throw giveUp("expected a mapping key", k);
                }
                key = implicitKey(k, colon);
                afterColon = colon + 1;
            }
            int r = skipSpaces(afterColon);
            Object value;
            if (r >= n || s[r] == '\n' || s[r] == '#') {
                int next = nextContentLine(lineAfter(r));
                value = valueOnNextLines(col, next, true);
            } else if (s[r] == '\t') {
                throw giveUp("tab after :", r);
            } else {
                value = inlineValue(r, col);
            }
            int before = map.size();
            map.put(key, value);
            if (map.size() == before) {
                throw giveUp("duplicate key", k);
            }
            int next = pos;
            if (next >= n) {
                break;
            }
            int ind = indentAt(next);
            if (ind < col) {
                break;
            }
            if (ind > col) {
                throw giveUp("unexpected indentation in a mapping", next);
            }
            if (isMarker(next, '-') || isMarker(next, '.')) {
                break;
            }
            if (s[next + col] == '-' && isBlank(next + col + 1)) {
                throw giveUp("sequence entry at a mapping's indentation", next);
            }
            ls = next;
        }
        depth--;
        lastMapSize = map.size();
        return map;
    }

    /**
     * The value of an entry whose line ended after {@code -} or {@code key:}: a node on the following lines
     * when they are indented deeper, a sequence at the same indentation for a mapping value, else null.
     */
    private Object valueOnNextLines(int col, int next, boolean mappingValue) throws YamlParserGiveUp {
        if (next < n && !isMarker(next, '-') && !isMarker(next, '.')) {
            int ind = lineIndent;
            if (ind > col) {
                return blockNode(col, next, ind);
            }
            if (mappingValue && ind == col && s[next + col] == '-' && isBlank(next + col + 1)) {
                return sequence(col, next);
            }
        }
        pos = next;
        return null;
    }

    private void enter(int at) throws YamlParserGiveUp {
        if (++depth > maxDepth) {
            throw giveUp("nesting deeper than the limit", at);
        }
    }

    // ------------------------------------------------------------------ keys

    /**
     * If the line from {@code p} is an implicit key followed by {@code ": "} (or {@code ":"} at the end of the
     * line), the index of that colon; else -1.
     */
    private int keyEnd(int p) throws YamlParserGiveUp {
        char c = s[p];
        if (c == '"' || c == '\'') {
            int close = quotedEndOnLine(p);
            if (close < 0) {
                return -1;
            }
            int q = skipSpaces(close + 1);
            return q < n && s[q] == ':' && isBlankOrTab(q + 1) ? q : -1;
        }
        switch (c) {
            case '[': case '{': case '&': case '*': case '!': case '|': case '>': case '%': case '@': case '`':
            case ',': case ']': case '}': case '#': case '\n':
                return -1;
            case '-': case '?': case ':':
                if (isBlankOrTab(p + 1)) {
                    return -1;
                }
                break;
            default:
                break;
        }
        for (int i = p; i < n; i++) {
            char ch = s[i];
            if (ch == '\n') {
                return -1;
            }
            if (ch == ':' && isBlankOrTab(i + 1)) {
                if (i - p > MAX_IMPLICIT_KEY) {
                    throw giveUp("implicit key too long", p);
                }
                return i;
            }
            if (ch == '#' && i > p && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the closing quote of a quoted scalar that ends on its line, else -1. */
    private int quotedEndOnLine(int p) {
        char q = s[p];
        for (int i = p + 1; i < n; i++) {
            char ch = s[i];
            if (ch == '\n') {
                return -1;
            }
            if (q == '"') {
                if (ch == '\\') {
                    i++;
                    if (i < n && s[i] == '\n') {
                        return -1;
                    }
                } else if (ch == '"') {
                    return i;
                }
            } else if (ch == '\'') {
                if (i + 1 < n && s[i + 1] == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private Object implicitKey(int k, int colon) throws YamlParserGiveUp {
        char c = s[k];
        if (c == '"') {
            return doubleQuoted(k, Integer.MAX_VALUE);
        }
        if (c == '\'') {
            return singleQuoted(k, Integer.MAX_VALUE);
        }
        int end = colon;
        while (end > k && (s[end - 1] == ' ' || s[end - 1] == '\t')) {
            end--;
        }
        if (end == k) {
            throw giveUp("empty key", k);
        }
        return keys.plain(this, k, end);
    }

    /** The key of a {@code ? key} line: a one-line scalar; leaves {@link #pos} on its line's end. */
    private Object explicitKey(int r) throws YamlParserGiveUp {
        char c = s[r];
        Object key;
        int after;
        if (c == '"' || c == '\'') {
            if (quotedEndOnLine(r) < 0) {
                throw giveUp("multi-line explicit key", r);
            }
            key = c == '"' ? doubleQuoted(r, Integer.MAX_VALUE) : singleQuoted(r, Integer.MAX_VALUE);
            after = pos;
        } else {
            if (!plainFirst(r, false)) {
                throw giveUp("unsupported explicit key", r);
            }
            int end = r;
            int i = r;
            for (; i < n && s[i] != '\n'; i++) {
                char ch = s[i];
                if (ch == ':' && isBlankOrTab(i + 1)) {
                    throw giveUp("': ' in an explicit key", i);
                }
                if (ch == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
                    break;
                }
                if (ch != ' ' && ch != '\t') {
                    end = i + 1;
                }
            }
            key = YamlReaderScalars.resolvePlain(string(r, end));
            after = end;
        }
        int q = skipSpaces(after);
        q = skipComment(q, after);
        if (q < n && s[q] != '\n') {
            throw giveUp("content after an explicit key", q);
        }
        pos = q;
        return key;
    }

    // ------------------------------------------------------------------ scalars and flow values

    /**
     * A value that starts at {@code r} on a line, inside a collection at column {@code col}; leaves
     * {@link #pos} at the next content line.
     */
    private Object inlineValue(int r, int col) throws YamlParserGiveUp {
        char c = s[r];
        Object v;
        switch (c) {
            case '"':
                v = doubleQuoted(r, col);
                endOfLine(pos);
                return v;
            case '\'':
                v = singleQuoted(r, col);
                endOfLine(pos);
                return v;
            case '|': case '>':
                return blockScalar(r, col);
            case '[': case '{':
                v = flow(r);
                endOfLine(pos);
                return v;
            case '-': case '?': case ':':
                if (isBlankOrTab(r + 1)) {
                    throw giveUp("indicator " + c + " in a value", r);
                }
                return plain(r, col);
            case '&': case '*': case '!': case '%': case '@': case '`': case ',': case ']': case '}': case '#':
                throw giveUp("unsupported node start " + c, r);
            default:
                return plain(r, col);
        }
    }

    /** After a scalar or flow value ending at {@code p}: only spaces and a comment may follow on the line. */
    private void endOfLine(int p) throws YamlParserGiveUp {
        int q = skipSpacesTabs(p);
        if (q < n && s[q] == '#' && q > p) {
            while (q < n && s[q] != '\n') {
                q++;
            }
        }
        if (q < n && s[q] != '\n') {
            throw giveUp("unexpected text after a value", q);
        }
        pos = nextContentLine(q < n ? q + 1 : n);
    }

    /** Whether a plain scalar may start at {@code p} ({@code inFlow}: also excluding flow indicators). */
    private boolean plainFirst(int p, boolean inFlow) {
        char c = s[p];
        switch (c) {
            case '[': case '{': case '&': case '*': case '!': case '|': case '>': case '%': case '@': case '`':
            case ',': case ']': case '}': case '#': case '\'': case '"': case '\n': case ' ': case '\t':
                return false;
            case '?': case ':': case '-': {
                if (inFlow && c != '-') { // in a flow collection the engine takes these as key/value indicators
                    return false;
                }
                if (p + 1 >= n) {
                    return false;
                }
                char d = s[p + 1];
                if (d == ' ' || d == '\t' || d == '\n') {
                    return false;
                }
                return !inFlow || (d != ',' && d != '[' && d != ']' && d != '{' && d != '}');
            }
            default:
                return true;
        }
    }

    /**
     * A plain scalar from {@code r}; continuation lines must be indented past {@code col} (the enclosing
     * collection's column), as snakeyaml-engine requires.
     */
    private Object plain(int r, int col) throws YamlParserGiveUp {
        int minIndent = col + 1;
        int i = r;
        int end = r;
        boolean comment = false;
        for (; i < n; i++) {
            char ch = s[i];
            if (ch == '\n') {
                break;
            }
            if (ch == ':' && isBlankOrTab(i + 1)) {
                throw giveUp("': ' inside a plain value", i);
            }
            if (ch == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
                comment = true;
                break;
            }
            if (ch != ' ' && ch != '\t') {
                end = i + 1;
            }
        }
        if (comment) {
            Object v = YamlReaderScalars.resolvePlain(string(r, end));
            endOfLine(i);
            return v;
        }
        StringBuilder sb = null;
        while (i < n) {
            // i is at the '\n' ending the scalar's last line: look at the lines that follow
            int p = i + 1;
            int empties = 0;
            int q;
            while (true) {
                q = p;
                while (q < n && s[q] == ' ') {
                    q++;
                }
                if (q >= n) {
                    break;
                }
                if (s[q] == '\t') {
                    throw giveUp("tab at the start of a line in a plain scalar", q);
                }
                if (s[q] != '\n') {
                    break;
                }
                empties++;
                p = q + 1;
            }
            // the engine ends a plain scalar at any line that starts with "---", blank after it or not
            boolean dashes = p + 2 < n && s[p] == '-' && s[p + 1] == '-' && s[p + 2] == '-';
            if (q >= n || q - p < minIndent || s[q] == '#' || dashes || isMarker(p, '.')) {
                break;
            }
            int lineEnd = q;
            int contentEnd = q;
            comment = false;
            for (; lineEnd < n; lineEnd++) {
                char ch = s[lineEnd];
                if (ch == '\n') {
                    break;
                }
                if (ch == ':' && isBlankOrTab(lineEnd + 1)) {
                    throw giveUp("': ' inside a plain value", lineEnd);
                }
                if (ch == '#' && (s[lineEnd - 1] == ' ' || s[lineEnd - 1] == '\t')) {
                    comment = true;
                    break;
                }
                if (ch != ' ' && ch != '\t') {
                    contentEnd = lineEnd + 1;
                }
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, 2 * (end - r)));
                sb.append(s, r, end - r);
            }
            if (empties == 0) {
                sb.append(' ');
            } else {
                for (int e = 0; e < empties; e++) {
                    sb.append('\n');
                }
            }
            sb.append(s, q, contentEnd - q);
            checkLength(sb.length(), r);
            i = lineEnd;
            if (comment) {
                break;
            }
        }
        Object v = YamlReaderScalars.resolvePlain(sb == null ? string(r, end) : sb.toString());
        if (comment) {
            endOfLine(i);
        } else {
            pos = nextContentLine(i < n ? i + 1 : n);
        }
        return v;
    }

    /**
     * A double-quoted scalar opening at {@code r}; continuation lines must be indented past {@code col}.
     * Leaves {@link #pos} just after the closing quote.
     */
    private String doubleQuoted(int r, int col) throws YamlParserGiveUp {
        int p = r + 1;
        int seg = p;
        StringBuilder sb = null;
        while (true) {
            if (p >= n) {
                throw giveUp("unterminated double-quoted scalar", r);
            }
            char c = s[p];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder(Math.max(16, 2 * (p - seg)));
                }
                sb.append(s, seg, p - seg);
                if (p + 1 >= n) {
                    throw giveUp("unterminated escape", p);
                }
                char e = s[p + 1];
                p += 2;
                switch (e) {
                    case '0': sb.append('\0'); break;
                    case 'a': sb.append('\u0007'); break;
                    case 'b': sb.append('\b'); break;
                    case 't': case '\t': sb.append('\t'); break;
                    case 'n': sb.append('\n'); break;
                    case 'v': sb.append('\u000b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'r': sb.append('\r'); break;
                    case 'e': sb.append('\u001b'); break;
                    case ' ': sb.append(' '); break;
                    case '"': sb.append('"'); break;
                    case '/': sb.append('/'); break;
                    case '\\': sb.append('\\'); break;
                    case 'N': sb.append('\u0085'); break;
                    case '_': sb.append('\u00a0'); break;
                    case 'L': sb.append('\u2028'); break;
                    case 'P': sb.append('\u2029'); break;
                    case 'x': sb.append((char) hex(p, 2)); p += 2; break;
                    case 'u': sb.append((char) hex(p, 4)); p += 4; break;
                    case 'U': {
                        int cp = hex(p, 8);
                        if (cp > Character.MAX_CODE_POINT) {
                            throw giveUp("escape beyond U+10FFFF", p);
                        }
                        sb.appendCodePoint(cp);
                        p += 8;
                        break;
                    }
                    case '\n':
                        p = foldQuoted(p - 1, sb, col, true);
                        break;
                    default:
                        throw giveUp("unknown escape \\" + e, p);
                }
                seg = p;
                checkLength(sb.length(), r);
                continue;
            }
            if (c == '\n') {
                if (sb == null) {
                    sb = new StringBuilder(Math.max(16, 2 * (p - seg)));
                }
                int e = p;
                while (e > seg && (s[e - 1] == ' ' || s[e - 1] == '\t')) {
                    e--;
                }
                sb.append(s, seg, e - seg);
                p = foldQuoted(p, sb, col, false);
                seg = p;
                checkLength(sb.length(), r);
                continue;
            }
            if (c == 0x7f) {
                delQuoted++;
            }
            p++;
        }
        pos = p + 1;
        if (sb == null) {
            return string(seg, p);
        }
        sb.append(s, seg, p - seg);
        checkLength(sb.length(), r);
        return sb.toString();
    }

    /**
     * Folds the line break at {@code p} inside a quoted scalar: a single break becomes a space, each empty
     * line a newline; an escaped break ({@code escaped}) adds only the empty lines. Returns the position of
     * the first character of the continuation.
     */
    private int foldQuoted(int p, StringBuilder sb, int col, boolean escaped) throws YamlParserGiveUp {
        int q = p + 1;
        int empties = 0;
        while (true) {
            int ls = q;
            while (q < n && s[q] == ' ') {
                q++;
            }
            int spaces = q - ls;
            while (q < n && s[q] == '\t') {
                q++;
            }
            if (q >= n) {
                throw giveUp("unterminated quoted scalar", p);
            }
            if (s[q] == '\n') {
                empties++;
                q++;
                continue;
            }
            if (spaces <= col || q - ls != spaces) {
                throw giveUp("quoted scalar continuation not indented", q);
            }
            if (isMarker(ls, '-') || isMarker(ls, '.')) {
                throw giveUp("document marker inside a quoted scalar", ls);
            }
            break;
        }
        if (empties == 0) {
            if (!escaped) {
                sb.append(' ');
            }
        } else {
            for (int e = 0; e < empties; e++) {
                sb.append('\n');
            }
        }
        return q;
    }

    private int hex(int p, int digits) throws YamlParserGiveUp {
        if (p + digits > n) {
            throw giveUp("short escape", p);
        }
        int v = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(s[p + i], 16);
            if (d < 0 || s[p + i] > 'f') {
                throw giveUp("bad hex escape", p);
            }
            v = (v << 4) | d;
        }
        if (v < 0) {
            throw giveUp("escape out of range", p);
        }
        return v;
    }

    /** A single-quoted scalar opening at {@code r}; leaves {@link #pos} just after the closing quote. */
    private String singleQuoted(int r, int col) throws YamlParserGiveUp {
        int p = r + 1;
        int seg = p;
        StringBuilder sb = null;
        while (true) {
            if (p >= n) {
                throw giveUp("unterminated single-quoted scalar", r);
            }
            char c = s[p];
            if (c == '\'') {
                if (p + 1 < n && s[p + 1] == '\'') {
                    if (sb == null) {
                        sb = new StringBuilder(Math.max(16, 2 * (p - seg)));
                    }
                    sb.append(s, seg, p - seg).append('\'');
                    p += 2;
                    seg = p;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                if (sb == null) {
                    sb = new StringBuilder(Math.max(16, 2 * (p - seg)));
                }
                int e = p;
                while (e > seg && (s[e - 1] == ' ' || s[e - 1] == '\t')) {
                    e--;
                }
                sb.append(s, seg, e - seg);
                p = foldQuoted(p, sb, col, false);
                seg = p;
                checkLength(sb.length(), r);
                continue;
            }
            if (c == 0x7f) {
                delQuoted++;
            }
            p++;
        }
        pos = p + 1;
        if (sb == null) {
            return string(seg, p);
        }
        sb.append(s, seg, p - seg);
        checkLength(sb.length(), r);
        return sb.toString();
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar whose header is at {@code r}, inside a
     * collection at column {@code col}. Follows snakeyaml-engine's scanner step by step (indentation
     * detection, folding, chomping) so that the two cannot disagree.
     */
    private String blockScalar(int r, int col) throws YamlParserGiveUp {
        boolean folded = s[r] == '>';
        int p = r + 1;
        int chomp = -1;
        int increment = 0;
        for (int k = 0; k < 2 && p < n; k++) {
            char c = s[p];
            if ((c == '+' || c == '-') && chomp < 0) {
                chomp = c == '+' ? CHOMP_KEEP : CHOMP_STRIP;
                p++;
            } else if (c >= '1' && c <= '9' && increment == 0) {
                increment = c - '0';
                p++;
            } else {
                break;
            }
        }
        if (chomp < 0) {
            chomp = CHOMP_CLIP;
        }
        int q = skipSpaces(p);
        q = skipComment(q, p);
        if (q < n && s[q] != '\n') {
            throw giveUp("unexpected text after a block scalar header", q);
        }
        int minIndent = Math.max(col + 1, 1);
        int x = q < n ? q + 1 : n; // start of the first content line
        int lineStart = x;
        int column = 0;
        int breaks = 0;
        int indent;
        if (increment == 0) {
            int maxIndent = 0;
            while (x < n) {
                char c = s[x];
                if (c == ' ') {
                    column++;
                    x++;
                    if (column > maxIndent) {
                        maxIndent = column;
                    }
                } else if (c == '\n') {
                    breaks++;
                    x++;
                    column = 0;
                    lineStart = x;
                } else {
                    break;
                }
            }
            indent = Math.max(minIndent, maxIndent);
            if (x < n && column < indent && column >= minIndent) {
                throw giveUp("a leading empty line is indented more than the block scalar's text", x);
            }
        } else {
            indent = minIndent + increment - 1;
            // scanBlockScalarBreaks(indent)
            while (column < indent && x < n && s[x] == ' ') {
                column++;
                x++;
            }
            while (x < n && s[x] == '\n') {
                breaks++;
                x++;
                lineStart = x;
                column = 0;
                while (column < indent && x < n && s[x] == ' ') {
                    column++;
                    x++;
                }
            }
        }
        StringBuilder chunks = new StringBuilder();
        boolean lineBreak = false;
        while (column == indent && x < n) {
            for (int b = 0; b < breaks; b++) {
                chunks.append('\n');
            }
            boolean leadingNonSpace = s[x] != ' ' && s[x] != '\t';
            int e = x;
            while (e < n && s[e] != '\n') {
                e++;
            }
            chunks.append(s, x, e - x);
            checkLength(chunks.length(), r);
            lineBreak = true; // the engine (and JS yaml) count the end of input as the last line's break
            x = e < n ? e + 1 : n;
            lineStart = x;
            column = 0;
            breaks = 0;
            while (column < indent && x < n && s[x] == ' ') {
                column++;
                x++;
            }
            while (x < n && s[x] == '\n') {
                breaks++;
                x++;
                lineStart = x;
                column = 0;
                while (column < indent && x < n && s[x] == ' ') {
                    column++;
                    x++;
                }
            }
            if (column == indent && x < n) {
                if (folded && lineBreak && leadingNonSpace && s[x] != ' ' && s[x] != '\t') {
                    if (breaks == 0) {
                        chunks.append(' ');
                    }
                } else if (lineBreak) {
                    chunks.append('\n');
                }
            } else {
                break;
            }
        }
        if (chomp != CHOMP_STRIP && lineBreak) {
            chunks.append('\n');
        }
        if (chomp == CHOMP_KEEP) {
            for (int b = 0; b < breaks; b++) {
                chunks.append('\n');
            }
        }
        checkLength(chunks.length(), r);
        pos = nextContentLine(lineStart);
        return chunks.toString();
    }

    /** A one-line flow sequence or mapping of scalars at {@code r}; leaves {@link #pos} after its closing bracket. */
    private Object flow(int r) throws YamlParserGiveUp {
        boolean seq = s[r] == '[';
        char close = seq ? ']' : '}';
        enter(r);
        int p = skipSpaces(r + 1);
        Object result;
        if (p < n && s[p] == close) {
            result = seq ? new ArrayList<>() : new LinkedHashMap<>();
            pos = p + 1;
            depth--;
            return result;
        }
        List<Object> list = seq ? new ArrayList<>() : null;
        Map<Object, Object> map = seq ? null : new LinkedHashMap<>();
        while (true) {
            Object first = flowScalar(p);
            p = skipSpaces(pos);
            if (!seq) {
                if (p >= n || s[p] != ':' || !(p + 1 < n && s[p + 1] == ' ')) {
                    throw giveUp("flow mapping entry without ': '", p);
                }
                p = skipSpaces(p + 1);
                Object value = flowScalar(p);
                p = skipSpaces(pos);
                int before = map.size();
                map.put(first, value);
                if (map.size() == before) {
                    throw giveUp("duplicate key", p);
                }
            } else {
                if (p < n && s[p] == ':') {
                    throw giveUp("mapping inside a flow sequence", p);
                }
                list.add(first);
            }
            if (p >= n) {
                throw giveUp("unterminated flow collection", r);
            }
            if (s[p] == close) {
                pos = p + 1;
                break;
            }
            if (s[p] != ',') {
                throw giveUp("unexpected character in a flow collection", p);
            }
            p = skipSpaces(p + 1);
            if (p < n && s[p] == close) {
                throw giveUp("trailing comma in a flow collection", p);
            }
        }
        depth--;
        return seq ? list : map;
    }

    /** A scalar inside a one-line flow collection; leaves {@link #pos} after it. */
    private Object flowScalar(int p) throws YamlParserGiveUp {
        if (p >= n) {
            throw giveUp("unterminated flow collection", p);
        }
        char c = s[p];
        if (c == '"' || c == '\'') {
            if (quotedEndOnLine(p) < 0) {
                throw giveUp("multi-line scalar in a flow collection", p);
            }
            return c == '"' ? doubleQuoted(p, Integer.MAX_VALUE) : singleQuoted(p, Integer.MAX_VALUE);
        }
        if (!plainFirst(p, true)) {
            throw giveUp("unsupported flow entry", p);
        }
        int end = p;
        int i = p;
        for (; i < n; i++) {
            char ch = s[i];
            if (ch == '\n') {
                throw giveUp("multi-line flow collection", i);
            }
            if (ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}') {
                break;
            }
            if (ch == ':') {
                char d = i + 1 < n ? s[i + 1] : '\n';
                if (d == ' ' || d == '\t' || d == '\n' || d == ',' || d == '[' || d == ']' || d == '{' || d == '}') {
                    break;
                }
            }
            if (ch == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
                throw giveUp("comment inside a flow collection", i);
            }
            if (ch != ' ' && ch != '\t') {
                end = i + 1;
            }
        }
        pos = end;
        return YamlReaderScalars.resolvePlain(string(p, end));
    }

    // ------------------------------------------------------------------ lines and characters

    /**
     * From the line starting at {@code p}, the first line that is neither blank nor a comment; sets
     * {@link #lineIndent}. Returns {@code n} at the end.
     */
    private int nextContentLine(int p) throws YamlParserGiveUp {
        while (p < n) {
            int q = p;
            while (q < n && s[q] == ' ') {
                q++;
            }
            if (q >= n) {
                return n;
            }
            char c = s[q];
            if (c == '\n') {
                p = q + 1;
                continue;
            }
            if (c == '#') {
                while (q < n && s[q] != '\n') {
                    q++;
                }
                p = q < n ? q + 1 : n;
                continue;
            }
            if (c == '\t') {
                throw giveUp("tab in indentation", q);
            }
            lineIndent = q - p;
            return p;
        }
        return n;
    }

    private int indentAt(int lineStart) {
        int q = lineStart;
        while (q < n && s[q] == ' ') {
            q++;
        }
        return q - lineStart;
    }

    /** {@code ---} or {@code ...} (by {@code c}) at the line start {@code p}, followed by a blank or the end. */
    private boolean isMarker(int p, char c) {
        return p + 2 < n && s[p] == c && s[p + 1] == c && s[p + 2] == c
                && (p + 3 == n || s[p + 3] == ' ' || s[p + 3] == '\n' || s[p + 3] == '\t');
    }

    /** A space, a line end or the end of input at {@code i}; a tab here is beyond the fast path. */
    private boolean isBlank(int i) throws YamlParserGiveUp {
        if (i >= n) {
            return true;
        }
        char c = s[i];
        if (c == '\t') {
            throw giveUp("tab as separator", i);
        }
        return c == ' ' || c == '\n';
    }

    private boolean isBlankOrTab(int i) {
        return i >= n || s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
    }

    private int skipSpaces(int p) {
        while (p < n && s[p] == ' ') {
            p++;
        }
        return p;
    }

    private int skipSpacesTabs(int p) {
        while (p < n && (s[p] == ' ' || s[p] == '\t')) {
            p++;
        }
        return p;
    }

    /** At {@code q} after spaces that began at {@code from}: skips a comment to the end of the line. */
    private int skipComment(int q, int from) {
        if (q < n && s[q] == '#' && q > from) {
            while (q < n && s[q] != '\n') {
                q++;
            }
        }
        return q;
    }

    private int lineAfter(int p) {
        while (p < n && s[p] != '\n') {
            p++;
        }
        return p < n ? p + 1 : n;
    }

    private String string(int from, int to) throws YamlParserGiveUp {
        checkLength(to - from, from);
        return new String(s, from, to - from);
    }

    private void checkLength(int length, int at) throws YamlParserGiveUp {
        if (length > maxScalar) {
            throw giveUp("scalar longer than the limit", at);
        }
    }

    /** What snakeyaml-engine accepts as printable; anything else in the input is its error to report. */
    private void checkCharacters() throws YamlParserGiveUp {
        char[] a = s;
        for (int i = 0, len = n; i < len; i++) {
            char c = a[i];
            if (c < 0x20) {
                if (c != '\n' && c != '\t') {
                    throw giveUp("control character", i);
                }
            } else if (c >= 0x7f) {
                if (c == 0x7f) { // allowed by the engine in quoted scalars only: counted, checked at the end
                    delTotal++;
                } else if (c <= 0x9f) {
                    // NEL included: snakeyaml-engine takes it for a line break after whitespace (a YAML 1.1
                    // rule), JS yaml never does; leave such text to the engine rather than guess
                    throw giveUp(c == 0x85 ? "NEL character" : "control character", i);
                } else if (c >= 0xd800 && c <= 0xdfff) {
                    if (c <= 0xdbff && i + 1 < len && a[i + 1] >= 0xdc00 && a[i + 1] <= 0xdfff) {
                        i++;
                    } else {
                        throw giveUp("lone surrogate", i);
                    }
                } else if (c >= 0xfffe) {
                    throw giveUp("non-character", i);
                }
            }
        }
    }

    private static YamlParserGiveUp giveUp(String reason, int at) {
        return new YamlParserGiveUp(reason, at);
    }

    /**
     * Interns plain keys: a project repeats the same few dozen keys hundreds of thousands of times, and one
     * String per key saves both the allocation and the core-schema resolution.
     */
    private static final class KeyCache {
        private static final int SIZE = 1024;
        private final String[] strings = new String[SIZE];
        private final Object[] values = new Object[SIZE];

        Object plain(YamlParser parser, int from, int to) throws YamlParserGiveUp {
            char[] a = parser.s;
            int len = to - from;
            if (len > 48) {
                return YamlReaderScalars.resolvePlain(parser.string(from, to));
            }
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + a[i];
            }
            int slot = (h ^ (h >>> 16)) & (SIZE - 1);
            String cached = strings[slot];
            if (cached != null && cached.length() == len) {
                boolean same = true;
                for (int i = 0; i < len; i++) {
                    if (cached.charAt(i) != a[from + i]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return values[slot];
                }
            }
            // field-name sized keys are interned: the model's field switch then matches them by identity
            String str = new String(a, from, len);
            if (len <= 24) {
                str = str.intern();
            }
            Object v = YamlReaderScalars.resolvePlain(str);
            strings[slot] = str;
            values[slot] = v;
            return v;
        }
    }
}

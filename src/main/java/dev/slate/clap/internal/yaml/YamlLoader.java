package dev.slate.clap.internal.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The general YAML path: any YAML 1.2 text, through snakeyaml-engine's event parser, with values built
 * here rather than by its {@code Load} API so that the limits hold while reading: nesting depth (the
 * engine has no setting for it, and its composer recurses), the number of aliases (all of them, not only
 * those to collections) and what they expand to, and scalar length. Plain scalars are resolved by
 * {@link YamlReaderScalars}, the same code as the fast path; duplicate keys are an error, as in the
 * reference reader; aliases are expanded into copies, so a value never contains itself.
 */
public final class YamlLoader {
    private static final String TAG_PREFIX = "tag:yaml.org,2002:";

    private final int maxAliases;
    private final int maxDepth;
    private final int maxScalar;
    private final long expansionBudget;

    private final Map<String, Object> anchors = new HashMap<>();
    /** Anchored collections still being read: an alias to one of them would make a value contain itself. */
    private final Set<Object> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int aliases;
    private long expanded;

    private YamlLoader(int maxAliases, int maxDepth, int maxScalar, long expansionBudget) {
        this.maxAliases = maxAliases;
        this.maxDepth = maxDepth;
        this.maxScalar = maxScalar;
        this.expansionBudget = expansionBudget;
    }

    /**
     * Reads every document of {@code text}.
     *
     * @param maxAliases aliases allowed in the whole text
     * @param maxDepth deepest nesting of collections (the root collection is depth 1)
     * @param maxScalar longest scalar, in chars
     */
    /**
     * The engine's read window: it copies what it has not consumed each time it reads more, so a long line
     * read 1,024 characters at a time costs its square (a 4 MB line took 12 s and 200 MB, found by the
     * fuzzer). A window of the whole text, up to 16 M characters, is read once.
     */
    static int bufferSize(int textLength) {
        return Math.max(1024, Math.min(textLength + 1, 1 << 24));
    }

    public static YamlReaderStream load(String text, int maxAliases, int maxDepth, int maxScalar) throws YamlReaderError {
        long budget = Math.max(100_000L, text.length());
        YamlLoader loader = new YamlLoader(maxAliases, maxDepth, maxScalar, budget);
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false)
                .setCodePointLimit(Integer.MAX_VALUE).setUseMarks(true).setLabel("yaml")
                .setBufferSize(bufferSize(text.length())).build();
        try {
            return loader.build(new Parse(settings).parseString(text));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null || e.getProblem().isBlank() ? e.getContext() : e.getProblem();
            throw new YamlReaderError(mark.map(m -> m.getLine() + 1).orElse(0), "not valid YAML: " + clean(problem));
        } catch (ReaderException e) {
            throw new YamlReaderError(lineOfCodePoint(text, e.getPosition()), String.format(
                    "character U+%04X is not allowed in YAML (write it as an escape in a double-quoted string)",
                    e.getCodePoint()));
        } catch (YamlEngineException e) {
            throw new YamlReaderError(0, "not valid YAML: " + clean(e.getMessage()));
        }
    }

    private static int lineOfCodePoint(String text, int codePoints) {
        int line = 1;
        int i = 0;
        for (int cp = 0; cp < codePoints && i < text.length(); cp++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return line;
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    /** One open collection while events stream in. */
    private static final class Frame {
        final Object container;
        final String anchor;
        final int line;
        Object key;
        boolean hasKey;
        int keyLine;

        Frame(Object container, String anchor, int line) {
            this.container = container;
            this.anchor = anchor;
            this.line = line;
        }
    }

    private YamlReaderStream build(Iterable<Event> events) throws YamlReaderError {
        List<Object> docs = new ArrayList<>();
        List<int[]> items = new ArrayList<>();
        int[] docLines = new int[4];
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        int[] rootItems = new int[16];
        int rootItemCount = 0;
        Object root = null;
        boolean haveRoot = false;
        int docLine = 0;
        for (Event ev : events) {
            int line = ev.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            switch (ev.getEventId()) {
                case DocumentStart:
                    anchors.clear();
                    root = null;
                    haveRoot = false;
                    rootItemCount = 0;
                    docLine = line;
                    break;
                case DocumentEnd:
                    if (docs.size() == docLines.length) {
                        docLines = Arrays.copyOf(docLines, docLines.length * 2);
                    }
                    docLines[docs.size()] = docLine;
                    docs.add(root);
                    items.add(root instanceof List ? Arrays.copyOf(rootItems, rootItemCount) : new int[0]);
                    break;
                case SequenceStart:
                case MappingStart: {
                    if (stack.size() == 1 && stack.peek().container instanceof List) {
                        if (rootItemCount == rootItems.length) {
                            rootItems = Arrays.copyOf(rootItems, rootItems.length * 2);
                        }
                        rootItems[rootItemCount++] = line;
                    }
                    CollectionStartEvent cs = (CollectionStartEvent) ev;
                    boolean seq = ev.getEventId() == Event.ID.SequenceStart;
                    checkCollectionTag(cs.getTag(), seq, line);
                    if (stack.size() + 1 > maxDepth) {
                        throw new YamlReaderError(line, "nesting deeper than " + maxDepth + " levels (--max-nesting-depth)");
                    }
                    Object container = seq ? new ArrayList<>() : new LinkedHashMap<>();
                    String anchor = anchorOf(cs);
                    if (anchor != null) {
                        open.add(container);
                        anchors.put(anchor, container);
                    }
                    stack.push(new Frame(container, anchor, line));
                    break;
                }
                case SequenceEnd:
                case MappingEnd: {
                    Frame f = stack.pop();
                    if (f.anchor != null) {
                        open.remove(f.container);
                    }
                    Object value = f.container;
                    if (stack.isEmpty()) {
                        root = value;
                        haveRoot = true;
                    } else {
                        add(stack.peek(), value, f.line);
                    }
                    break;
                }
                case Scalar: {
                    ScalarEvent se = (ScalarEvent) ev;
                    if (stack.size() == 1 && stack.peek().container instanceof List) {
                        if (rootItemCount == rootItems.length) {
                            rootItems = Arrays.copyOf(rootItems, rootItems.length * 2);
                        }
                        rootItems[rootItemCount++] = line;
                    }
                    if (se.getValue().length() > maxScalar) {
                        throw new YamlReaderError(line, "a value is longer than " + maxScalar + " characters (--max-scalar-length)");
                    }
                    Object value = scalar(se, line);
                    String anchor = anchorOf(se);
                    if (anchor != null) {
                        anchors.put(anchor, value);
                    }
                    if (stack.isEmpty()) {
                        root = value;
                        haveRoot = true;
                    } else {
                        add(stack.peek(), value, line);
                    }
                    break;
                }
                case Alias: {
                    if (stack.size() == 1 && stack.peek().container instanceof List) {
                        if (rootItemCount == rootItems.length) {
                            rootItems = Arrays.copyOf(rootItems, rootItems.length * 2);
                        }
                        rootItems[rootItemCount++] = line;
                    }
                    String name = ((AliasEvent) ev).getAlias().getValue();
                    if (++aliases > maxAliases) {
                        throw new YamlReaderError(line, maxAliases == 0 ? "YAML aliases are not allowed (--max-aliases)"
                                : "more than " + maxAliases + " YAML aliases (--max-aliases)");
                    }
                    if (!anchors.containsKey(name)) {
                        throw new YamlReaderError(line, "alias *" + name + " refers to no anchor");
                    }
                    Object target = anchors.get(name);
                    if (open.contains(target)) {
                        throw new YamlReaderError(line, "alias *" + name + " refers to a value that contains it");
                    }
                    Object value = copy(target, line, stack.size());
                    if (stack.isEmpty()) {
                        root = value;
                        haveRoot = true;
                    } else {
                        add(stack.peek(), value, line);
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (haveRoot && docs.isEmpty()) { // defensive: a stream without document events
            docs.add(root);
            items.add(new int[0]);
        }
        int[] refs = Arrays.copyOf(docLines, docs.size());
        return new YamlReaderStream(docs, items.toArray(new int[0][]), refs, ref -> ref, "read by the general path");
    }

    private static String anchorOf(NodeEvent ev) {
        return ev.getAnchor().map(Anchor::getValue).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void add(Frame f, Object value, int line) throws YamlReaderError {
        if (f.container instanceof List) {
            ((List<Object>) f.container).add(value);
            return;
        }
        Map<Object, Object> map = (Map<Object, Object>) f.container;
        if (!f.hasKey) {
            if (value instanceof List || value instanceof Map) {
                throw new YamlReaderError(line, "a mapping key is a " + (value instanceof List ? "list" : "mapping")
                        + "; only scalar keys are supported");
            }
            f.key = value;
            f.hasKey = true;
            f.keyLine = line;
            return;
        }
        if (map.containsKey(f.key)) {
            throw new YamlReaderError(f.keyLine, "duplicate key " + describeKey(f.key));
        }
        map.put(f.key, value);
        f.key = null;
        f.hasKey = false;
    }

    private static String describeKey(Object key) {
        if (key instanceof String str) {
            String shown = str.length() > 60 ? str.substring(0, 60) + "..." : str;
            return "\"" + shown.replace("\n", "\\n") + "\"";
        }
        return String.valueOf(key);
    }

    private static void checkCollectionTag(Optional<String> tag, boolean seq, int line) throws YamlReaderError {
        if (tag.isEmpty() || tag.get().equals("!")) {
            return;
        }
        String t = tag.get();
        if (t.equals(TAG_PREFIX + (seq ? "seq" : "map"))) {
            return;
        }
        throw new YamlReaderError(line, "YAML tag " + shortTag(t) + " is not supported");
    }

    private static Object scalar(ScalarEvent se, int line) throws YamlReaderError {
        String v = se.getValue();
        Optional<String> tag = se.getTag();
        if (tag.isEmpty()) {
            return se.isPlain() ? YamlReaderScalars.resolvePlain(v) : v;
        }
        String t = tag.get();
        if (t.equals("!")) {
            return v;
        }
        if (t.startsWith(TAG_PREFIX)) {
            switch (t.substring(TAG_PREFIX.length())) {
                case "str":
                    return v;
                case "null":
                    return null;
                case "bool":
                    if (YamlReaderScalars.resolvePlain(v) instanceof Boolean b) {
                        return b;
                    }
                    break;
                case "int":
                    if (YamlReaderScalars.isInt(v)) {
                        return YamlReaderScalars.toInt(v);
                    }
                    break;
                case "float":
                    if (YamlReaderScalars.isFloat(v)) {
                        return YamlReaderScalars.toFloat(v);
                    }
                    if (YamlReaderScalars.isInt(v) && !v.startsWith("0x") && !v.startsWith("0o")) {
                        return Double.valueOf(v);
                    }
                    break;
                default:
                    throw new YamlReaderError(line, "YAML tag " + shortTag(t) + " is not supported");
            }
            throw new YamlReaderError(line, "cannot read \"" + v + "\" as " + shortTag(t));
        }
        throw new YamlReaderError(line, "YAML tag " + shortTag(t) + " is not supported");
    }

    private static String shortTag(String tag) {
        return tag.startsWith(TAG_PREFIX) ? "!!" + tag.substring(TAG_PREFIX.length()) : tag;
    }

    /** A deep copy of an anchored value, within the budget that stops an alias bomb. */
    @SuppressWarnings("unchecked")
    private Object copy(Object v, int line, int depthHere) throws YamlReaderError {
        if (++expanded > expansionBudget) {
            throw new YamlReaderError(line, "YAML aliases expand to more than " + expansionBudget + " values (--max-aliases)");
        }
        if (v instanceof List<?> l) {
            if (depthHere + 1 > maxDepth) {
                throw new YamlReaderError(line, "nesting deeper than " + maxDepth + " levels (--max-nesting-depth)");
            }
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(copy(o, line, depthHere + 1));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            if (depthHere + 1 > maxDepth) {
                throw new YamlReaderError(line, "nesting deeper than " + maxDepth + " levels (--max-nesting-depth)");
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<Object, Object>) m).entrySet()) {
                out.put(e.getKey(), copy(e.getValue(), line, depthHere + 1));
            }
            return out;
        }
        return v;
    }
}

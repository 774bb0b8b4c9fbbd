package dev.slate.clap.internal;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapFormatException;
import dev.slate.clap.ClapMeta;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapScene;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.ClapWorkflow;
import dev.slate.clap.internal.yaml.YamlReaderStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the YAML documents of a file into a project: one top-level sequence of items, or a stream of
 * documents (each a mapping for one item, or a sequence of items); header first, then meta, workflows,
 * entities, scenes and segments. The header's counts slice the items, as the reference reader does,
 * unless they disagree with the items' fields: then each item goes where its fields say, with a warning
 * that tells what the header said and what was found.
 */
public final class ClapProjectDecoder {
    private ClapProjectDecoder() {
    }

    /** An item and where it is; its line is only worked out for a message (that costs a scan of the text). */
    private record Item(Object value, YamlReaderStream stream, int document, int index) {
        int line() {
            return index < 0 ? stream.documentLine(document) : stream.itemLine(document, index);
        }
    }

    public static ClapReadResult decode(YamlReaderStream stream, String source) throws ClapFormatException {
        List<Item> items = items(stream, source);
        List<ClapFinding> findings = new ArrayList<>();
        if (items.isEmpty()) {
            throw new ClapFormatException(source, null, "empty: no YAML content, not an OpenClap file");
        }
        Map<?, ?> header = mapping(items.get(0), "header", source);
        Object format = header.get("format");
        if (!header.containsKey("format")) {
            throw new ClapFormatException(source, "header", "no \"format: clap-0\" field; not an OpenClap file");
        }
        if (!"clap-0".equals(format)) {
            throw new ClapFormatException(source, "header", "format is " + ClapReadValues.describe(format).replace("the string ", "")
                    + "; only clap-0 is supported");
        }
        Counts counts = counts(header, findings);
        ClapMeta meta;
        if (items.size() > 1) {
            meta = ClapItemMapper.meta(mapping(items.get(1), "meta", source), findings);
        } else {
            meta = ClapMeta.builder().build();
            findings.add(ClapFinding.warning("meta", "", "the file has a header but no meta item"));
        }
        int restSize = Math.max(0, items.size() - 2);
        List<Map<?, ?>> rest = new ArrayList<>(restSize);
        for (int i = 2; i < items.size(); i++) {
            rest.add(mapping(items.get(i), "item " + i, source));
        }
        ClapSections[] sections = slice(rest, counts, findings);
        List<ClapWorkflow> workflows = new ArrayList<>();
        List<ClapEntity> entities = new ArrayList<>();
        List<ClapScene> scenes = new ArrayList<>();
        List<ClapSegment> segments = new ArrayList<>(restSize);
        for (int i = 0; i < restSize; i++) {
            Map<?, ?> m = rest.get(i);
            switch (sections[i]) {
                case WORKFLOW -> workflows.add(ClapItemMapper.workflow(m, workflows.size(), findings));
                case ENTITY -> entities.add(ClapItemMapper.entity(m, entities.size(), findings));
                case SCENE -> scenes.add(ClapItemMapper.scene(m, scenes.size(), findings));
                default -> segments.add(ClapItemMapper.segment(m, segments.size(), findings));
            }
        }
        ClapProject project = ClapProject.builder().meta(meta).workflows(workflows).entities(entities).scenes(scenes)
                .segments(segments).headerExtras(headerExtras(header, findings)).build();
        return new ClapReadResult(project, findings);
    }

    private static List<Item> items(YamlReaderStream stream, String source) throws ClapFormatException {
        List<Object> docs = stream.documents();
        List<Item> items = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Object root = docs.get(d);
            if (root == null) {
                continue; // an empty document, such as a trailing "---"
            }
            if (root instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    items.add(new Item(list.get(i), stream, d, i));
                }
            } else if (root instanceof Map) {
                items.add(new Item(root, stream, d, -1));
            } else {
                String what = docs.size() == 1 ? "the YAML is " : "YAML document " + (d + 1) + " is ";
                throw new ClapFormatException(source, lineLabel(stream.documentLine(d)),
                        what + ClapReadValues.describe(root) + ", not a list of items; not an OpenClap file");
            }
        }
        return items;
    }

    private static String lineLabel(int line) {
        return line > 0 ? "line " + line : null;
    }

    private static Map<?, ?> mapping(Item item, String name, String source) throws ClapFormatException {
        if (item.value() instanceof Map<?, ?> m) {
            return m;
        }
        String where = name + (item.line() > 0 ? " (line " + item.line() + ")" : "");
        throw new ClapFormatException(source, where, ClapReadValues.describe(item.value()) + " where a mapping was expected");
    }

    /** The header's counts; {@code valid} false when one of them is not a usable number. */
    private record Counts(int workflows, int entities, int scenes, int segments, boolean segmentsGiven, boolean valid) {
        int sum() {
            return workflows + entities + scenes + segments;
        }
    }

    private static Counts counts(Map<?, ?> header, List<ClapFinding> findings) {
        boolean[] valid = {true};
        int w = count(header, "numberOfWorkflows", findings, valid);
        int e = header.containsKey("numberOfEntities") ? count(header, "numberOfEntities", findings, valid)
                : count(header, "numberOfModels", findings, valid);
        int s = count(header, "numberOfScenes", findings, valid);
        boolean segmentsGiven = header.containsKey("numberOfSegments");
        int g = count(header, "numberOfSegments", findings, valid);
        return new Counts(w, e, s, g, segmentsGiven, valid[0]);
    }

    private static int count(Map<?, ?> header, String key, List<ClapFinding> findings, boolean[] valid) {
        if (!header.containsKey(key)) {
            return 0;
        }
        Object v = header.get(key);
        if (v instanceof Integer i && i >= 0) {
            return i;
        }
        valid[0] = false; // negative, not a number, or more items than a file can hold
        findings.add(ClapFinding.warning("header", key, "expected a count, found " + ClapReadValues.describe(v)
                + "; items classified by their fields"));
        return 0;
    }

    private static ClapSections[] slice(List<Map<?, ?>> rest, Counts c, List<ClapFinding> findings) {
        int size = rest.size();
        int segments = c.segmentsGiven() ? c.segments() : Math.max(0, size - c.workflows() - c.entities() - c.scenes());
        Counts counts = new Counts(c.workflows(), c.entities(), c.scenes(), segments, true, c.valid());
        boolean fits = counts.valid() && counts.sum() == size;
        ClapSections[] bySlice = new ClapSections[size];
        for (int i = 0; i < size; i++) {
            bySlice[i] = sliceOf(i, counts);
        }
        // An item with a field of its own section agrees with the counts; only the others need a closer look.
        boolean agree = fits;
        for (int i = 0; i < size && agree; i++) {
            Map<?, ?> item = rest.get(i);
            if (!bySlice[i].isMarkedIn(item)) {
                ClapSections shape = ClapSections.byShape(item);
                agree = shape == null || shape == bySlice[i];
            }
        }
        if (agree) {
            return bySlice;
        }
        ClapSections[] byShape = new ClapSections[size];
        for (int i = 0; i < size; i++) {
            byShape[i] = ClapSections.byShape(rest.get(i));
        }
        ClapSections[] out = new ClapSections[size];
        ClapSections previous = null;
        for (int i = 0; i < size; i++) {
            if (byShape[i] != null) {
                out[i] = byShape[i];
            } else if (fits) {
                out[i] = bySlice[i];
            } else {
                out[i] = previous != null ? previous : bySlice[i];
            }
            previous = out[i];
        }
        int[] found = new int[ClapSections.values().length];
        for (ClapSections s : out) {
            found[s.ordinal()]++;
        }
        String said = "the header says " + (counts.valid() ? describe(new int[] {counts.workflows(), counts.entities(),
                counts.scenes(), counts.segments()}) : "unusable counts");
        findings.add(ClapFinding.warning("header", "", said + ", but by their fields the " + size + " items are "
                + describe(found) + "; items were placed by their fields"));
        return out;
    }

    private static ClapSections sliceOf(int i, Counts c) {
        if (i < c.workflows()) {
            return ClapSections.WORKFLOW;
        }
        if (i < c.workflows() + c.entities()) {
            return ClapSections.ENTITY;
        }
        if (i < c.workflows() + c.entities() + c.scenes()) {
            return ClapSections.SCENE;
        }
        return ClapSections.SEGMENT; // the reference reader takes everything after the scenes as segments
    }

    private static String describe(int[] counts) {
        ClapSections[] all = ClapSections.values();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) {
                b.append(i == all.length - 1 ? " and " : ", ");
            }
            b.append(counts[i]).append(' ').append(counts[i] == 1 ? all[i].singular : all[i].plural);
        }
        return b.toString();
    }

    private static Map<String, Object> headerExtras(Map<?, ?> header, List<ClapFinding> findings) {
        ClapItemFields f = new ClapItemFields(findings, "header", -1, "");
        Map<String, Object> out = null;
        for (Map.Entry<?, ?> e : header.entrySet()) {
            String k = f.key(e.getKey());
            switch (k) {
                case "format", "numberOfWorkflows", "numberOfEntities", "numberOfScenes", "numberOfSegments" -> { }
                case "numberOfModels" -> {
                    if (header.containsKey("numberOfEntities")) {
                        f.extra(k, e.getValue());
                    }
                }
                default -> f.extra(k, e.getValue());
            }
        }
        if (f.extras() != null) {
            out = new LinkedHashMap<>(f.extras());
        }
        return out;
    }
}

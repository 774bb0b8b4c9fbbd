package dev.slate.cli;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.SegmentCategory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@code slate inspect} shows of a project: counts, categories, tracks, characters, locations, findings. */
final class ProjectSummary {
    private final String source;
    private final ClapProject project;
    private final List<ClapFinding> findings;
    private final Map<String, Integer> categories;
    private final TreeMap<Integer, Map<String, Integer>> tracks = new TreeMap<>();

    ProjectSummary(String source, ClapReadResult read) {
        this.source = source;
        this.project = read.project();
        this.findings = read.findings();
        Map<String, Integer> perCategory = new HashMap<>();
        Map<Integer, Map<String, Integer>> perTrack = new HashMap<>();
        for (ClapSegment s : project.segments()) {
            perCategory.merge(s.category(), 1, Integer::sum);
            perTrack.computeIfAbsent(s.track(), k -> new HashMap<>()).merge(s.category(), 1, Integer::sum);
        }
        this.categories = byCountThenName(perCategory);
        perTrack.forEach((track, cats) -> tracks.put(track, byCountThenName(cats)));
    }

    /** Most frequent first; ties by name, so that output is stable. */
    private static Map<String, Integer> byCountThenName(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : entries) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private List<ClapEntity> entities(SegmentCategory category) {
        List<ClapEntity> out = new ArrayList<>();
        for (ClapEntity e : project.entities()) {
            if (e.category().equals(category.wire())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String name(ClapEntity e) {
        if (!e.triggerName().isEmpty()) {
            return e.triggerName();
        }
        return e.label().isEmpty() ? "(unnamed)" : e.label();
    }

    private static int sum(Map<String, Integer> counts) {
        int n = 0;
        for (int v : counts.values()) {
            n += v;
        }
        return n;
    }

    /** The JSON shape of {@code slate inspect --json}. */
    Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source);
        root.put("title", project.meta().title());
        root.put("durationInMs", project.meta().durationInMs());
        root.put("duration", Text.duration(project.meta().durationInMs()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("workflows", project.workflows().size());
        counts.put("entities", project.entities().size());
        counts.put("scenes", project.scenes().size());
        counts.put("segments", project.segments().size());
        root.put("counts", counts);
        root.put("categories", categories);
        List<Object> trackList = new ArrayList<>();
        tracks.forEach((track, cats) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("track", track);
            t.put("segments", sum(cats));
            t.put("categories", cats);
            trackList.add(t);
        });
        root.put("tracks", trackList);
        List<Object> characters = new ArrayList<>();
        for (ClapEntity e : entities(SegmentCategory.CHARACTER)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", e.id());
            c.put("name", name(e));
            c.put("triggerName", e.triggerName());
            c.put("label", e.label());
            c.put("age", e.age() > 0 ? e.age() : null);
            c.put("gender", e.gender().isEmpty() ? null : e.gender());
            characters.add(c);
        }
        root.put("characters", characters);
        List<Object> locations = new ArrayList<>();
        for (ClapEntity e : entities(SegmentCategory.LOCATION)) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", e.id());
            l.put("name", name(e));
            l.put("triggerName", e.triggerName());
            l.put("label", e.label());
            locations.add(l);
        }
        root.put("locations", locations);
        List<Object> fs = new ArrayList<>();
        for (ClapFinding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            m.put("item", f.item());
            m.put("field", f.field());
            m.put("message", f.message());
            fs.add(m);
        }
        root.put("findings", fs);
        return root;
    }

    /** The human summary. */
    void print(PrintWriter out) {
        String title = project.meta().title();
        out.println("file:        " + Text.oneLine(source));
        out.println("title:       " + (title.isEmpty() ? "(untitled)" : Text.oneLine(title)));
        out.println("duration:    " + Text.duration(project.meta().durationInMs()) + " ("
                + Text.number(project.meta().durationInMs()) + " ms)");
        out.println("counts:      " + Text.plural(project.workflows().size(), "workflow", "workflows") + ", "
                + Text.plural(project.entities().size(), "entity", "entities") + ", "
                + Text.plural(project.scenes().size(), "scene", "scenes") + ", "
                + Text.plural(project.segments().size(), "segment", "segments"));
        if (!categories.isEmpty()) {
            out.println("categories:");
            int width = 0;
            for (String c : categories.keySet()) {
                width = Math.max(width, Text.oneLine(c).length());
            }
            for (Map.Entry<String, Integer> e : categories.entrySet()) {
                out.printf("  %-" + width + "s  %d%n", Text.oneLine(e.getKey()), e.getValue());
            }
        }
        if (!tracks.isEmpty()) {
            out.println("tracks:");
            for (Map.Entry<Integer, Map<String, Integer>> t : tracks.entrySet()) {
                List<String> parts = new ArrayList<>();
                t.getValue().forEach((c, n) -> parts.add(Text.oneLine(c) + " " + n));
                out.printf("  %3d  %s%n", t.getKey(), String.join(", ", parts));
            }
        }
        List<ClapEntity> characters = entities(SegmentCategory.CHARACTER);
        out.println("characters:  " + characters.size());
        for (ClapEntity e : characters) {
            List<String> known = new ArrayList<>();
            if (e.age() > 0) {
                known.add("age " + e.age());
            }
            if (!e.gender().isEmpty()) {
                known.add(Text.oneLine(e.gender()));
            }
            out.println("  " + Text.oneLine(name(e)) + (known.isEmpty() ? "" : " (" + String.join(", ", known) + ")"));
        }
        List<ClapEntity> locations = entities(SegmentCategory.LOCATION);
        out.println("locations:   " + locations.size());
        for (ClapEntity e : locations) {
            out.println("  " + Text.oneLine(name(e)));
        }
        out.println("findings:    " + findings.size());
        for (ClapFinding f : findings) {
            out.println("  " + Text.oneLine(f.toString()));
        }
    }
}

package dev.slate.clap;

import java.util.List;
import java.util.Map;

/**
 * A whole OpenClap project, as one file holds it: metadata, workflows, entities, scenes and segments.
 * The header is not stored: its counts always come from the lists, so they cannot disagree.
 *
 * @param headerExtras unknown header fields, kept and written back
 */
public record ClapProject(
        ClapMeta meta,
        List<ClapWorkflow> workflows,
        List<ClapEntity> entities,
        List<ClapScene> scenes,
        List<ClapSegment> segments,
        Map<String, Object> headerExtras) {

    /** The only format the reference reader accepts. */
    public static final String FORMAT = "clap-0";

    public ClapProject {
        meta = meta == null ? ClapMeta.builder().build() : meta;
        workflows = Extras.list(workflows);
        entities = Extras.list(entities);
        scenes = Extras.list(scenes);
        segments = Extras.list(segments);
        headerExtras = Extras.copy(headerExtras);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private ClapMeta meta = ClapMeta.builder().build();
        private List<ClapWorkflow> workflows = List.of();
        private List<ClapEntity> entities = List.of();
        private List<ClapScene> scenes = List.of();
        private List<ClapSegment> segments = List.of();
        private Map<String, Object> headerExtras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapProject p) {
            meta = p.meta; workflows = p.workflows; entities = p.entities; scenes = p.scenes;
            segments = p.segments; headerExtras = p.headerExtras;
        }

        public Builder meta(ClapMeta v) { meta = v; return this; }
        public Builder workflows(List<ClapWorkflow> v) { workflows = v; return this; }
        public Builder entities(List<ClapEntity> v) { entities = v; return this; }
        public Builder scenes(List<ClapScene> v) { scenes = v; return this; }
        public Builder segments(List<ClapSegment> v) { segments = v; return this; }
        public Builder headerExtras(Map<String, Object> v) { headerExtras = v; return this; }

        public ClapProject build() {
            return new ClapProject(meta, workflows, entities, scenes, segments, headerExtras);
        }
    }
}

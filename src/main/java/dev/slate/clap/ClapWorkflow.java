package dev.slate.clap;

import java.util.List;
import java.util.Map;

/**
 * A generation workflow the project refers to. {@code inputFields} and {@code inputValues} are free-form
 * structures (lists and maps of YAML values) carried as read.
 *
 * @param engine a {@link WorkflowEngine} wire value, or an unknown value kept as read
 * @param category a {@link WorkflowCategory} wire value, or an unknown value kept as read
 * @param provider a {@link WorkflowProvider} wire value, or an unknown value kept as read
 */
public record ClapWorkflow(
        String id,
        String label,
        String description,
        List<String> tags,
        String author,
        String thumbnailUrl,
        boolean nonCommercial,
        String engine,
        String category,
        String provider,
        String data,
        String schema,
        List<Object> inputFields,
        Map<String, Object> inputValues,
        Map<String, Object> extras) {

    public ClapWorkflow {
        id = Extras.text(id);
        label = Extras.text(label);
        description = Extras.text(description);
        tags = Extras.list(tags);
        author = Extras.text(author);
        thumbnailUrl = Extras.text(thumbnailUrl);
        engine = engine == null || engine.isEmpty() ? WorkflowEngine.DEFAULT.wire() : ClapEnum.canonical(WorkflowEngine.class, engine);
        category = category == null || category.isEmpty() ? WorkflowCategory.IMAGE_GENERATION.wire() : ClapEnum.canonical(WorkflowCategory.class, category);
        provider = provider == null || provider.isEmpty() ? WorkflowProvider.NONE.wire() : ClapEnum.canonical(WorkflowProvider.class, provider);
        data = Extras.text(data);
        schema = Extras.text(schema);
        inputFields = Extras.list(inputFields);
        inputValues = Extras.copy(inputValues);
        extras = Extras.copy(extras);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private String id = "";
        private String label = "";
        private String description = "";
        private List<String> tags = List.of();
        private String author = "";
        private String thumbnailUrl = "";
        private boolean nonCommercial;
        private String engine = WorkflowEngine.DEFAULT.wire();
        private String category = WorkflowCategory.IMAGE_GENERATION.wire();
        private String provider = WorkflowProvider.NONE.wire();
        private String data = "";
        private String schema = "";
        private List<Object> inputFields = List.of();
        private Map<String, Object> inputValues = Extras.NONE;
        private Map<String, Object> extras = Extras.NONE;

        private Builder() {
        }

        private Builder(ClapWorkflow w) {
            id = w.id; label = w.label; description = w.description; tags = w.tags; author = w.author;
            thumbnailUrl = w.thumbnailUrl; nonCommercial = w.nonCommercial; engine = w.engine; category = w.category;
            provider = w.provider; data = w.data; schema = w.schema; inputFields = w.inputFields;
            inputValues = w.inputValues; extras = w.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder label(String v) { label = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder thumbnailUrl(String v) { thumbnailUrl = v; return this; }
        public Builder nonCommercial(boolean v) { nonCommercial = v; return this; }
        public Builder engine(WorkflowEngine v) { engine = v.wire(); return this; }
        public Builder engine(String v) { engine = v; return this; }
        public Builder category(WorkflowCategory v) { category = v.wire(); return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder provider(WorkflowProvider v) { provider = v.wire(); return this; }
        public Builder provider(String v) { provider = v; return this; }
        public Builder data(String v) { data = v; return this; }
        public Builder schema(String v) { schema = v; return this; }
        public Builder inputFields(List<Object> v) { inputFields = v; return this; }
        public Builder inputValues(Map<String, Object> v) { inputValues = v; return this; }
        public Builder extras(Map<String, Object> v) { extras = v; return this; }

        public ClapWorkflow build() {
            return new ClapWorkflow(id, label, description, tags, author, thumbnailUrl, nonCommercial, engine,
                    category, provider, data, schema, inputFields, inputValues, extras);
        }
    }
}

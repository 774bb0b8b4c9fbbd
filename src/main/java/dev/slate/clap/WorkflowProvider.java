package dev.slate.clap;

/** Who runs a workflow. */
public enum WorkflowProvider implements ClapEnum {
    NONE, BUILTIN, CUSTOM, AITUBE, ANTHROPIC, BIGMODEL, CIVITAI, COHERE, COMFYDEPLOY, COMFYICU,
    /** The reference spells this value {@code COMFUI} and accepts only that exact spelling. */
    COMFYUI("COMFUI"),
    ELEVENLABS, EVERARTAI, FALAI, FIREWORKSAI, GOOGLE, GROQ, HEDRA, HOTSHOT, HUGGINGFACE, KITSAI, KUAISHOU,
    LEONARDOAI, LETZAI, LUMALABS, MIDJOURNEY, MISTRALAI, MODELSLAB, OPENAI, PIAPI, REPLICATE, RUNWAYML,
    STABILITYAI, SUNO, UDIO;

    private final String wire;

    WorkflowProvider() {
        this.wire = null;
    }

    WorkflowProvider(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire != null ? wire : name();
    }
}

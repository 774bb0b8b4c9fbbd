package dev.slate.clap;

/** How a workflow is run. */
public enum WorkflowEngine implements ClapEnum {
    DEFAULT, REST_API, GRADIO_API, OPENCLAP, COMFYUI_WORKFLOW, FALAI_WORKFLOW, GLIF_WORKFLOW, VISUALBLOCKS_WORKFLOW;

    @Override
    public String wire() {
        return name();
    }
}

package dev.slate.fuzz;

import java.util.List;

/**
 * One reader under fuzzing: its name, the syntax it reads, the files whose mutations it is fed, the call
 * that reads one input, and the exception that is its documented way of refusing one.
 *
 * @param seedGlobs paths relative to the project, with {@code *} wildcards ({@code corpus/*}{@code /*.txt})
 * @param extension the file extension the input is named with in messages
 * @param slowness how many times slower than text one input is: a run gives the target {@code 1/slowness} of
 *     its inputs, so that the slowest reader does not set the length of the build
 */
record FuzzTarget(String name, InputKind kind, String extension, List<String> seedGlobs, Call call,
        Class<? extends Exception> refusal, int slowness) {

    FuzzTarget(String name, InputKind kind, String extension, List<String> seedGlobs, Call call,
            Class<? extends Exception> refusal) {
        this(name, kind, extension, seedGlobs, call, refusal, 1);
    }

    /** This target's share of a run of {@code inputs} per reader. */
    int inputs(int inputs) {
        // the sample in every build gives a slow reader fewer inputs; the full run gives every reader all of them
        return Boolean.getBoolean("fuzz.full") ? inputs : Math.max(1, inputs / slowness);
    }

    /** Reads one input fully, through everything a user's request would go through. */
    @FunctionalInterface
    interface Call {
        void read(byte[] input, String name) throws Exception;
    }

    /** The name the input goes by in messages; a refusal must mention it. */
    String inputName() {
        return "fuzzed." + extension;
    }

    @Override
    public String toString() {
        return name;
    }
}

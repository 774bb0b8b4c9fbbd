package dev.slate.cli;

import dev.slate.convert.ConvertOptions;
import picocli.CommandLine.Option;

/**
 * The conversion's rates and picture size as options. Each field starts at the library's default
 * ({@link ConvertOptions#defaults()}), which picocli takes as the option's default and shows in --help:
 * one source for the numbers, so the help can never drift from what the library does.
 */
final class TimingOptions {
    private static final ConvertOptions DEFAULTS = ConvertOptions.defaults();

    @Option(names = "--words-per-minute", paramLabel = "N",
            description = "Speaking rate of dialogue. Default: ${DEFAULT-VALUE}.")
    double wordsPerMinute = DEFAULTS.wordsPerMinute();

    @Option(names = "--action-ms-per-line", paramLabel = "MS",
            description = "Screen time of one line of action or description as it stands on the page. "
                    + "Default: ${DEFAULT-VALUE}.")
    long actionMsPerLine = DEFAULTS.actionMsPerLine();

    @Option(names = "--parenthetical-beat-ms", paramLabel = "MS",
            description = "Pause a parenthetical adds to its speech. Default: ${DEFAULT-VALUE}.")
    long parentheticalBeatMs = DEFAULTS.parentheticalBeatMs();

    @Option(names = "--speech-pause-ms", paramLabel = "MS",
            description = "Pause after each speech, before the next event. Default: ${DEFAULT-VALUE}.")
    long speechPauseMs = DEFAULTS.speechPauseMs();

    @Option(names = "--min-event-ms", paramLabel = "MS",
            description = "Shortest event: a one-word line still takes a moment on screen. Default: ${DEFAULT-VALUE}.")
    long minEventMs = DEFAULTS.minEventMs();

    @Option(names = "--transition-ms", paramLabel = "MS",
            description = "Length of a transition (CUT TO:, DISSOLVE TO:). Default: ${DEFAULT-VALUE}.")
    long transitionMs = DEFAULTS.transitionMs();

    @Option(names = "--establishing-ms", paramLabel = "MS",
            description = "Establishing shot that opens each scene. Default: ${DEFAULT-VALUE}.")
    long establishingMs = DEFAULTS.establishingMs();

    @Option(names = "--card-ms", paramLabel = "MS",
            description = "A time card, super or title card. Default: ${DEFAULT-VALUE}.")
    long cardMs = DEFAULTS.cardMs();

    @Option(names = "--width", paramLabel = "PX", description = "Picture width in pixels. Default: ${DEFAULT-VALUE}.")
    int width = DEFAULTS.width();

    @Option(names = "--height", paramLabel = "PX", description = "Picture height in pixels. Default: ${DEFAULT-VALUE}.")
    int height = DEFAULTS.height();

    /** @throws IllegalArgumentException when a rate or size is out of range */
    ConvertOptions toOptions() {
        return DEFAULTS
                .withWordsPerMinute(wordsPerMinute)
                .withActionMsPerLine(actionMsPerLine)
                .withParentheticalBeatMs(parentheticalBeatMs)
                .withSpeechPauseMs(speechPauseMs)
                .withMinEventMs(minEventMs)
                .withTransitionMs(transitionMs)
                .withEstablishingMs(establishingMs)
                .withCardMs(cardMs)
                .withSize(width, height);
    }
}

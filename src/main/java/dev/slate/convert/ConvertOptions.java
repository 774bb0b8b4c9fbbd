package dev.slate.convert;

import java.time.Instant;

/**
 * How a screenplay becomes a timeline: the rates that turn words and lines into screen time, and the
 * project's picture size. Defaults are calibrated on the corpus so that a script runs about a minute
 * per page (see the README).
 *
 * @param wordsPerMinute the speaking rate of dialogue
 * @param parentheticalBeatMs the pause a parenthetical adds to its speech
 * @param speechPauseMs the pause around each speech, as one speaker hands over to the next
 * @param actionMsPerLine screen time of one line of action or description as it stands on the page
 * @param minEventMs the shortest event (a one-word line still takes a moment on screen)
 * @param transitionMs a transition's length
 * @param establishingMs the establishing shot that opens each scene
 * @param cardMs a time card, super or title card
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param createdAt the timestamp written on every segment; null for the time of conversion
 */
public record ConvertOptions(
        double wordsPerMinute,
        long parentheticalBeatMs,
        long speechPauseMs,
        long actionMsPerLine,
        long minEventMs,
        long transitionMs,
        long establishingMs,
        long cardMs,
        int width,
        int height,
        Instant createdAt) {

    public static final double DEFAULT_WORDS_PER_MINUTE = 160;
    public static final long DEFAULT_PARENTHETICAL_BEAT_MS = 800;
    public static final long DEFAULT_SPEECH_PAUSE_MS = 900;
    public static final long DEFAULT_ACTION_MS_PER_LINE = 2000;
    public static final long DEFAULT_MIN_EVENT_MS = 1000;
    public static final long DEFAULT_TRANSITION_MS = 1000;
    public static final long DEFAULT_ESTABLISHING_MS = 2000;
    public static final long DEFAULT_CARD_MS = 2500;

    public ConvertOptions {
        if (wordsPerMinute <= 0 || parentheticalBeatMs < 0 || speechPauseMs < 0 || actionMsPerLine <= 0 || minEventMs <= 0 || transitionMs < 0
                || establishingMs < 0 || cardMs <= 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("rates and sizes must be positive");
        }
    }

    public static ConvertOptions defaults() {
        return new ConvertOptions(DEFAULT_WORDS_PER_MINUTE, DEFAULT_PARENTHETICAL_BEAT_MS, DEFAULT_SPEECH_PAUSE_MS, DEFAULT_ACTION_MS_PER_LINE,
                DEFAULT_MIN_EVENT_MS, DEFAULT_TRANSITION_MS, DEFAULT_ESTABLISHING_MS, DEFAULT_CARD_MS, 1024, 576, null);
    }

    public ConvertOptions withWordsPerMinute(double v) {
        return new ConvertOptions(v, parentheticalBeatMs, speechPauseMs, actionMsPerLine, minEventMs, transitionMs, establishingMs, cardMs, width, height, createdAt);
    }

    public ConvertOptions withParentheticalBeatMs(long v) {
        return new ConvertOptions(wordsPerMinute, v, speechPauseMs, actionMsPerLine, minEventMs, transitionMs, establishingMs, cardMs, width, height, createdAt);
    }

    public ConvertOptions withSpeechPauseMs(long v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, v, actionMsPerLine, minEventMs, transitionMs, establishingMs, cardMs, width, height, createdAt);
    }

    public ConvertOptions withActionMsPerLine(long v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, v, minEventMs, transitionMs, establishingMs, cardMs, width, height, createdAt);
    }

    public ConvertOptions withMinEventMs(long v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, actionMsPerLine, v, transitionMs, establishingMs, cardMs, width, height, createdAt);
    }

    public ConvertOptions withTransitionMs(long v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, actionMsPerLine, minEventMs, v, establishingMs, cardMs, width, height, createdAt);
    }

    public ConvertOptions withEstablishingMs(long v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, actionMsPerLine, minEventMs, transitionMs, v, cardMs, width, height, createdAt);
    }

    public ConvertOptions withCardMs(long v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, actionMsPerLine, minEventMs, transitionMs, establishingMs, v, width, height, createdAt);
    }

    public ConvertOptions withCreatedAt(Instant v) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, actionMsPerLine, minEventMs, transitionMs, establishingMs, cardMs, width, height, v);
    }

    public ConvertOptions withSize(int w, int h) {
        return new ConvertOptions(wordsPerMinute, parentheticalBeatMs, speechPauseMs, actionMsPerLine, minEventMs, transitionMs,
                establishingMs, cardMs, w, h, createdAt);
    }
}

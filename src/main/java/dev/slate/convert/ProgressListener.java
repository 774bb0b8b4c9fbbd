package dev.slate.convert;

/** Told how a conversion is going: parsing, converting, writing, each from 0 to 1. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (stage, fraction) -> { };

    /**
     * @param stage {@code read}, {@code parse}, {@code convert} or {@code write}
     * @param fraction how much of that stage is done, 0 to 1
     */
    void progress(String stage, double fraction);
}

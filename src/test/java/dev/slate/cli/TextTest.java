package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0:00:00.000",
        "83456, 0:01:23.456",
        "999.6, 0:00:01.000",
        "3600000, 1:00:00.000",
        "36000001, 10:00:00.001",
        "-1500, -0:00:01.500",
        "NaN, unknown",
        "Infinity, unknown"})
    void durationsReadAsHoursMinutesSecondsAndMilliseconds(double ms, String expected) {
        assertThat(Text.duration(ms)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1k, 1024", "2K, 2048", "3M, 3145728", "1G, 1073741824", "5KB, 5120", "5KiB, 5120", "7 M, 7340032"})
    void sizesTakeBinarySuffixes(String text, long expected) {
        assertThat(Sizes.parse(text)).isEqualTo(expected);
    }
}

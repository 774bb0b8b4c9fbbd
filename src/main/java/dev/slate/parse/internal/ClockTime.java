package dev.slate.parse.internal;

/**
 * A clock time as a heading ends with one: {@code 4:00 AM}, {@code 11:40 P.M.}, {@code 23:40}, {@code 23H30},
 * {@code 22 UHR}, {@code 0400 HOURS}. The words after the digits are the grammar's ({@code time.clock}), and those
 * of a twelve-hour clock are in {@code time.clock.am} and {@code time.clock.pm} too.
 */
public final class ClockTime {
    private ClockTime() {
    }

    /**
     * The hour, 0 to 23, of a clock time in capitals, or -1 when the text is none: digits alone are a clock time
     * only with minutes ({@code 23:40}), so that a year or a room number is not one.
     */
    public static int hour(String upper, Grammar grammar) {
        int n = upper.length();
        int digits = 0;
        while (digits < n && Shapes.isAsciiDigit(upper.charAt(digits))) {
            digits++;
        }
        int hour;
        int minutes = -1;
        int i = digits;
        if (digits == 1 || digits == 2) {
            hour = number(upper, 0, digits);
            if (i + 2 < n && isMinuteSeparator(upper.charAt(i)) && Shapes.isAsciiDigit(upper.charAt(i + 1))
                    && Shapes.isAsciiDigit(upper.charAt(i + 2))) {
                minutes = number(upper, i + 1, i + 3);
                i += 3;
            }
        } else if (digits == 4) {
            hour = number(upper, 0, 2); // military time: 0400 HOURS
            minutes = number(upper, 2, 4);
        } else {
            return -1;
        }
        String words = upper.substring(i).strip();
        if (words.isEmpty() ? minutes < 0 || digits == 4 : !grammar.has("time.clock", words)) {
            return -1;
        }
        if (minutes > 59) {
            return -1;
        }
        boolean pm = grammar.has("time.clock.pm", words);
        boolean twelveHours = pm || grammar.has("time.clock.am", words);
        if (twelveHours) {
            if (hour < 1 || hour > 12) {
                return -1;
            }
            return pm ? hour % 12 + 12 : hour % 12;
        }
        return hour <= 24 ? hour % 24 : -1;
    }

    private static boolean isMinuteSeparator(char c) {
        return c == ':' || c == '.' || c == 'H';
    }


    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }
}

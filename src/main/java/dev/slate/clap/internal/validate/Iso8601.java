package dev.slate.clap.internal.validate;

/**
 * ISO 8601 calendar dates and date-times in the extended format, as tools write them:
 * {@code 2024-01-31}, {@code 2024-01-31T10:00Z}, {@code 2024-01-31T10:00:00.123Z},
 * {@code 2024-01-31T10:00:00+02:00}. A hand-written scanner: it runs once per segment.
 */
public final class Iso8601 {
    private Iso8601() {
    }

    public static boolean isDateOrDateTime(String s) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2)) {
            return false;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 2);
        int day = num(s, 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return false;
        }
        if (n == 10) {
            return true;
        }
        if (s.charAt(10) != 'T' || n < 16 || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)) {
            return false;
        }
        int hour = num(s, 11, 2);
        int minute = num(s, 14, 2);
        int i = 16;
        int second = 0;
        if (i < n && s.charAt(i) == ':') {
            if (!digits(s, i + 1, 2)) {
                return false;
            }
            second = num(s, i + 1, 2);
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return false;
                }
            }
        }
        // 24:00 is ISO's end of day; 60 a leap second
        if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute != 0 || second != 0))) {
            return false;
        }
        return i == n || zone(s, i);
    }

    private static boolean zone(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == 'Z') {
            return i + 1 == n;
        }
        if (c != '+' && c != '-') {
            return false;
        }
        if (!digits(s, i + 1, 2) || num(s, i + 1, 2) > 23) {
            return false;
        }
        int rest = n - (i + 3);
        if (rest == 0) {
            return true;
        }
        int m = i + 3;
        if (s.charAt(m) == ':') {
            m++;
        }
        return n - m == 2 && digits(s, m, 2) && num(s, m, 2) <= 59;
    }

    private static int daysIn(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}

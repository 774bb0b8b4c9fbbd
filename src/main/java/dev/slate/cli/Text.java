package dev.slate.cli;

/** Small text helpers for one-line output. */
final class Text {
    private Text() {
    }

    /** Line breaks and other control characters shown escaped, so that one message stays one line. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b == null) {
                continue;
            }
            if (!control) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code h:mm:ss.mmm}, rounded to the millisecond; {@code unknown} for NaN or infinity. */
    static String duration(double ms) {
        if (!Double.isFinite(ms)) {
            return "unknown";
        }
        long total = Math.round(Math.abs(ms));
        String sign = ms < 0 && total > 0 ? "-" : "";
        long h = total / 3_600_000;
        long m = total / 60_000 % 60;
        long s = total / 1000 % 60;
        long milli = total % 1000;
        return String.format("%s%d:%02d:%02d.%03d", sign, h, m, s, milli);
    }

    /** A whole number without a fraction ({@code 3000}), anything else as Java prints a double. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

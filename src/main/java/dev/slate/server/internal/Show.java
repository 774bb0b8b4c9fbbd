package dev.slate.server.internal;

/** Client-supplied text made fit for a one-line message: short, no control characters. */
final class Show {
    private static final int MAX = 80;

    private Show() {
    }

    static String clip(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 3);
        for (int i = 0; i < s.length() && b.length() < MAX; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return s.length() > MAX ? b + "..." : b.toString();
    }
}

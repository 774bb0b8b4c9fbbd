package dev.slate.clap.internal.validate;

/** UUID v4 syntax, checked by hand: a regex per id would dominate validating a large file. */
public final class Uuids {
    private Uuids() {
    }

    /**
     * True for {@code xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx} with hex digits (either case), version 4 and
     * the RFC 4122 variant ({@code N} one of 8, 9, a, b).
     */
    public static boolean isV4(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!isHex(c)) {
                return false;
            }
        }
        char variant = Character.toLowerCase(s.charAt(19));
        return s.charAt(14) == '4' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

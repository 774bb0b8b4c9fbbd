package dev.slate.source.internal.html;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.translate.EntityArrays;

/**
 * Decodes a page's character references: {@code &amp;}, HTML 4's other names and {@code &apos;}, and numbers
 * ({@code &#8212;}, {@code &#x2014;}). The names are commons-text's tables; the decoding is a pass of its own,
 * because commons-text's translator looks every position of a text up in each table, which took longer than
 * parsing the script the page holds. A reference that names nothing ({@code &bogus;}, {@code & more}) stays text.
 */
final class CharacterReferences {
    /** {@code &name;} to its text. */
    private static final Map<String, String> NAMED = named();
    /** The longest reference looked for: {@code &thetasym;}, {@code &#x10FFFF;}. */
    private static final int LONGEST = 12;

    private CharacterReferences() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (amp >= 0) {
            int semicolon = semicolon(text, amp);
            String decoded = semicolon < 0 ? null : reference(text, amp, semicolon);
            if (decoded != null) {
                out.append(text, from, amp).append(decoded);
                from = semicolon + 1;
            }
            amp = text.indexOf('&', decoded != null ? from : amp + 1);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The {@code ;} that ends the reference at {@code amp}, or -1 when no reference's characters lead to one. */
    private static int semicolon(String text, int amp) {
        for (int k = amp + 1, end = Math.min(text.length(), amp + LONGEST); k < end; k++) {
            char c = text.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (c >= 128 || !Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private static String reference(String text, int amp, int semicolon) {
        if (text.charAt(amp + 1) != '#') {
            return NAMED.get(text.substring(amp, semicolon + 1));
        }
        boolean hex = amp + 2 < semicolon && (text.charAt(amp + 2) == 'x' || text.charAt(amp + 2) == 'X');
        int digits = amp + (hex ? 3 : 2);
        if (digits == semicolon) {
            return null;
        }
        int code = 0;
        for (int k = digits; k < semicolon; k++) {
            int d = Character.digit(text.charAt(k), hex ? 16 : 10);
            if (d < 0) {
                return null;
            }
            code = code * (hex ? 16 : 10) + d;
            if (code > Character.MAX_CODE_POINT) {
                return null;
            }
        }
        // no NUL, no lone surrogate: what a reference cannot stand for stays as written
        return code == 0 || Character.getType(code) == Character.SURROGATE ? null : new String(Character.toChars(code));
    }

    private static Map<String, String> named() {
        Map<String, String> m = new HashMap<>();
        for (Map<CharSequence, CharSequence> table : java.util.List.of(EntityArrays.BASIC_UNESCAPE,
                EntityArrays.APOS_UNESCAPE, EntityArrays.ISO8859_1_UNESCAPE, EntityArrays.HTML40_EXTENDED_UNESCAPE)) {
            table.forEach((name, value) -> m.put(name.toString(), value.toString()));
        }
        return m;
    }
}

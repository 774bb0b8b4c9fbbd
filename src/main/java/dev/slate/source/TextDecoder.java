package dev.slate.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text the way scripts arrive: UTF-8 with or without a byte-order mark, UTF-16 with one (or
 * without, when the zero bytes give it away), and Windows-1252 for anything that is not valid UTF-8,
 * since that is what word processors on Windows save.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new DecodedText(lenientUtf8(bytes, 3), "UTF-8 (BOM)");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new DecodedText(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new DecodedText(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new DecodedText(utf16.substring(1), utf16.charAt(0) == 'L' ? "UTF-16LE" : "UTF-16BE");
        }
        // The JDK's own decoding is the fastest, and marks every malformed sequence with U+FFFD; only text that
        // holds one (a few do, written as such) needs the strict decoder to tell the two apart.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || isUtf8(bytes)) {
            return new DecodedText(utf8, "UTF-8");
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            strict.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The bytes decoded, when they are text; else refused with why they are not a {@code kind} ({@code "Fountain
     * script"}, {@code "web page"}) in the words of {@link #whyNotText}.
     */
    public static DecodedText decodeScript(byte[] bytes, String kind) throws UnreadableScriptException {
        String why = whyNotText(bytes);
        if (why != null) {
            throw new UnreadableScriptException(why.replace("plain-text script", kind));
        }
        return decode(bytes);
    }

    /**
     * Why these bytes are not a plain-text script, or null when they are: a PDF, binary data (a zero byte
     * outside UTF-16), or mostly control characters. UTF-16 text passes: its zero bytes are regular.
     */
    public static String whyNotText(byte[] bytes) {
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return "a PDF, not plain text";
        }
        if (decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096))).charset().startsWith("UTF-16")) {
            return null;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary data at byte " + i + ", not a plain-text script";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 20 > n ? "mostly control characters, not a plain-text script" : null;
    }

    private static String lenientUtf8(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    /**
     * Plain-text UTF-16 without a BOM shows as a zero byte in every other position; returns the text
     * prefixed with 'L' or 'B' for the byte order, or null when the bytes do not look like UTF-16.
     */
    private static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
            return "L" + new String(bytes, 0, bytes.length & ~1, StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
            return "B" + new String(bytes, 0, bytes.length & ~1, StandardCharsets.UTF_16BE);
        }
        return null;
    }
}

package dev.slate.clap.internal;

import dev.slate.clap.ClapFormatException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns the bytes of a {@code .clap} file into YAML text under the size limits: gzip detected by its magic
 * bytes, decompressed through a bound that stops a gzip bomb at the limit, then strict UTF-8.
 */
public final class ClapReadInput {
    private ClapReadInput() {
    }

    /** The bytes read and how many of them count. */
    public record Bytes(byte[] data, int length) {
    }

    /** Reads a whole stream, refusing to go past {@code max} bytes. I/O errors pass through as IOException. */
    public static Bytes readAll(InputStream in, long max, String source) throws IOException, ClapFormatException {
        byte[] buf = new byte[64 * 1024];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (len > max) {
                    break;
                }
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, (long) buf.length * 2));
                if (len == buf.length) {
                    throw new ClapFormatException(source, null, "file larger than 2 GB");
                }
            }
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                break;
            }
            len += r;
            if (len > max) {
                break;
            }
        }
        if (len > max) {
            throw tooBig(source, "file size", max, "--max-compressed-bytes");
        }
        return new Bytes(buf, len);
    }

    public static boolean isGzip(byte[] data, int length) {
        return length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
    }

    /** Gunzips {@code data}, counting output bytes and stopping as soon as they pass {@code max}. */
    public static Bytes gunzip(byte[] data, int length, long max, String source) throws ClapFormatException {
        long cap = Math.min(max, Integer.MAX_VALUE - 17L) + 1; // one byte past the limit shows it was passed
        int hint = 64 * 1024;
        if (length >= 18) { // ISIZE, the last member's size mod 2^32: a good first guess for one member
            long isize = (data[length - 4] & 0xffL) | (data[length - 3] & 0xffL) << 8 | (data[length - 2] & 0xffL) << 16
                    | (data[length - 1] & 0xffL) << 24;
            // never trust it beyond a plausible ratio: a tiny bomb must not reserve a huge buffer up front
            long plausible = Math.min(32L * length + hint, Math.min(cap, 512L * 1024 * 1024));
            hint = (int) Math.max(hint, Math.min(isize + 1, plausible));
        }
        byte[] out = new byte[hint];
        int len = 0;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data, 0, length), 64 * 1024)) {
            while (true) {
                if (len == out.length) {
                    if (len > max) {
                        break;
                    }
                    long bigger = Math.min((long) out.length * 2, cap);
                    if (bigger <= out.length) {
                        throw new ClapFormatException(source, null, "decompressed YAML larger than 2 GB");
                    }
                    out = Arrays.copyOf(out, (int) bigger);
                }
                int r = in.read(out, len, out.length - len);
                if (r < 0) {
                    break;
                }
                len += r;
                if (len > max) {
                    break;
                }
            }
        } catch (EOFException e) {
            throw new ClapFormatException(source, null, "the gzip data is truncated");
        } catch (ZipException e) {
            throw new ClapFormatException(source, null, "not valid gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ClapFormatException(source, null, "cannot gunzip: " + e.getMessage());
        }
        if (len > max) {
            throw tooBig(source, "decompressed size", max, "--max-decompressed-bytes");
        }
        return new Bytes(out, len);
    }

    public static ClapFormatException tooBig(String source, String what, long max, String option) {
        return new ClapFormatException(source, null, what + " exceeds " + max + " bytes (" + option + ")");
    }

    /**
     * Text decoded from bytes: {@code data[0..length)}. {@code plain} tells that every char is printable
     * ASCII, tab or line feed: no carriage return, byte order mark or control character to look at again.
     */
    public record Chars(char[] data, int length, boolean plain) {
    }

    /** Strict UTF-8 to chars; a malformed byte sequence is an error naming its line. */
    public static Chars utf8(byte[] data, int length, String source) throws ClapFormatException {
        char[] out = new char[length]; // never fewer bytes than chars
        int i = 0;
        boolean plain = true;
        for (; i < length; i++) { // ASCII straight across, noting anything a YAML reader must look at twice
            byte b = data[i];
            if (b < 0x20 || b == 0x7f) {
                if (b < 0) {
                    break;
                }
                if (b != '\n' && b != '\t') {
                    plain = false;
                }
            }
            out[i] = (char) b;
        }
        if (i == length) {
            return new Chars(out, length, plain);
        }
        // The JDK's decoder replaces bad input with U+FFFD, so only a text that contains U+FFFD needs the
        // strict (slower) pass to tell a real U+FFFD from a decoding error.
        String rest = new String(data, i, length - i, StandardCharsets.UTF_8);
        if (rest.indexOf('\ufffd') >= 0) {
            strictCheck(data, length, source);
        }
        rest.getChars(0, rest.length(), out, i);
        return new Chars(out, i + rest.length(), false);
    }

    private static void strictCheck(byte[] data, int length, String source) throws ClapFormatException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (data[i] == '\n') {
                        line++;
                    }
                }
                throw new ClapFormatException(source, "line " + line, "not valid UTF-8 (byte offset " + at + ")");
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        try {
            dec.flush(out);
        } catch (RuntimeException e) {
            throw new ClapFormatException(source, null, "not valid UTF-8");
        }
    }
}

package dev.slate.cli;

import dev.slate.Slate;
import dev.slate.source.ScriptText;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import dev.slate.source.UnreadableScriptException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a script a command names ({@code -} for standard input), within a size limit, and refuses what
 * is not text, with one line naming the file and the reason.
 */
final class ScriptInput {
    static final long DEFAULT_MAX_BYTES = 64L << 20;

    private ScriptInput() {
    }

    static ScriptText read(String file, long maxBytes, InputStream stdin, ScriptFormat format, int maxPdfPages)
            throws UserError {
        String name = Inputs.displayName(file);
        byte[] bytes;
        if (Inputs.STDIN.equals(file)) {
            bytes = readAtMost(stdin, maxBytes, name);
        } else {
            Path path = Inputs.path(file);
            if (Files.isDirectory(path)) {
                throw new UserError(file + ": is a directory");
            }
            if (!Files.exists(path)) {
                throw new UserError(file + ": no such file");
            }
            try {
                Slate.checkFormat(path);
            } catch (Slate.ScriptException e) {
                throw new UserError(e.getMessage(), e);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readAtMost(in, maxBytes, name);
            } catch (IOException e) {
                throw new UserError(file + ": " + Inputs.describe(e), e);
            }
        }
        ScriptFormat f = ScriptFormat.detect(format, Inputs.STDIN.equals(file) ? null : file, null, bytes);
        try {
            return ScriptSources.read(bytes, f, maxPdfPages);
        } catch (UnreadableScriptException e) {
            throw new UserError(name + ": " + e.getMessage());
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes, String name) throws UserError {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UserError(name + ": larger than " + maxBytes + " bytes (--max-input-bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UserError(name + ": " + Inputs.describe(e), e);
        }
    }
}

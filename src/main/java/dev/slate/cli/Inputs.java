package dev.slate.cli;

import dev.slate.clap.ClapFormatException;
import dev.slate.clap.ClapLimits;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/** Reads the .clap a command names, {@code -} meaning standard input, turning I/O failures into one line. */
final class Inputs {
    static final String STDIN = "-";
    static final String STDIN_NAME = "<stdin>";

    private Inputs() {
    }

    static String displayName(String file) {
        return STDIN.equals(file) ? STDIN_NAME : file;
    }

    static ClapReadResult read(String file, ClapLimits limits, InputStream stdin)
            throws UserError, ClapFormatException {
        ClapReader reader = new ClapReader(limits);
        if (STDIN.equals(file)) {
            try {
                return reader.read(stdin, STDIN_NAME);
            } catch (IOException e) {
                throw new UserError(STDIN_NAME + ": " + describe(e), e);
            }
        }
        Path path = path(file);
        if (Files.isDirectory(path)) {
            throw new UserError(file + ": is a directory");
        }
        if (!Files.exists(path)) {
            throw new UserError(file + ": no such file");
        }
        // read the stream ourselves so that messages name the file as the user typed it, not its bare name
        try (InputStream in = Files.newInputStream(path)) {
            return reader.read(in, file);
        } catch (IOException e) {
            throw new UserError(file + ": " + describe(e), e);
        }
    }

    static Path path(String file) throws UserError {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UserError(file + ": not a valid path");
        }
    }

    /** What went wrong, in a few words, without repeating the file name. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof EOFException) {
            return "unexpected end of file (truncated?)";
        }
        if (e instanceof ZipException) {
            return "not a valid gzip stream (" + Text.oneLine(e.getMessage()) + ")";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return Text.oneLine(((FileSystemException) e).getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : Text.oneLine(m);
    }
}

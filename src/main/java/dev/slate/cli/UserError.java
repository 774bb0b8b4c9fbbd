package dev.slate.cli;

/**
 * Input the command line cannot use (a missing file, an I/O error, an unwritable output): the message is
 * one line naming the file and the reason, shown as {@code slate: <message>} with exit code 1.
 */
final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}

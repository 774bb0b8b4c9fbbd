package dev.slate.server.internal;

/** The name a converted script is offered under ({@code Content-Disposition}). */
public final class RoutesNames {
    private RoutesNames() {
    }

    /** {@code coyles-well.txt} gives {@code coyles-well.clap}; only safe characters reach the header. */
    public static String clapName(String fileName) {
        String base = fileName == null ? "" : fileName.substring(
                Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String safe = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        return (safe.isEmpty() || safe.startsWith(".") ? "script" : safe) + ".clap";
    }
}

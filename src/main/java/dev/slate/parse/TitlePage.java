package dev.slate.parse;

import java.util.List;

/**
 * The title page, when the script has one.
 *
 * @param title its first line, the script's title
 * @param lines every title page line, as written
 */
public record TitlePage(String title, List<String> lines, int startLine, int endLine) {

    public static final TitlePage NONE = new TitlePage("", List.of(), 0, 0);

    public TitlePage {
        lines = List.copyOf(lines);
    }

    public boolean isPresent() {
        return !lines.isEmpty();
    }
}

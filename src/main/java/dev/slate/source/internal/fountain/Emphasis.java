package dev.slate.source.internal.fountain;

/**
 * Removes Fountain's emphasis ({@code *italic*}, {@code **bold**}, {@code _underline_}) and its escapes
 * ({@code \*}) from a line, so prompts and names read as words. A mark counts only when paired on the
 * same line, opening before a non-space and closing after one, so {@code 2 * 3} and {@code file_name}
 * keep their characters. One pass with a stack of open marks per character, a closing mark pairing
 * with the nearest open one: linear in the line's length whatever the marks.
 */
final class Emphasis {
    private Emphasis() {
    }

    static String strip(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('\\') < 0) {
            return s;
        }
        int n = s.length();
        boolean[] drop = new boolean[n];
        int[][] openAt = {new int[n], new int[n]}; // per mark: '*' then '_'
        int[][] openLen = {new int[n], new int[n]};
        int[] depth = new int[2];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && isMark(s.charAt(i + 1))) {
                drop[i] = true;
                i += 2;
                continue;
            }
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == c) {
                j++;
            }
            boolean canOpen = j < n && !Character.isWhitespace(s.charAt(j))
                    && (c == '*' || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
            boolean canClose = i > 0 && !Character.isWhitespace(s.charAt(i - 1))
                    && (c == '*' || j == n || !Character.isLetterOrDigit(s.charAt(j)));
            int m = c == '*' ? 0 : 1;
            if (canClose && depth[m] > 0) {
                int d = --depth[m];
                for (int k = openAt[m][d]; k < openAt[m][d] + openLen[m][d]; k++) {
                    drop[k] = true;
                }
                for (int k = i; k < j; k++) {
                    drop[k] = true;
                }
            } else if (canOpen) {
                openAt[m][depth[m]] = i;
                openLen[m][depth[m]] = j - i;
                depth[m]++;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            if (!drop[k]) {
                b.append(s.charAt(k));
            }
        }
        return b.toString();
    }

    private static boolean isMark(char c) {
        return c == '*' || c == '_' || c == '\\' || c == '[' || c == ']' || c == '/' || c == '#' || c == '>'
                || c == '<' || c == '~' || c == '=' || c == '!' || c == '@' || c == '.' || c == '^';
    }
}

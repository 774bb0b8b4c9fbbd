package dev.slate.clap.internal.yaml;

/**
 * Reads a YAML text into plain Java values: the fast block-style parser first, the general
 * snakeyaml-engine path when the text leaves the fast parser's subset. Both give the same values for
 * any text the fast parser accepts (a differential test holds them to it).
 */
public final class YamlReader {
    private YamlReader() {
    }

    /**
     * @param text the YAML, without carriage returns or byte order mark (see {@link #normalize})
     * @param length how many chars of {@code text} to read
     * @param plain every char is known to be printable ASCII, tab or line feed
     */
    public static YamlReaderStream read(char[] text, int length, boolean plain, int maxAliases, int maxDepth,
            int maxScalar) throws YamlReaderError {
        String reason;
        try {
            return YamlParser.parse(text, length, plain, maxDepth, maxScalar);
        } catch (YamlParserGiveUp giveUp) {
            reason = giveUp.getMessage();
        }
        return YamlLoader.load(new String(text, 0, length), maxAliases, maxDepth, maxScalar).withSlowPathReason(reason);
    }

    /**
     * Drops a leading byte order mark and turns CRLF and lone CR line breaks into LF, in place, as every
     * YAML reader does before anything else. Returns the new length.
     */
    public static int normalize(char[] text, int length) {
        int start = length > 0 && text[0] == '\ufeff' ? 1 : 0;
        int i = start;
        while (i < length && text[i] != '\r') {
            i++;
        }
        if (start == 0 && i == length) {
            return length;
        }
        int out = i - start;
        if (start > 0) {
            System.arraycopy(text, start, text, 0, out);
        }
        for (; i < length; i++) {
            char c = text[i];
            if (c == '\r') {
                text[out++] = '\n';
                if (i + 1 < length && text[i + 1] == '\n') {
                    i++;
                }
            } else {
                text[out++] = c;
            }
        }
        return out;
    }
}

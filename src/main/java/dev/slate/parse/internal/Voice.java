package dev.slate.parse.internal;

import java.util.Locale;

/**
 * Whose voice a line is in, from its words alone: what is left to tell a short line of action from a line of
 * dialogue when a script has lost both its indentation and its blank lines. Action narrates in the present, in
 * the third person ({@code He taps the notebook.}, {@code The pigeon takes one step toward the card.}); a
 * speech says I and you. The words are the grammar's: a language without them gives no answer either way.
 */
final class Voice {
    private final Grammar grammar;
    private final boolean narrates;
    private final int longestSpeechWord;

    Voice(Grammar grammar) {
        this.grammar = grammar;
        this.longestSpeechWord = grammar.longest("speech.word");
        this.narrates = !grammar.entries("action.subject").isEmpty() || !grammar.entries("action.determiner").isEmpty();
    }

    /**
     * Whether the line starts as a sentence of action: a beat ({@link #beat}), or a subject ({@code action.subject}, or
     * {@code action.determiner} and a noun) and a verb in the present ending as {@code action.verb.ending} says
     * (any verb after {@code action.subject.plural}), with no word of speech, question or exclamation in the line.
     */
    boolean narrates(String line) {
        String told = afterQuotation(line);
        if (told != null) {
            line = told; // "Thank you," she says faintly: the words quoted are someone's, the rest tells (read once)
        }
        if (line.indexOf('?') >= 0 || line.indexOf('!') >= 0 || speaks(line)) {
            return false;
        }
        if (beat(line)) {
            return true;
        }
        if (!narrates) {
            return false;
        }
        String[] w = words(line, 4);
        if (w[0] == null || w[1] == null) {
            return false;
        }
        String subject = w[0].toUpperCase(Locale.ROOT);
        if (grammar.has("action.subject", subject)) {
            return isVerb(w[1], true);
        }
        if (grammar.has("action.subject.plural", subject)) {
            return isVerb(w[1], false);
        }
        // a determiner, a noun or two, a verb: The pigeon takes, The guillotine blade stops
        return grammar.has("action.determiner", subject) && w[2] != null
                && (isVerb(w[2], true) || w[3] != null && isLower(w[2]) && isVerb(w[3], true));
    }

    /**
     * Whether the line opens with a beat ({@code action.beat}): {@code A long pause on the line.}, {@code Beat.},
     * {@code Silence. The server fans hum.}; a single word only as a sentence of its own, since {@code Pause the
     * tape} is said.
     */
    private boolean beat(String line) {
        String p = grammar.prefix("action.beat", line);
        if (p == null) {
            return false;
        }
        return p.indexOf(' ') > 0 || line.length() == p.length() || line.charAt(p.length()) == '.';
    }

    /**
     * What follows a quotation that opens the line and ends in a comma ({@code she says faintly.} of
     * {@code "Thank you," she says faintly.}), or null.
     */
    private static String afterQuotation(String line) {
        if (line.isEmpty() || line.charAt(0) != '"' && line.charAt(0) != '\u201C') {
            return null;
        }
        for (int i = 1; i + 2 < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\u201D') {
                // the comma inside the quotation, as English prints it, or after it
                boolean comma = line.charAt(i - 1) == ',' || line.charAt(i + 1) == ',';
                int rest = line.charAt(i + 1) == ',' ? i + 2 : i + 1;
                return comma && line.charAt(rest) == ' ' ? line.substring(rest + 1) : null;
            }
        }
        return null;
    }

    /**
     * Whether the line has a word only a speech has ({@code speech.word}: I, you, we...); a hyphen separates
     * words here ({@code Racontez-moi}).
     */
    boolean speaks(String line) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && !isSpokenWordChar(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isSpokenWordChar(line.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= longestSpeechWord
                    && grammar.has("speech.word", apostrophes(line.substring(start, i)).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the present, lower case and not a contraction; in the singular, with the grammar's ending. */
    private boolean isVerb(String word, boolean singular) {
        if (!isLower(word) || word.indexOf('\'') >= 0 || word.indexOf('\u2019') >= 0) {
            return false;
        }
        if (!singular) {
            return true;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        return endsWithAny("action.verb.ending", upper) && !endsWithAny("action.verb.ending.not", upper);
    }

    private boolean endsWithAny(String section, String upper) {
        for (String ending : grammar.entries(section)) {
            if (upper.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLower(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i)) && word.charAt(i) != '\'' && word.charAt(i) != '\u2019' && word.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** The first {@code count} words (letters, apostrophes and hyphens inside them), null past the line's end. */
    private static String[] words(String line, int count) {
        String[] out = new String[count];
        int i = 0;
        int n = line.length();
        for (int k = 0; k < count && i < n; k++) {
            if (!isWordChar(line.charAt(i))) {
                if (k == 0 && i == 0 && line.charAt(i) != ' ') {
                    return out; // a line that starts with a quotation mark or a dash is not plain narration
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && !isWordChar(line.charAt(i))) {
                    return out; // punctuation before the next word ends the clause
                }
            }
            int start = i;
            while (i < n && isWordChar(line.charAt(i))) {
                i++;
            }
            if (i == start) {
                return out;
            }
            out[k] = line.substring(start, i);
            if (i < n && line.charAt(i) != ' ') {
                return out; // "She does." ends the sentence after the verb; "The man, ..." does not go on
            }
        }
        return out;
    }

    private static boolean isSpokenWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    private static String apostrophes(String s) {
        return s.replace('\u2019', '\'');
    }
}

package dev.slate.convert.internal;

import dev.slate.convert.ConvertOptions;
import dev.slate.parse.Event;

/**
 * How long each event lasts on screen: a speech as long as its words take to say at the speaking rate,
 * plus a beat per parenthetical; action and description by the room they take on the page (the action
 * column holds about 60 characters a line); cards and transitions a fixed time.
 */
public final class Timing {
    /** Characters in one line of action, as scripts wrap it. */
    static final double ACTION_LINE_CHARACTERS = 58;

    private final ConvertOptions o;

    public Timing(ConvertOptions options) {
        this.o = options;
    }

    public long of(Event e) {
        long ms;
        if (e instanceof Event.Dialogue d) {
            ms = Math.round(words(d.text()) * 60_000 / o.wordsPerMinute()) + d.parentheticals().size() * o.parentheticalBeatMs()
                    + o.speechPauseMs();
        } else if (e instanceof Event.Action || e instanceof Event.Description) {
            ms = Math.round(e.text().length() / ACTION_LINE_CHARACTERS * o.actionMsPerLine());
        } else if (e instanceof Event.Card) {
            ms = o.cardMs();
        } else if (e instanceof Event.Transition) {
            ms = o.transitionMs();
        } else {
            ms = 0; // a shot line frames the next shot; it takes no time of its own
        }
        return e instanceof Event.Shot ? 0 : Math.max(o.minEventMs(), ms);
    }

    public long establishing() {
        return o.establishingMs();
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** {@link Character#isLetterOrDigit} of the ASCII characters, looked up: every speech is counted. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }
}

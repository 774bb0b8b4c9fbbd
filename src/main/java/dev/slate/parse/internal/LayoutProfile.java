package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import java.util.List;

/**
 * What this script's layout tells, learnt from the script itself because layouts differ: the columns
 * of cues, parentheticals, dialogue and action when it is indented (a word processor, pdftotext and a
 * web page put them in different places), whether blank lines separate its elements, and how wide its
 * dialogue and action lines wrap (which still tells them apart once indentation is gone).
 */
final class LayoutProfile {

    final boolean indented;
    final int cueColumn;
    final int dialogueColumn;
    final int parentheticalColumn;
    final int actionColumn;
    final boolean blankLines;
    /** The width dialogue wraps at: almost every dialogue line is at most this long. */
    final int dialogueWidth;
    /**
     * Whether the action is written in capitals, as multi-camera comedies write it: of the lines that open a
     * paragraph wider than dialogue wraps, nearly all are in capitals. Then a line in lower case is spoken.
     */
    final boolean actionInCapitals;
    /**
     * Whether each element is one line however long, as text copied from a word processor or a web page is: a
     * printed page wraps at about 60 characters, and here a good many lines run past {@link #UNWRAPPED_WIDTH},
     * or a good many of the lines right under names in capitals are wider than {@link #UNWRAPPED_SPEECH} (a
     * printed speech wraps at about 35). Then a speech's words are one line under its cue (or its
     * parenthetical), and the line after them is something else, whatever its width.
     */
    final boolean unwrapped;

    /** Longer than any line of a printed page, two speeches side by side included. */
    static final int UNWRAPPED_WIDTH = 100;
    /** Wider than any printed speech's line, or than a line of a speech that a page's layout left wider. */
    static final int UNWRAPPED_SPEECH = 55;

    private LayoutProfile(boolean indented, int cue, int dialogue, int paren, int action, boolean blankLines,
            int dialogueWidth, boolean actionInCapitals, boolean unwrapped) {
        this.indented = indented;
        this.cueColumn = cue;
        this.dialogueColumn = dialogue;
        this.parentheticalColumn = paren;
        this.actionColumn = action;
        this.blankLines = blankLines;
        this.dialogueWidth = dialogueWidth;
        this.actionInCapitals = actionInCapitals;
        this.unwrapped = unwrapped;
    }

    /**
     * Whether a line is no wider than this script's dialogue wraps, give or take {@code slack} characters: any
     * line is, where lines do not wrap.
     */
    boolean fitsDialogue(Line l, int slack) {
        return unwrapped || l.length() <= dialogueWidth + slack;
    }

    static LayoutProfile learn(List<Line> lines) {
        int blankCount = 0;
        int contentCount = 0;
        for (Line l : lines) {
            if (l.blank) {
                blankCount++;
            } else if (l.tag == null) {
                contentCount++;
            }
        }
        boolean structuralBlanks = contentCount > 0 && blankCount * 5 >= contentCount;
        int[] cueIndents = new int[200];
        int[] dialogueIndents = new int[200];
        int[] parenIndents = new int[200];
        int[] longIndents = new int[200];
        int[] dialogueLengths = new int[200];
        int blank = 0;
        int content = 0;
        int cues = 0;
        int unwrappedLines = 0;
        // names in capitals with a line right under them, and whether that line is wider than a printed speech
        java.util.Map<String, int[]> underNames = new java.util.HashMap<>();
        // the lines that open a paragraph wider than dialogue: their capitals are asked only if there is no indentation
        int[] wideOpeners = new int[64];
        int wideCount = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank) {
                blank++;
                continue;
            }
            if (l.tag != null) {
                continue;
            }
            content++;
            if (l.length() > UNWRAPPED_WIDTH) {
                unwrappedLines++;
            }
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next != null && !next.blank && next.tag == null && l.cueShape() != null && next.cueShape() == null
                    && !next.content.contains(Shapes.COLUMN_GAP)) {
                int[] n = underNames.computeIfAbsent(l.cueShape().name(), k -> new int[2]);
                n[0]++;
                if (next.length() > UNWRAPPED_SPEECH) {
                    n[1]++;
                }
            }
            Line prev = i > 0 ? lines.get(i - 1) : null;
            if (l.length() >= 45) {
                longIndents[Math.min(199, l.indent)]++;
                if (prev == null || prev.blank) {
                    if (wideCount == wideOpeners.length) {
                        wideOpeners = java.util.Arrays.copyOf(wideOpeners, wideCount * 2);
                    }
                    wideOpeners[wideCount++] = i;
                }
            }
            if (next == null || next.blank || next.tag != null || structuralBlanks && (prev == null || !prev.blank)) {
                continue;
            }
            CharacterCue cue = l.cueShape();
            if (cue == null || next.cueShape() != null || !structuralBlanks && next.indent >= l.indent) {
                continue;
            }
            cues++;
            cueIndents[Math.min(199, l.indent)]++;
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).blank && lines.get(j).tag == null
                    && (structuralBlanks || lines.get(j).indent > 0 && lines.get(j).indent < l.indent)) {
                Line d = lines.get(j++);
                if (d.content.startsWith("(")) {
                    parenIndents[Math.min(199, d.indent)]++;
                } else {
                    dialogueIndents[Math.min(199, d.indent)]++;
                    dialogueLengths[Math.min(199, d.length())]++;
                }
            }
        }
        int cue = mode(cueIndents);
        int dialogue = mode(dialogueIndents);
        int paren = mode(parenIndents);
        int action = mode(longIndents);
        boolean indented = cues >= 2 && cue >= 0 && action >= 0 && cue - action >= 6 && dialogue - action >= 3;
        boolean blankLines = content > 0 && blank * 5 >= content;
        int wideInCapitals = 0;
        int wideInLowerCase = 0;
        for (int k = 0; k < wideCount && !indented && wideInLowerCase <= wideCount / 10; k++) {
            if (lines.get(wideOpeners[k]).allCaps()) {
                wideInCapitals++;
            } else {
                wideInLowerCase++;
            }
        }
        boolean actionInCapitals = wideInCapitals >= 5 && wideInLowerCase * 10 <= wideInCapitals
                || wideInCapitals >= 3 && wideInLowerCase == 0; // a scene or two of a multi-camera script
        // one line in twenty: a script's action paragraphs alone are more than that; a quarter of the lines under
        // names: a short script's speeches may all be shorter than a hundred characters, but not than a printed
        // line. Names that come back, as speakers do: a heading or a shot with a note in parentheses comes once.
        int speeches = 0;
        int wideSpeeches = 0;
        for (int[] n : underNames.values()) {
            if (n[0] >= 2) {
                speeches += n[0];
                wideSpeeches += n[1];
            }
        }
        boolean unwrapped = !indented && (unwrappedLines >= 3 && unwrappedLines * 20 >= content
                || wideSpeeches >= 2 && wideSpeeches * 4 >= speeches);
        return new LayoutProfile(indented, cue, dialogue, paren, action, blankLines, percentile(dialogueLengths, 0.97, 40),
                actionInCapitals, unwrapped);
    }

    private static int mode(int[] histogram) {
        int best = -1;
        int count = 0;
        for (int i = 0; i < histogram.length; i++) {
            if (histogram[i] > count) {
                count = histogram[i];
                best = i;
            }
        }
        return best;
    }

    private static int percentile(int[] histogram, double p, int fallback) {
        int total = 0;
        for (int c : histogram) {
            total += c;
        }
        if (total < 20) {
            return fallback;
        }
        int seen = 0;
        for (int i = 0; i < histogram.length; i++) {
            seen += histogram[i];
            if (seen >= total * p) {
                return Math.max(i, 25);
            }
        }
        return fallback;
    }

    // Columns are compared with the midpoints between them, not exact values: text taken from a PDF
    // or a web page moves lines a column or two either way.

    private int speechFrom() {
        int speech = parentheticalColumn > actionColumn ? Math.min(dialogueColumn, parentheticalColumn) : dialogueColumn;
        return (actionColumn + speech + 1) / 2;
    }

    private int cueFrom() {
        return (Math.max(dialogueColumn, parentheticalColumn) + cueColumn + 1) / 2;
    }

    boolean atCueColumn(Line l) {
        return indented && l.indent >= cueFrom() && l.indent <= cueColumn + 6;
    }

    boolean atActionColumn(Line l) {
        return indented && l.indent < speechFrom();
    }

    /** Indented like dialogue or parentheticals: between the action column and the cue column. */
    boolean inSpeechColumns(Line l) {
        return indented && l.indent >= speechFrom() && l.indent < cueFrom();
    }

    /** The same columns, give or take what text taken from a PDF or a web page moves them (cues may be centred). */
    boolean sameColumns(LayoutProfile o) {
        return indented == o.indented && Math.abs(dialogueColumn - o.dialogueColumn) <= 3
                && Math.abs(actionColumn - o.actionColumn) <= 3 && Math.abs(cueColumn - o.cueColumn) <= 6;
    }

    @Override
    public String toString() {
        return "layout indented=" + indented + " cue=" + cueColumn + " dialogue=" + dialogueColumn + " paren="
                + parentheticalColumn + " action=" + actionColumn + " blankLines=" + blankLines + " unwrapped=" + unwrapped
                + " dialogueWidth=" + dialogueWidth + " actionInCapitals=" + actionInCapitals;
    }
}

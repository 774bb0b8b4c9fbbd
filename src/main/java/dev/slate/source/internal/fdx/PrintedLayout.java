package dev.slate.source.internal.fdx;

import dev.slate.source.ScriptElement;
import dev.slate.source.ScriptElement.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays Final Draft paragraphs out as a printed screenplay in plain text, the text a {@code .clap} embeds
 * and its line numbers point into: headings and action at column 0 wrapped at 60 characters (six inches
 * of Courier 12), cues at 22, parentheticals at 16, dialogue at 10 wrapped at 35, transitions ending at
 * column 60, one blank line between paragraphs but none inside a speech. Each non-blank line gets the
 * element its paragraph declares. Headings, cues, transitions and shots are never wrapped: each is one
 * line of the script, as the parser expects. Scene numbers go in the right margin; notes and summaries,
 * which print nowhere, are shown as Fountain shows them ({@code [[note]]}, {@code = summary}).
 */
final class PrintedLayout {
    static final int WIDTH = 60;
    static final int CUE = 22;
    static final int PARENTHETICAL = 16;
    static final int PARENTHETICAL_WIDTH = 28;
    static final int DIALOGUE = 10;
    static final int DIALOGUE_WIDTH = 35;
    static final int SCENE_NUMBER = 64;
    /** Lines on a printed page, to give each element the page it would print on. */
    static final int PAGE_LINES = 55;

    private final StringBuilder text = new StringBuilder();
    private final List<ScriptElement> elements = new ArrayList<>();
    private int line;
    private int scriptStart;
    private boolean lastBlank = true;

    /** The rendered text and its elements. */
    record Rendered(String text, List<ScriptElement> elements) {
    }

    static Rendered render(FdxDocument doc) {
        PrintedLayout l = new PrintedLayout();
        l.titlePage(doc.titlePage());
        l.script(doc.script());
        return new Rendered(l.text.toString(), List.copyOf(l.elements));
    }

    private void titlePage(List<FdxParagraph> paragraphs) {
        for (FdxParagraph p : paragraphs) {
            if (p.text().isBlank()) {
                blank(); // a title page spaces its blocks with empty paragraphs; one blank line shows it
                continue;
            }
            for (String part : parts(p.text())) {
                String a = p.alignment();
                int indent = a.equalsIgnoreCase("Center") ? centered(part) : a.equalsIgnoreCase("Right") ? right(part) : 0;
                put(indent, part, Type.TITLE, "", false, 1);
            }
        }
        if (line > 0) {
            text.append("\n\n"); // the title page stands apart from the script
            line += 2;
            lastBlank = true;
        }
        scriptStart = line;
    }

    private void script(List<FdxParagraph> paragraphs) {
        Type previous = null;
        for (FdxParagraph p : paragraphs) {
            Type type = ElementTypes.of(p);
            List<String> parts = parts(p.text());
            if (!parts.isEmpty()) {
                boolean inSpeech = (type == Type.PARENTHETICAL || type == Type.DIALOGUE || type == Type.LYRICS)
                        && (previous == Type.CHARACTER || previous == Type.PARENTHETICAL || previous == Type.DIALOGUE
                                || previous == Type.LYRICS);
                if (!inSpeech) {
                    blank();
                }
                for (String part : parts) {
                    paragraph(type, part, p);
                }
                previous = type;
            }
            if (!p.summary().isBlank()) {
                marked(Type.SYNOPSIS, "= ", p.summary(), "");
                previous = Type.SYNOPSIS;
            }
            for (String note : p.notes()) {
                marked(Type.NOTE, "[[", note, "]]");
                previous = Type.NOTE;
            }
        }
    }

    /** A note or a summary, shown with its Fountain marks; each line's element holds the words alone. */
    private void marked(Type type, String open, String words, String close) {
        blank();
        List<String> lines = wrap(open + words + close, WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            String content = i == 0 ? s.substring(Math.min(open.length(), s.length())) : s;
            if (i == lines.size() - 1 && content.endsWith(close)) {
                content = content.substring(0, content.length() - close.length());
            }
            put(0, s, type, "", false, page(), content.strip());
        }
    }

    private void paragraph(Type type, String part, FdxParagraph p) {
        switch (type) {
            case HEADING -> {
                String number = p.number();
                String shown = number.isEmpty() ? part : pad(part, SCENE_NUMBER) + number;
                put(0, shown, Type.HEADING, number, p.dual(), page(), part);
            }
            case CHARACTER -> put(CUE, part, type, "", p.dual(), page());
            case TRANSITION -> put(right(part), part, type, "", p.dual(), page());
            case SHOT, TITLE -> put(type == Type.TITLE ? centered(part) : 0, part, type, "", p.dual(), page());
            case PARENTHETICAL -> wrapped(PARENTHETICAL, PARENTHETICAL_WIDTH, part, type, p);
            case DIALOGUE, LYRICS -> wrapped(DIALOGUE, DIALOGUE_WIDTH, part, type, p);
            case CENTERED -> {
                for (String s : wrap(part, WIDTH)) {
                    put(centered(s), s, type, "", p.dual(), page());
                }
            }
            default -> wrapped(0, WIDTH, part, type, p);
        }
    }

    private void wrapped(int indent, int width, String part, Type type, FdxParagraph p) {
        for (String s : wrap(part, width)) {
            put(indent, s, type, "", p.dual(), page());
        }
    }

    private int page() {
        return 1 + Math.max(0, line - scriptStart) / PAGE_LINES;
    }

    private void put(int indent, String s, Type type, String number, boolean dual, int page) {
        put(indent, s, type, number, dual, page, s);
    }

    private void put(int indent, String shown, Type type, String number, boolean dual, int page, String content) {
        for (int i = 0; i < indent; i++) {
            text.append(' ');
        }
        text.append(shown).append('\n');
        line++;
        elements.add(new ScriptElement(line, type, content, number, dual, page));
        lastBlank = false;
    }

    private void blank() {
        if (!lastBlank) {
            text.append('\n');
            line++;
        }
        lastBlank = true;
    }

    /** A paragraph's text split where the writer broke the line inside it; blank pieces dropped. */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isBreak(text.charAt(i))) {
                String s = text.substring(start, i);
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Greedy wrapping at spaces, as a word processor wraps: a line breaks at its last space that fits, the
     * spaces at the break vanish, and a word longer than the line stands alone on it.
     */
    static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        while (start < n) {
            while (start < n && s.charAt(start) == ' ') {
                start++;
            }
            if (start >= n) {
                break;
            }
            if (n - start <= width) {
                out.add(s.substring(start).stripTrailing());
                break;
            }
            int brk = s.lastIndexOf(' ', start + width);
            if (brk <= start) {
                brk = s.indexOf(' ', start + width);
                if (brk < 0) {
                    out.add(s.substring(start));
                    break;
                }
            }
            out.add(s.substring(start, brk).stripTrailing());
            start = brk + 1;
        }
        return out;
    }

    private static int centered(String s) {
        return Math.max(0, (WIDTH - s.length()) / 2);
    }

    private static int right(String s) {
        return Math.max(0, WIDTH - s.length());
    }

    private static String pad(String s, int col) {
        return s.length() + 2 > col ? s + "  " : s + " ".repeat(col - s.length());
    }
}

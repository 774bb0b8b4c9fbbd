package dev.slate.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a tagged source as the {@code .fdx} Final Draft would save for it: the script's paragraphs in
 * {@code <Content>} (consecutive source lines of one element joined back into the paragraph they were
 * wrapped from), the title page's in {@code <TitlePage>}, a running header in {@code <HeaderAndFooter>}.
 * Like Final Draft, it starts a new {@code <Text>} run where the style changes, sometimes inside a word;
 * numbers scenes when the script's layout does; puts a speech marked {@code ^} and the one before it in a
 * {@code <DualDialogue>}; anchors a note in the paragraph before it; and files a synopsis as the summary
 * of the next scene heading. Final Draft has no sections, so SECTION lines are not written.
 */
final class FdxWriter {

    /** One paragraph to write; {@code tag} is the source's tag. */
    private static final class Para {
        final String tag;
        final StringBuilder text = new StringBuilder();
        final boolean dualSecond;
        final List<String> notes = new ArrayList<>();
        String summary = "";
        String number = "";

        Para(String tag, String text, boolean dualSecond) {
            this.tag = tag;
            this.text.append(text);
            this.dualSecond = dualSecond;
        }
    }

    private FdxWriter() {
    }

    static String write(TaggedSource source, Layout layout) {
        List<TaggedSource.Line> lines = source.lines();
        int bodyStart = 0;
        while (bodyStart < lines.size() && (lines.get(bodyStart).blank() || lines.get(bodyStart).tag().equals("TITLE"))) {
            bodyStart++;
        }
        int titleEnd = bodyStart;
        while (titleEnd > 0 && lines.get(titleEnd - 1).blank()) {
            titleEnd--;
        }
        List<Para> body = paragraphs(lines.subList(bodyStart, lines.size()), !layout.sceneNumbers().equals("none"));
        Random random = new Random(source.slug().hashCode());

        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n");
        x.append("<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n\n  <Content>\n");
        for (int i = 0; i < body.size(); i++) {
            int second = dualPartner(body, i);
            if (second < 0) {
                paragraph(x, body.get(i), random, "    ");
                continue;
            }
            int end = speechEnd(body, second);
            x.append("    <Paragraph>\n      <DualDialogue>\n");
            for (int j = i; j < end; j++) {
                paragraph(x, body.get(j), random, "        ");
            }
            x.append("      </DualDialogue>\n    </Paragraph>\n");
            i = end - 1;
        }
        x.append("  </Content>\n\n  <TitlePage>\n    <Content>\n");
        for (TaggedSource.Line l : lines.subList(0, titleEnd)) {
            x.append("      <Paragraph Alignment=\"Center\" FirstIndent=\"0.00\" Leading=\"Regular\" LeftIndent=\"1.00\" ")
                    .append("RightIndent=\"7.50\" SpaceBefore=\"0\" Spacing=\"1\" StartsNewPage=\"No\">\n        <Text>")
                    .append(l.blank() ? "" : escape(l.text())).append("</Text>\n      </Paragraph>\n");
        }
        x.append("    </Content>\n  </TitlePage>\n\n");
        x.append("  <HeaderAndFooter FooterFirstPage=\"Yes\" FooterVisible=\"No\" HeaderFirstPage=\"No\" HeaderVisible=\"Yes\" StartingPage=\"1\">\n")
                .append("    <Header>\n      <Paragraph Alignment=\"Right\" Type=\"Header\">\n");
        if (!layout.runningHeader().isEmpty()) {
            x.append("        <Text>").append(escape(layout.runningHeader())).append("    </Text>\n");
        }
        x.append("        <DynamicLabel Type=\"Page #\"/>\n        <Text>.</Text>\n      </Paragraph>\n    </Header>\n")
                .append("    <Footer>\n      <Paragraph Alignment=\"Center\" Type=\"Footer\">\n        <Text></Text>\n      </Paragraph>\n    </Footer>\n")
                .append("  </HeaderAndFooter>\n\n</FinalDraft>\n");
        return x.toString();
    }

    private static List<Para> paragraphs(List<TaggedSource.Line> lines, boolean numbered) {
        List<Para> out = new ArrayList<>();
        Para open = null;
        String synopsis = "";
        int scene = 0;
        for (TaggedSource.Line l : lines) {
            if (l.blank()) {
                open = null;
                continue;
            }
            String tag = l.tag();
            switch (tag) {
                case "SECTION" -> {
                    open = null;
                    continue;
                }
                case "SYNOPSIS" -> {
                    synopsis = synopsis.isEmpty() ? l.text() : synopsis + " " + l.text();
                    open = null;
                    continue;
                }
                case "NOTE" -> {
                    if (out.isEmpty()) {
                        out.add(new Para("ACTION", "", false));
                    }
                    out.get(out.size() - 1).notes.add(l.text());
                    open = null;
                    continue;
                }
                default -> { }
            }
            if (open != null && open.tag.equals(tag) && joins(tag, open)) {
                open.text.append(' ').append(l.text());
                continue;
            }
            boolean dual = tag.equals("CHARACTER") && l.text().endsWith(" ^");
            open = new Para(tag, dual ? l.text().substring(0, l.text().length() - 2) : l.text(), dual);
            if (tag.equals("HEADING")) {
                scene++;
                open.number = numbered ? Integer.toString(scene) : "";
                open.summary = synopsis;
                synopsis = "";
            }
            out.add(open);
        }
        return out;
    }

    /** Source lines wrapped from one paragraph: action, dialogue, and a parenthetical not yet closed. */
    private static boolean joins(String tag, Para open) {
        return switch (tag) {
            case "ACTION", "DIALOGUE" -> true;
            case "PARENTHETICAL" -> !open.text.toString().endsWith(")");
            default -> false;
        };
    }

    /** The index of the speech that answers the one starting at {@code i} in dual dialogue, or -1. */
    private static int dualPartner(List<Para> body, int i) {
        if (!body.get(i).tag.equals("CHARACTER") || body.get(i).dualSecond) {
            return -1;
        }
        int next = speechEnd(body, i);
        return next < body.size() && body.get(next).dualSecond ? next : -1;
    }

    private static int speechEnd(List<Para> body, int cue) {
        int j = cue + 1;
        while (j < body.size() && (body.get(j).tag.equals("DIALOGUE") || body.get(j).tag.equals("PARENTHETICAL")
                || body.get(j).tag.equals("LYRICS"))) {
            j++;
        }
        return j;
    }

    private static void paragraph(StringBuilder x, Para p, Random random, String indent) {
        x.append(indent).append("<Paragraph");
        if (p.tag.equals("CENTERED")) {
            x.append(" Alignment=\"Center\"");
        }
        if (!p.number.isEmpty()) {
            x.append(" Number=\"").append(p.number).append('"');
        }
        x.append(" Type=\"").append(type(p)).append("\">\n");
        if (!p.summary.isEmpty()) {
            x.append(indent).append("  <SceneProperties Length=\"1/8\" Page=\"\" Title=\"\">\n")
                    .append(indent).append("    <Summary>\n").append(indent).append("      <Paragraph Type=\"General\">\n")
                    .append(indent).append("        <Text>").append(escape(p.summary)).append("</Text>\n")
                    .append(indent).append("      </Paragraph>\n").append(indent).append("    </Summary>\n")
                    .append(indent).append("  </SceneProperties>\n");
        }
        for (String run : runs(p.text.toString(), p.tag, random)) {
            x.append(indent).append("  ").append(run).append('\n');
        }
        int id = 1;
        for (String note : p.notes) {
            x.append(indent).append("  <ScriptNote Color=\"#FFFFFFFF0000\" ID=\"").append(id++)
                    .append("\" Length=\"1\" Position=\"0\" Type=\"Text\">\n")
                    .append(indent).append("    <Paragraph>\n").append(indent).append("      <Text>").append(escape(note))
                    .append("</Text>\n").append(indent).append("    </Paragraph>\n").append(indent).append("  </ScriptNote>\n");
        }
        x.append(indent).append("</Paragraph>\n");
    }

    private static final String[] STYLES = {"Bold", "Italic", "Underline", "Bold+Underline"};

    /** The paragraph's {@code <Text>} runs: one, or now and then a styled run cut out at random offsets. */
    private static List<String> runs(String text, String tag, Random random) {
        boolean styled = (tag.equals("ACTION") || tag.equals("DIALOGUE")) && text.length() > 20 && random.nextInt(5) == 0;
        if (!styled) {
            return List.of("<Text>" + escape(text) + "</Text>");
        }
        int a = 1 + random.nextInt(text.length() - 2);
        int b = a + 1 + random.nextInt(Math.min(15, text.length() - a - 1));
        return List.of("<Text>" + escape(text.substring(0, a)) + "</Text>",
                "<Text Style=\"" + STYLES[random.nextInt(STYLES.length)] + "\">" + escape(text.substring(a, b)) + "</Text>",
                "<Text>" + escape(text.substring(b)) + "</Text>");
    }

    private static String type(Para p) {
        return switch (p.tag) {
            case "HEADING" -> "Scene Heading";
            case "CHARACTER" -> "Character";
            case "PARENTHETICAL" -> "Parenthetical";
            case "DIALOGUE" -> "Dialogue";
            case "TRANSITION" -> "Transition";
            case "SHOT" -> "Shot";
            case "LYRICS" -> "Lyrics";
            case "TITLE" -> p.text.toString().toUpperCase(java.util.Locale.ROOT).startsWith("END") ? "End of Act" : "New Act";
            default -> "Action";
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

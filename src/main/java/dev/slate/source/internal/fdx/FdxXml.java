package dev.slate.source.internal.fdx;

import dev.slate.source.UnreadableScriptException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of a Final Draft file that hold the script, and nothing else, safely: a Final Draft file
 * never has a DTD, so any DOCTYPE is refused before it can declare an entity (no entity expansion, no
 * external file or URL is ever opened); elements nest at most {@link #MAX_DEPTH} deep, a paragraph holds
 * at most {@link #MAX_TEXT} characters, an element at most {@link #MAX_ATTRIBUTES} attributes of at most
 * {@link #MAX_ATTRIBUTE} characters each. Malformed XML is refused with the line it breaks on ({@link XmlScanner}
 * reads the XML, and says why not the JDK's parser).
 *
 * <p>Only {@code FinalDraft/Content}, {@code FinalDraft/TitlePage/Content} and {@code FinalDraft/ScriptNotes}
 * are read; headers, footers, element settings and the rest are skipped, so their paragraphs never
 * pass for script.
 */
final class FdxXml {
    static final int MAX_DEPTH = 32;
    static final int MAX_TEXT = 100_000;
    static final int MAX_ATTRIBUTES = 64;
    static final int MAX_ATTRIBUTE = 4096;
    private static final String DOCTYPE = "a DOCTYPE declaration, which Final Draft files never have (refused for safety)";

    /** Reads one child element, up to and including its end tag. */
    private interface Child {
        void read(String name) throws XmlScanner.Error, UnreadableScriptException;
    }

    private final XmlScanner r;
    private int depth;

    private FdxXml(XmlScanner r) {
        this.r = r;
    }

    static FdxDocument read(byte[] bytes) throws UnreadableScriptException {
        char[] text = characters(bytes);
        try {
            return new FdxXml(new XmlScanner(text, MAX_ATTRIBUTES)).document();
        } catch (XmlScanner.Error e) {
            throw new UnreadableScriptException(e.malformed ? "not well-formed XML (" + e.getMessage() + ")" : e.getMessage(),
                    e.line);
        }
    }

    /** The file's characters, once no declaration is found in them; the decoded string is let go at once. */
    private static char[] characters(byte[] bytes) throws UnreadableScriptException {
        String text = decode(bytes);
        refuseDeclarations(text);
        return text.toCharArray();
    }

    /**
     * A DOCTYPE or an entity declaration anywhere is refused before parsing: Final Draft never writes one, and
     * one found first is named as such wherever it stands, even where it would also be misplaced markup.
     */
    private static void refuseDeclarations(String text) throws UnreadableScriptException {
        int at = text.indexOf("<!DOCTYPE");
        int entity = text.indexOf("<!ENTITY");
        if (at < 0 || entity >= 0 && entity < at) {
            at = entity;
        }
        if (at >= 0) {
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += text.charAt(i) == '\n' ? 1 : 0;
            }
            throw new UnreadableScriptException(DOCTYPE, line);
        }
    }

    /**
     * Decodes the bytes before the scanner sees them, strictly: UTF-16 by its byte order mark, another
     * encoding the XML declaration names, else UTF-8. A malformed byte sequence is refused here, with its line.
     */
    private static String decode(byte[] bytes) throws UnreadableScriptException {
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else {
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher declared = DECLARED_ENCODING.matcher(head);
            if (declared.find()) {
                try {
                    charset = java.nio.charset.Charset.forName(declared.group(1));
                } catch (IllegalArgumentException unknown) {
                    throw new UnreadableScriptException("an XML encoding Slate does not know ("
                            + clip(declared.group(1)) + ")", 1);
                }
            }
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's own decoding is the fastest, and marks a malformed sequence with U+FFFD: only a file that
            // holds one needs the strict decoder below, to tell a malformed byte from the character written as such
            String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return strict.decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new UnreadableScriptException("not valid " + charset.name() + " (byte " + at + ")", line);
        }
    }

    private static final java.util.regex.Pattern DECLARED_ENCODING =
            java.util.regex.Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    // ---- the document

    private FdxDocument document() throws XmlScanner.Error, UnreadableScriptException {
        for (int e = r.next(); e != XmlScanner.START; e = r.next()) {
            if (e == XmlScanner.END_DOCUMENT) {
                throw refusal("XML with no element in it");
            }
        }
        depth = 1;
        String root = r.name();
        if (!root.equals("FinalDraft")) {
            throw refusal("XML, but not a Final Draft file (its root element is <" + clip(root) + ">, not <FinalDraft>)");
        }
        String type = attribute("DocumentType");
        if (!type.isEmpty() && !type.equals("Script")) {
            throw refusal("a Final Draft " + clip(type) + " document, not a script");
        }
        List<FdxParagraph> titlePage = new ArrayList<>();
        List<FdxParagraph> script = new ArrayList<>();
        List<String> looseNotes = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "Content" -> paragraphs(script);
                case "TitlePage" -> children(n -> {
                    if (n.equals("Content")) {
                        paragraphs(titlePage);
                    } else {
                        skip();
                    }
                });
                case "ScriptNotes" -> children(n -> {
                    if (n.equals("ScriptNote")) {
                        looseNotes.add(paragraphsText());
                    } else {
                        skip();
                    }
                });
                default -> skip();
            }
        });
        // Newer files keep notes apart from the text, anchored by character ranges: they follow the script.
        looseNotes.removeIf(String::isBlank);
        if (!looseNotes.isEmpty()) {
            script.add(new FdxParagraph("", "", "", "", false, looseNotes, ""));
        }
        return new FdxDocument(titlePage, script);
    }

    private void paragraphs(List<FdxParagraph> out) throws XmlScanner.Error, UnreadableScriptException {
        children(name -> {
            if (name.equals("Paragraph")) {
                paragraph(out, false);
            } else {
                skip();
            }
        });
    }

    private void paragraph(List<FdxParagraph> out, boolean dual) throws XmlScanner.Error, UnreadableScriptException {
        String type = attribute("Type");
        String number = attribute("Number");
        String alignment = attribute("Alignment");
        StringBuilder text = new StringBuilder();
        List<String> notes = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        List<FdxParagraph> speeches = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "Text" -> text(text);
                case "DualDialogue" -> children(n -> {
                    if (n.equals("Paragraph")) {
                        paragraph(speeches, true);
                    } else {
                        skip();
                    }
                });
                case "ScriptNote" -> notes.add(paragraphsText());
                case "SceneProperties" -> children(n -> {
                    if (n.equals("Summary")) {
                        join(summary, paragraphsText());
                    } else {
                        skip();
                    }
                });
                default -> skip();
            }
        });
        out.addAll(speeches);
        notes.removeIf(String::isBlank);
        if (speeches.isEmpty() || text.length() > 0 || !notes.isEmpty()) {
            out.add(new FdxParagraph(type, text.toString(), number, alignment, dual, notes, summary.toString()));
        }
    }

    /** The text of the paragraphs inside a note or a summary, joined by spaces. */
    private String paragraphsText() throws XmlScanner.Error, UnreadableScriptException {
        StringBuilder all = new StringBuilder();
        children(name -> {
            if (name.equals("Paragraph")) {
                StringBuilder one = new StringBuilder();
                children(n -> {
                    if (n.equals("Text")) {
                        text(one);
                    } else {
                        skip();
                    }
                });
                join(all, one.toString().strip());
            } else {
                skip();
            }
        });
        return all.toString();
    }

    private static void join(StringBuilder b, String s) {
        if (!s.isBlank()) {
            b.append(b.length() > 0 ? " " : "").append(s);
        }
    }

    /** Appends a {@code <Text>} run's characters exactly; anything nested in it is skipped. */
    private void text(StringBuilder into) throws XmlScanner.Error, UnreadableScriptException {
        while (true) {
            int e = next();
            switch (e) {
                case XmlScanner.TEXT -> {
                    r.appendText(into);
                    if (into.length() > MAX_TEXT) {
                        throw refusal("a paragraph longer than " + MAX_TEXT + " characters");
                    }
                }
                case XmlScanner.START -> skip();
                case XmlScanner.END -> {
                    return;
                }
                default -> { }
            }
        }
    }

    // ---- walking the tree

    /** Hands each child element of the current element to {@code child}, up to the current element's end tag. */
    private void children(Child child) throws XmlScanner.Error, UnreadableScriptException {
        while (true) {
            int e = next();
            if (e == XmlScanner.START) {
                child.read(r.name());
            } else if (e == XmlScanner.END) {
                return;
            }
        }
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XmlScanner.Error, UnreadableScriptException {
        int open = 1;
        while (open > 0) {
            int e = next();
            if (e == XmlScanner.START) {
                open++;
            } else if (e == XmlScanner.END) {
                open--;
            }
        }
    }

    private int next() throws XmlScanner.Error, UnreadableScriptException {
        int e = r.next();
        switch (e) {
            case XmlScanner.START -> {
                if (++depth > MAX_DEPTH) {
                    throw refusal("elements nested more than " + MAX_DEPTH + " deep");
                }
                // the scanner refuses more than MAX_ATTRIBUTES; a value is read only when its quoted form is long
                for (int i = 0, n = r.attributeCount(); i < n; i++) {
                    if (r.attributeLengthInFile(i) > MAX_ATTRIBUTE && r.attributeValue(i).length() > MAX_ATTRIBUTE) {
                        throw refusal("an attribute longer than " + MAX_ATTRIBUTE + " characters");
                    }
                }
            }
            case XmlScanner.END -> depth--;
            case XmlScanner.END_DOCUMENT -> throw refusal("the file ends inside an element (truncated?)");
            default -> { }
        }
        return e;
    }

    private String attribute(String name) throws XmlScanner.Error {
        String v = r.attributeValue(name);
        return v == null ? "" : v.strip();
    }

    private UnreadableScriptException refusal(String reason) {
        return new UnreadableScriptException(reason, r.line());
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

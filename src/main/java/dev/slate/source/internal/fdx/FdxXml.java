package dev.slate.source.internal.fdx;

import dev.slate.source.UnreadableScriptException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the parts of a Final Draft file that hold the script, and nothing else, safely: a Final Draft file
 * never has a DTD, so any DOCTYPE is refused before it can declare an entity (no entity expansion, no
 * external file or URL is ever opened); elements nest at most {@link #MAX_DEPTH} deep, a paragraph holds
 * at most {@link #MAX_TEXT} characters, an element at most {@link #MAX_ATTRIBUTES} attributes of at most
 * {@link #MAX_ATTRIBUTE} characters each. Malformed XML is refused with the line it breaks on.
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
        void read(String name) throws XMLStreamException, UnreadableScriptException;
    }

    private final XMLStreamReader r;
    private int depth;

    private FdxXml(XMLStreamReader r) {
        this.r = r;
    }

    static FdxDocument read(byte[] bytes) throws UnreadableScriptException {
        String text = decode(bytes);
        refuseDeclarations(text);
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new java.io.StringReader(text));
            return new FdxXml(r).document();
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new UnreadableScriptException("not well-formed XML (" + reason(e) + ")", Math.max(line, 0), e);
        } catch (java.util.MissingResourceException e) {
            // the JDK's parser lacks the message for some errors it finds, and fails looking it up instead
            int line = r != null && r.getLocation() != null ? r.getLocation().getLineNumber() : 0;
            throw new UnreadableScriptException("not well-formed XML", Math.max(line, 0), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened beyond the text in memory
                }
            }
        }
    }

    /**
     * A DOCTYPE or an entity declaration anywhere is refused before parsing: Final Draft never writes one, and
     * the JDK's parser, meeting one past the prolog, takes paths that print on the console.
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
     * Decodes the bytes before the parser sees them, strictly: UTF-16 by its byte order mark, another
     * encoding the XML declaration names, else UTF-8. The parser is given characters, never bytes, because
     * the JDK's parser prints "[Fatal Error]" on standard error for a malformed byte sequence, which would
     * break the one line a user is owed.
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

    /** A fresh factory per read: the JDK's factory is not documented as safe to share between threads. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("a reference to an outside resource (" + systemId + ")");
        });
        optional(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        optional(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // The JDK's own limits, as a second wall behind the DOCTYPE refusal and the checks below.
        // (The entity size limits stay at the JDK's defaults: they count &amp; and &quot; in the document
        // itself, so a tight one refuses honest scripts, and with no DTD there is nothing else to expand.)
        optional(f, "jdk.xml.entityExpansionLimit", "1000");
        optional(f, "jdk.xml.maxParameterEntitySizeLimit", "1000");
        optional(f, "jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH + 1));
        optional(f, "jdk.xml.elementAttributeLimit", Integer.toString(MAX_ATTRIBUTES));
        optional(f, "jdk.xml.maxXMLNameLimit", "1000");
        return f;
    }

    private static void optional(XMLInputFactory f, String property, String value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException notSupported) {
            // an older or another StAX implementation: the checks in this class still hold
        }
    }

    /** The parser's message on one line, without its position (the caller gives the line). */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int at = m.indexOf("Message: ");
        if (at >= 0) {
            m = m.substring(at + "Message: ".length());
        }
        m = m.replaceAll("\\s+", " ").strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    // ---- the document

    private FdxDocument document() throws XMLStreamException, UnreadableScriptException {
        for (int e = r.getEventType(); e != XMLStreamConstants.START_ELEMENT; e = r.next()) {
            if (e == XMLStreamConstants.DTD) {
                throw refusal(DOCTYPE);
            }
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw refusal("XML with no element in it");
            }
        }
        depth = 1;
        String root = r.getLocalName();
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

    private void paragraphs(List<FdxParagraph> out) throws XMLStreamException, UnreadableScriptException {
        children(name -> {
            if (name.equals("Paragraph")) {
                paragraph(out, false);
            } else {
                skip();
            }
        });
    }

    private void paragraph(List<FdxParagraph> out, boolean dual) throws XMLStreamException, UnreadableScriptException {
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
    private String paragraphsText() throws XMLStreamException, UnreadableScriptException {
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
    private void text(StringBuilder into) throws XMLStreamException, UnreadableScriptException {
        while (true) {
            int e = next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    into.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    if (into.length() > MAX_TEXT) {
                        throw refusal("a paragraph longer than " + MAX_TEXT + " characters");
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> skip();
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> { }
            }
        }
    }

    // ---- walking the tree

    /** Hands each child element of the current element to {@code child}, up to the current element's end tag. */
    private void children(Child child) throws XMLStreamException, UnreadableScriptException {
        while (true) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                child.read(r.getLocalName());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException, UnreadableScriptException {
        int open = 1;
        while (open > 0) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    private int next() throws XMLStreamException, UnreadableScriptException {
        int e = r.next();
        switch (e) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw refusal("elements nested more than " + MAX_DEPTH + " deep");
                }
                int n = r.getAttributeCount();
                if (n > MAX_ATTRIBUTES) {
                    throw refusal("an element with more than " + MAX_ATTRIBUTES + " attributes");
                }
                for (int i = 0; i < n; i++) {
                    if (r.getAttributeValue(i).length() > MAX_ATTRIBUTE) {
                        throw refusal("an attribute longer than " + MAX_ATTRIBUTE + " characters");
                    }
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.DTD -> throw refusal(DOCTYPE);
            case XMLStreamConstants.ENTITY_REFERENCE ->
                throw refusal("an undeclared entity reference &" + clip(r.getLocalName()) + ";");
            case XMLStreamConstants.END_DOCUMENT -> throw refusal("the file ends inside an element (truncated?)");
            default -> { }
        }
        return e;
    }

    private String attribute(String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private UnreadableScriptException refusal(String reason) {
        return new UnreadableScriptException(reason, Math.max(0, r.getLocation().getLineNumber()));
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

package dev.slate.source.internal.pdf;

import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSource;
import dev.slate.source.ScriptText;
import dev.slate.source.UnreadableScriptException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF script read through its text layer, its page layout rebuilt as plain text (indentation from the
 * glyphs' positions, blank lines from vertical gaps, a form feed at each new page), so that the
 * plain-text parser reads it like a printed script. That text is what a {@code .clap} embeds and what
 * line numbers count.
 */
public final class PdfSource implements ScriptSource {
    /** The most pages read: a feature script runs to 120 or so; a longer PDF is not one script. */
    public static final int DEFAULT_MAX_PAGES = 1000;
    /** The most characters read in all: a page of script holds about 3,000. */
    public static final int DEFAULT_MAX_CHARACTERS = 4_000_000;
    /** The most memory PDFBox may use for the streams it decodes, beyond the input itself. */
    public static final long MAX_STREAM_MEMORY = 256L << 20;

    public static final PdfSource INSTANCE = new PdfSource(DEFAULT_MAX_PAGES, DEFAULT_MAX_CHARACTERS);

    private final int maxPages;
    private final int maxCharacters;

    public PdfSource(int maxPages, int maxCharacters) {
        if (maxPages < 1 || maxCharacters < 1) {
            throw new IllegalArgumentException("limits must be 1 or more");
        }
        this.maxPages = maxPages;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public ScriptText read(byte[] bytes) throws UnreadableScriptException {
        List<List<Glyph>> glyphs;
        try (PDDocument document = open(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableScriptException("a PDF with no pages");
            }
            if (pages > maxPages) {
                throw new UnreadableScriptException("a PDF of " + pages + " pages, more than " + maxPages
                        + " (the PDF page limit)");
            }
            glyphs = new GlyphCollector(maxCharacters).collect(document);
        } catch (GlyphCollector.TooMuchText e) {
            throw new UnreadableScriptException("a PDF with more than " + maxCharacters
                    + " characters of text (the PDF text limit)");
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
        List<List<PrintedLine>> pages = new ArrayList<>(glyphs.size());
        boolean anyText = false;
        for (List<Glyph> page : glyphs) {
            pages.add(PrintedLine.group(page));
            anyText |= !page.isEmpty();
        }
        if (!anyText) {
            throw new UnreadableScriptException("a PDF with no text layer (a scanned script? run OCR on it first)");
        }
        CharacterGrid grid = CharacterGrid.of(pages);
        List<List<PrintedLine>> onPitch = WordPitch.regularize(pages, grid);
        if (onPitch != pages) {
            pages = onPitch;
            grid = CharacterGrid.of(pages);
        }
        String text = new LayoutWriter(grid).write(pages);
        return ScriptText.of(text, "").from(ScriptFormat.PDF, List.of());
    }

    private static PDDocument open(byte[] bytes) throws UnreadableScriptException {
        try {
            return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnreadableScriptException("an encrypted PDF that needs a password (save it without one)");
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private static UnreadableScriptException damaged(Exception e) {
        if (e instanceof UnreadableScriptException u) {
            return u;
        }
        return new UnreadableScriptException("a damaged PDF (" + oneLine(e) + ")", 0, e);
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").trim();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m.length() > 100 ? m.substring(0, 97) + "..." : m;
    }
}

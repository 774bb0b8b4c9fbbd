package dev.slate.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF printed the way screenplay software prints: Courier 12 (ten characters an inch, six lines an
 * inch), a margin of an inch and a half on the left and an inch at the top, text placed by column and row.
 */
final class PrintedPdf {
    private static final float CHARACTER = 7.2f;
    private static final float LINE = 12f;

    private final PDRectangle paper;
    private final List<List<String[]>> pages = new ArrayList<>();
    /** 0 for print; else an OCR text layer's, each word drawn alone with glyphs this share of the font's width. */
    private float ocrGlyphShare;
    /** The tilt of the scan under an OCR text layer, in degrees. */
    private double tilt;
    private String userPassword;
    private String ownerPassword;

    private PrintedPdf(PDRectangle paper) {
        this.paper = paper;
    }

    static PrintedPdf letter() {
        return new PrintedPdf(PDRectangle.LETTER);
    }

    static PrintedPdf a4() {
        return new PrintedPdf(PDRectangle.A4);
    }

    boolean isA4() {
        return paper == PDRectangle.A4;
    }

    /** Starts a new page. */
    PrintedPdf page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** Prints {@code text} at a column (from the left margin) and a row (from the top margin), both from 0. */
    PrintedPdf at(int column, int row, String text) {
        pages.get(pages.size() - 1).add(new String[] {String.valueOf(column), String.valueOf(row), text});
        return this;
    }

    /**
     * Writes the text as OCR lays it over a scan (tesseract, ocrmypdf): each word drawn on its own where it
     * stands, invisible, its glyphs {@code glyphShare} of the font's width (as wide as the ink OCR found), on a
     * page tilted by {@code degrees}.
     */
    PrintedPdf asOcrLayer(float glyphShare, double degrees) {
        this.ocrGlyphShare = glyphShare;
        this.tilt = degrees;
        return this;
    }

    PrintedPdf encrypted(String user, String owner) {
        this.userPassword = user;
        this.ownerPassword = owner;
        return this;
    }

    private void ocrWords(PDPageContentStream s, PDType1Font font, int column, int row, String text) throws IOException {
        double angle = Math.toRadians(tilt);
        float y = paper.getHeight() - 72 - LINE - row * LINE;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == ' ' || k > 0 && text.charAt(k - 1) != ' ') {
                continue;
            }
            int end = text.indexOf(' ', k);
            String word = text.substring(k, end < 0 ? text.length() : end);
            // turned about the line's start on the margin, as a tilted scan turns it
            float dx = (column + k) * CHARACTER;
            s.beginText();
            s.setFont(font, 12);
            s.setRenderingMode(RenderingMode.NEITHER);
            s.setHorizontalScaling(ocrGlyphShare * 100);
            s.setTextMatrix(Matrix.getRotateInstance(angle, 108 + (float) (dx * Math.cos(angle)), y + (float) (dx * Math.sin(angle))));
            s.showText(word);
            s.endText();
        }
    }

    byte[] bytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
            for (List<String[]> texts : pages) {
                PDPage page = new PDPage(paper);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (String[] t : texts) {
                        if (ocrGlyphShare > 0) {
                            ocrWords(s, courier, Integer.parseInt(t[0]), Integer.parseInt(t[1]), t[2]);
                            continue;
                        }
                        s.beginText();
                        s.setFont(courier, 12);
                        s.newLineAtOffset(108 + Integer.parseInt(t[0]) * CHARACTER,
                                paper.getHeight() - 72 - LINE - Integer.parseInt(t[1]) * LINE);
                        s.showText(t[2]);
                        s.endText();
                    }
                    if (texts.isEmpty()) {
                        s.addRect(100, 100, 200, 200); // a scan's page: something drawn, nothing written
                        s.fill();
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

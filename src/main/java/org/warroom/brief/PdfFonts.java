package org.warroom.brief;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The two bundled fonts of a brief, loaded through OpenPDF's glyph layout (the JDK's HarfBuzz shapes Devanagari;
 * ActualText keeps the words searchable and copyable). Noto Sans Devanagari has no Latin letters, so text is cut
 * into runs by script and each run gets the font that has its glyphs.
 */
final class PdfFonts {
    static final String DEVANAGARI = "/org/warroom/platform/fonts/NotoSansDevanagari-Regular.ttf";
    static final String LATIN = "/org/warroom/platform/fonts/DejaVuSans.ttf";

    final GlyphLayoutManager layout;
    private final BaseFont deva;
    private final BaseFont latin;

    PdfFonts() {
        layout = new GlyphLayoutManager().setWriteActualText(true);
        deva = load(layout, "NotoSansDevanagari-Regular.ttf", DEVANAGARI);
        latin = load(layout, "DejaVuSans.ttf", LATIN);
    }

    private static BaseFont load(GlyphLayoutManager glm, String name, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application.");
            }
            return glm.loadFont(name, in, 10).getBaseFont();
        } catch (GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("The font " + resource + " could not be loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font latin(float size, Color color) {
        return new Font(latin, size, Font.NORMAL, color);
    }

    /** {@code text} as a phrase of script runs at one size and colour. */
    Phrase phrase(String text, float size, Color color) {
        Phrase p = new Phrase();
        p.setFont(latin(size, color));
        Font d = new Font(deva, size, Font.NORMAL, color);
        Font l = latin(size, color);
        int start = 0;
        Boolean run = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (neutral(c) && run != null) {
                continue;
            }
            boolean isDeva = devanagari(c);
            if (run != null && run != isDeva) {
                p.add(new Chunk(text.substring(start, i), run ? d : l));
                start = i;
            }
            run = isDeva;
        }
        if (start < text.length()) {
            p.add(new Chunk(text.substring(start), run != null && run ? d : l));
        }
        return p;
    }

    /** Devanagari and its extensions, with the joiners that steer conjuncts. */
    static boolean devanagari(char c) {
        return (c >= 0x0900 && c <= 0x097F) || (c >= 0xA8E0 && c <= 0xA8FF) || (c >= 0x1CD0 && c <= 0x1CFF)
                || c == 0x200C || c == 0x200D;
    }

    /** Spaces stay in the run they follow, so a Hindi phrase is shaped as one. */
    private static boolean neutral(char c) {
        return c == ' ' || c == 0x00A0;
    }
}

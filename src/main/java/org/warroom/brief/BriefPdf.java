package org.warroom.brief;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Document;
import org.warroom.platform.io.WholeFile;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.warroom.brief.Brief.Count;
import org.warroom.brief.Brief.Line;
import org.warroom.brief.Brief.Ranked;
import org.warroom.brief.Brief.Tile;
import org.warroom.org.Unit;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * Writes a {@link Brief} as an A4 PDF in Hindi or English: page 1 the tiles and the fourteen-day chart, page 2 the
 * rankings, then who has not reported. Every word is real text (shaped by {@link PdfFonts}); only the chart's bars
 * and digits are an image. The file appears whole or not at all: it is written beside the target and moved.
 */
public final class BriefPdf {
    static final Color INK = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    static final Color DEMO = new Color(0xb3261e);
    static final Color LINE = new Color(0xd0d7de);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages msg;
    private final byte[] mapPng;
    private final PdfFonts fonts = new PdfFonts();

    public BriefPdf(Messages msg) {
        this(msg, null);
    }

    /** @param mapPng the map of today's reporting as a PNG ({@link BriefMap}), or null to leave the map out */
    public BriefPdf(Messages msg, byte[] mapPng) {
        this.msg = msg;
        this.mapPng = mapPng;
    }

    /**
     * Writes the brief to {@code target} atomically.
     *
     * @return the number of pages
     * @throws IllegalArgumentException when the folder does not exist or cannot be written
     */
    public int write(Brief brief, Path target) {
        return WholeFile.write(target, out -> write(brief, out));
    }


    /** Writes the brief to a stream (left open); returns the number of pages. */
    public int write(Brief b, OutputStream out) {
        Document doc = new Document(PageSize.A4, 40, 40, 40, 48);
        doc.setGlyphLayoutManager(fonts.layout);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, new NonClosing(out));
            writer.setCloseStream(false);
            doc.addTitle(msg.get("brief.title") + " — " + b.unit().nameEn());
            doc.addCreator("War Room Console");
            HeaderFooter footer = new HeaderFooter(fonts.phrase(msg.get("brief.page") + " ", 8, MUTED),
                    fonts.phrase("  ·  " + name(b.unit()) + "  ·  " + TIME.format(b.generatedAt()) + " IST"
                            + (b.demoPreset() == null ? "" : "  ·  " + msg.get("brief.demo")), 8, MUTED));
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.TOP);
            footer.setBorderColor(LINE);
            doc.setFooter(footer);
            doc.open();
            header(doc, b);
            tiles(doc, b);
            chart(doc, b);
            if (mapPng != null) {
                doc.newPage();
                map(doc);
            }
            doc.newPage();
            rankings(doc, b);
            doc.newPage();
            missing(doc, b);
            int pages = writer.getPageNumber();
            doc.close();
            return pages;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The brief could not be laid out: " + e.getMessage(), e);
        }
    }

    private void header(Document doc, Brief b) {
        doc.add(para(msg.get("brief.title"), 11, MUTED, 0));
        doc.add(para(name(b.unit()) + "  (" + b.unit().code() + ")", 20, INK, 2));
        doc.add(para(msg.get("brief.generated", TIME.format(b.generatedAt()) + " IST", IndianFormat.date(b.day())), 9, MUTED, 2));
        if (b.demoPreset() != null) {
            doc.add(para(msg.get("brief.demo") + " (" + b.demoPreset() + ")", 11, DEMO, 4));
        }
    }

    private void tiles(Document doc, Brief b) {
        doc.add(heading(msg.get("brief.section.tiles")));
        if (b.tiles().isEmpty()) {
            doc.add(para(msg.get("brief.empty.tiles"), 10, MUTED, 4));
            return;
        }
        PdfPTable t = new PdfPTable(3);
        t.setWidthPercentage(100);
        t.getDefaultCell().setBorder(Rectangle.NO_BORDER); // the cells that complete the last row
        for (Tile tile : b.tiles()) {
            PdfPCell c = new PdfPCell();
            c.setBorderColor(LINE);
            c.setPadding(6);
            c.setMinimumHeight(58);
            c.addElement(para(msg.get(tile.key()), 8.5f, MUTED, 0));
            c.addElement(para(tile.value(), 16, INK, 0));
            if (!tile.detail().isEmpty()) {
                c.addElement(para(detail(tile), 8, MUTED, 0));
            }
            t.addCell(c);
        }
        t.completeRow();
        doc.add(t);
    }

    private String detail(Tile tile) {
        return switch (tile.key()) {
            case "brief.tile.covered", "brief.tile.full" -> msg.get("brief.detail.booths", tile.detail());
            case "brief.tile.groups" -> msg.get("brief.detail.members", tile.detail());
            case "brief.tile.reports" -> msg.get("brief.detail.rate", tile.detail());
            case "brief.tile.released" -> msg.get("brief.detail.slots", tile.detail());
            default -> tile.detail();
        };
    }

    private void chart(Document doc, Brief b) throws IOException {
        doc.add(heading(msg.get("brief.section.chart", BriefService.DAYS)));
        if (b.seriesEmpty()) {
            doc.add(para(msg.get("brief.empty.chart"), 10, MUTED, 4));
            return;
        }
        Image img = Image.getInstance(BriefChart.png(b.series(), 515, 230, 3));
        img.scaleToFit(515, 230);
        doc.add(img);
        DayLine last = DayLine.of(b);
        doc.add(para(msg.get("brief.chart.note", last.reported, last.expected, last.rate), 8.5f, MUTED, 2));
    }

    private void map(Document doc) throws IOException {
        doc.add(heading(msg.get("brief.section.map")));
        Image img = Image.getInstance(mapPng);
        img.scaleToFit(515, 560);
        doc.add(img);
        doc.add(para(msg.get("brief.map.note"), 8.5f, MUTED, 2));
    }

    /** Today's numbers under the chart, formatted. */
    private record DayLine(String reported, String expected, String rate) {
        static DayLine of(Brief b) {
            var d = b.series().getLast();
            return new DayLine(IndianFormat.number(d.reported()), IndianFormat.number(d.expected()), IndianFormat.percent(d.rate()));
        }
    }

    private void rankings(Document doc, Brief b) {
        doc.add(para(msg.get("brief.section.rankings", name(b.rankedUnder())), 14, INK, 0));
        if (b.childCount() == 0) {
            doc.add(para(msg.get("brief.empty.children"), 10, MUTED, 4));
            return;
        }
        if (b.childCount() <= 10) { // best and worst ten would be the same units twice: one table each, best first
            ranking(doc, msg.get("brief.rank.allCoverage"), b.bestCoverage(), "brief.col.booths");
            ranking(doc, msg.get("brief.rank.allReporting"), b.bestReporting(), "brief.col.reported");
            return;
        }
        ranking(doc, msg.get("brief.rank.bestCoverage"), b.bestCoverage(), "brief.col.booths");
        ranking(doc, msg.get("brief.rank.worstCoverage"), b.worstCoverage(), "brief.col.booths");
        ranking(doc, msg.get("brief.rank.bestReporting"), b.bestReporting(), "brief.col.reported");
        ranking(doc, msg.get("brief.rank.worstReporting"), b.worstReporting(), "brief.col.reported");
    }

    private void ranking(Document doc, String title, List<Ranked> rows, String countKey) {
        doc.add(heading(title));
        if (rows.isEmpty()) {
            doc.add(para(msg.get("brief.empty.ranking"), 9, MUTED, 2));
            return;
        }
        PdfPTable t = table(new float[] {0.6f, 6, 1.6f, 2.4f}, "#", msg.get("brief.col.unit"), "%", msg.get(countKey));
        int i = 1;
        for (Ranked r : rows) {
            row(t, Integer.toString(i++), name(r.unit()), IndianFormat.percent(r.rate()),
                    IndianFormat.number(r.part()) + " / " + IndianFormat.number(r.whole()));
        }
        doc.add(t);
    }

    private void missing(Document doc, Brief b) {
        Brief.Missing m = b.missing();
        doc.add(para(msg.get("brief.section.missing"), 14, INK, 0));
        if (m.expected() == 0) {
            doc.add(para(msg.get("brief.empty.missing"), 10, MUTED, 4));
            return;
        }
        doc.add(para(msg.get("brief.missing.summary", IndianFormat.number(m.missing()), IndianFormat.number(m.expected()),
                IndianFormat.date(b.day())), 10, INK, 4));
        if (!m.byUnit().isEmpty()) {
            doc.add(heading(msg.get("brief.missing.byUnit")));
            PdfPTable t = table(new float[] {6, 2, 2}, msg.get("brief.col.unit"), msg.get("brief.col.missing"),
                    msg.get("brief.col.expected"));
            for (Count c : m.byUnit()) {
                row(t, name(c.unit()), IndianFormat.number(c.missing()), IndianFormat.number(c.expected()));
            }
            doc.add(t);
        }
        doc.add(heading(msg.get("brief.missing.names")));
        if (!m.listed()) {
            doc.add(para(msg.get("brief.missing.tooMany", IndianFormat.number(BriefService.LIST_NAMES_UP_TO)), 9, MUTED, 2));
            return;
        }
        doc.add(para(msg.get("brief.missing.masked"), 8.5f, MUTED, 2));
        PdfPTable t = table(new float[] {2.6f, 1.8f, 3.2f, 2.4f}, msg.get("brief.col.mandal"), msg.get("brief.col.booth"),
                msg.get("brief.col.name"), msg.get("brief.col.phone"));
        t.setHeaderRows(1);
        for (Line l : m.lines()) {
            row(t, l.mandal(), l.boothCode(), l.name(), l.maskedPhone());
        }
        doc.add(t);
        if (m.missing() > m.lines().size()) {
            doc.add(para(msg.get("brief.missing.more", IndianFormat.number(m.missing() - m.lines().size())), 9, MUTED, 4));
        }
    }

    private PdfPTable table(float[] widths, String... head) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        for (String h : head) {
            PdfPCell c = new PdfPCell(fonts.phrase(h, 8.5f, MUTED));
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(LINE);
            c.setPaddingBottom(4);
            t.addCell(c);
        }
        return t;
    }

    private void row(PdfPTable t, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell c = new PdfPCell(fonts.phrase(cells[i], 9, INK));
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(LINE);
            c.setPaddingBottom(3);
            if (i > 0 && i == cells.length - 1 || cells[i].matches("[0-9,.%/ —]+")) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(c);
        }
    }

    private Paragraph heading(String text) {
        Paragraph p = para(text, 12, INK, 10);
        p.setSpacingAfter(4);
        return p;
    }

    private Paragraph para(String text, float size, Color color, float before) {
        Paragraph p = new Paragraph(fonts.phrase(text, size, color));
        p.setLeading(size * 1.45f);
        p.setSpacingBefore(before);
        return p;
    }

    /** In Hindi the Hindi name; in English both, so the brief can be searched in either script. */
    String name(Unit u) {
        if (msg.hindi()) {
            return u.name(true);
        }
        return u.nameHi() == null || u.nameHi().isBlank() ? u.nameEn() : u.nameEn() + " · " + u.nameHi();
    }

    /** OpenPDF closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package org.warroom.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Set;

/**
 * The map as a picture for a printed briefing, drawn with Java2D (no window needed): the layer's shapes filled on
 * the same red–amber–green scale as the Map tab (grey for no data, pale for units this war room does not hold),
 * white boundaries, cropped to the units of {@code focus} when given (a district's brief shows its seats).
 */
public final class MapPicture {
    private static final Color NOT_IN_WAR_ROOM = new Color(0xec, 0xef, 0xf1);
    private static final Color NO_DATA = new Color(0xa7, 0xad, 0xb3);
    private static final Color LOW = new Color(0xd7, 0x30, 0x27);
    private static final Color MID = new Color(0xfd, 0xae, 0x61);
    private static final Color HIGH = new Color(0x1a, 0x98, 0x50);

    private MapPicture() {
    }

    /**
     * @param focus codes whose shapes frame the picture (empty: the whole layer)
     * @param widthPx the picture's width; the height follows the framed area's shape
     */
    public static BufferedImage draw(MapGeometry g, MapValues v, Set<String> focus, int widthPx) {
        Rectangle2D frame = null;
        for (MapShape s : g.shapes()) {
            if (focus.isEmpty() || focus.contains(s.code())) {
                Rectangle2D b = path(s).getBounds2D();
                frame = frame == null ? b : frame.createUnion(b);
            }
        }
        if (frame == null) {
            frame = new Rectangle2D.Double(0, 0, g.width(), g.height());
        }
        double margin = Math.max(frame.getWidth(), frame.getHeight()) * 0.04;
        frame.setRect(frame.getX() - margin, frame.getY() - margin, frame.getWidth() + 2 * margin, frame.getHeight() + 2 * margin);
        double scale = widthPx / frame.getWidth();
        int heightPx = Math.max(1, (int) Math.round(frame.getHeight() * scale));
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, widthPx, heightPx);
            gr.scale(scale, scale);
            gr.translate(-frame.getX(), -frame.getY());
            gr.setStroke(new BasicStroke((float) (0.8 / scale)));
            for (MapShape s : g.shapes()) {
                Path2D p = path(s);
                if (!p.intersects(frame)) {
                    continue;
                }
                gr.setColor(colour(v == null ? null : v.byCode().get(s.code())));
                gr.fill(p);
                gr.setColor(Color.WHITE);
                gr.draw(p);
            }
        } finally {
            gr.dispose();
        }
        return img;
    }

    /** 0 → red, 0.5 → amber, 1 → green; grey without data; pale when not in this war room. */
    static Color colour(MapValue value) {
        if (value == null) {
            return NOT_IN_WAR_ROOM;
        }
        if (!value.hasData()) {
            return NO_DATA;
        }
        double s = Math.max(0, Math.min(1, value.value()));
        return s < 0.5 ? mix(LOW, MID, s * 2) : mix(MID, HIGH, (s - 0.5) * 2);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static Path2D path(MapShape s) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : s.rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                if (i == 0) {
                    p.moveTo(ring[i], ring[i + 1]);
                } else {
                    p.lineTo(ring[i], ring[i + 1]);
                }
            }
            p.closePath();
        }
        return p;
    }
}

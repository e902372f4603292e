import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the sample issue's photo, a data-centre construction site (samples/kxdb-2025-05-16/photos/suanli.jpg),
 * entirely from shapes and gradients, so the sample ships a picture the project made itself and may give away.
 * It was run once; the JPEG is committed. Run again with
 * {@code java bench/SamplePhoto.java samples/kxdb-2025-05-16/photos/suanli.jpg}.
 *
 * 2400 × 1600 pixels: about 230 dpi at the 264 mm the sample page gives it (6 columns), over the engine's 150 dpi
 * warning. The random numbers are seeded, so each run draws the same picture.
 */
public final class SamplePhoto {

    static final int W = 2400;
    static final int H = 1600;
    static final int HORIZON = 1020;

    public static void main(String[] args) throws Exception {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random rnd = new Random(20250516);
        sky(g);
        hills(g);
        ground(g);
        hall(g, 260, 1180, 560);
        tower(g, 1420, 1820, 330);
        scaffold(g, 1420, 1820, 330);
        crane(g, 1150, 160, 1950, 1);
        crane(g, 2150, 300, 1500, -1);
        trucks(g);
        workers(g, rnd);
        g.dispose();
        write(img, new File(args.length > 0 ? args[0] : "suanli.jpg"));
    }

    static void sky(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(92, 140, 196), 0, HORIZON, new Color(214, 228, 238)));
        g.fillRect(0, 0, W, HORIZON);
        g.setColor(new Color(255, 255, 255, 150));
        for (int[] c : new int[][] {{300, 180, 420, 70}, {520, 150, 300, 60}, {1700, 120, 500, 80}, {1950, 170, 380, 60}}) {
            g.fillOval(c[0], c[1], c[2], c[3]);
        }
    }

    static void hills(Graphics2D g) {
        Polygon far = new Polygon();
        far.addPoint(0, HORIZON);
        for (int x = 0; x <= W; x += 40) {
            far.addPoint(x, (int) (HORIZON - 170 - 70 * Math.sin(x / 260.0) - 40 * Math.sin(x / 97.0)));
        }
        far.addPoint(W, HORIZON);
        g.setColor(new Color(150, 168, 178));
        g.fillPolygon(far);
        Polygon near = new Polygon();
        near.addPoint(0, HORIZON);
        for (int x = 0; x <= W; x += 40) {
            near.addPoint(x, (int) (HORIZON - 70 - 40 * Math.sin(x / 180.0 + 1)));
        }
        near.addPoint(W, HORIZON);
        g.setColor(new Color(118, 134, 124));
        g.fillPolygon(near);
    }

    static void ground(Graphics2D g) {
        g.setPaint(new GradientPaint(0, HORIZON, new Color(176, 150, 116), 0, H, new Color(120, 96, 70)));
        g.fillRect(0, HORIZON, W, H - HORIZON);
        g.setColor(new Color(90, 90, 92));
        Polygon road = new Polygon(new int[] {1000, 1260, 2400, 2400, 0, 0}, new int[] {HORIZON + 30, HORIZON + 30,
            HORIZON + 260, H, H, HORIZON + 470}, 6);
        g.fill(road);
        g.setColor(new Color(230, 230, 220));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {70, 60}, 0));
        g.draw(new Line2D.Double(1130, HORIZON + 40, 1200, H));
    }

    /** The finished hall on the left: a long low building with a band of windows. */
    static void hall(Graphics2D g, int x0, int x1, int top) {
        g.setPaint(new GradientPaint(x0, top, new Color(206, 210, 214), x1, HORIZON, new Color(150, 156, 162)));
        g.fillRect(x0, top, x1 - x0, HORIZON + 40 - top);
        g.setColor(new Color(70, 90, 120));
        for (int row = 0; row < 3; row++) {
            for (int x = x0 + 30; x < x1 - 60; x += 80) {
                g.fillRect(x, top + 60 + row * 110, 56, 70);
            }
        }
        g.setColor(new Color(120, 124, 130));
        g.fillRect(x0 - 10, top - 24, x1 - x0 + 20, 30);
        g.setColor(new Color(180, 40, 40));
        g.fillRect(x0 + 60, top + 380, 420, 50);
    }

    /** The tower under construction: concrete floors, the top ones open. */
    static void tower(Graphics2D g, int x0, int x1, int top) {
        int floor = 58;
        for (int y = top, i = 0; y < HORIZON + 40; y += floor, i++) {
            boolean open = i < 4;
            g.setColor(open ? new Color(160, 160, 156) : new Color(196, 194, 186));
            g.fillRect(x0, y, x1 - x0, 14);
            g.setColor(open ? new Color(120, 120, 118) : new Color(104, 112, 122));
            g.fillRect(x0, y + 14, x1 - x0, floor - 14);
            g.setColor(new Color(170, 168, 160));
            for (int x = x0; x <= x1; x += 100) {
                g.fillRect(x, y + 14, 12, floor - 14);
            }
        }
    }

    /** Scaffolding on the tower's right face and a safety net over its lower floors. */
    static void scaffold(Graphics2D g, int x0, int x1, int top) {
        g.setColor(new Color(46, 120, 70, 150));
        g.fillRect(x1 - 20, top + 240, 90, HORIZON + 40 - top - 240);
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(4));
        for (int y = top + 240; y < HORIZON + 40; y += 58) {
            g.draw(new Line2D.Double(x1 - 20, y, x1 + 70, y));
        }
        for (int x = x1 - 20; x <= x1 + 70; x += 45) {
            g.draw(new Line2D.Double(x, top + 240, x, HORIZON + 40));
        }
    }

    /** A tower crane: lattice mast at x, jib from the mast out to tipX, counter-jib on the other side. */
    static void crane(Graphics2D g, int x, int top, int tipX, int dir) {
        Color yellow = new Color(232, 176, 32);
        g.setColor(yellow);
        g.setStroke(new BasicStroke(6));
        int w = 40;
        g.draw(new Line2D.Double(x, top, x, HORIZON + 20));
        g.draw(new Line2D.Double(x + w, top, x + w, HORIZON + 20));
        g.setStroke(new BasicStroke(3));
        for (int y = top; y < HORIZON + 20; y += 40) {
            g.draw(new Line2D.Double(x, y, x + w, y + 40));
            g.draw(new Line2D.Double(x, y, x + w, y));
        }
        int jibY = top + 10;
        int back = x + w / 2 - dir * 380;
        g.setStroke(new BasicStroke(8));
        g.draw(new Line2D.Double(back, jibY, tipX, jibY));
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 40; i++) {
            double a = back + (tipX - back) * i / 40.0;
            double b = back + (tipX - back) * (i + 1) / 40.0;
            g.draw(new Line2D.Double(a, jibY, b, jibY + 26));
        }
        g.draw(new Line2D.Double(back, jibY + 26, tipX, jibY + 26));
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(2));
        g.draw(new Line2D.Double(x + w / 2, top - 120, tipX, jibY));
        g.draw(new Line2D.Double(x + w / 2, top - 120, back, jibY));
        g.setColor(yellow);
        g.setStroke(new BasicStroke(8));
        g.draw(new Line2D.Double(x + w / 2, top - 120, x + w / 2, top));
        g.setColor(new Color(110, 110, 110));
        g.fillRect(back - dir * 10 - 40, jibY + 26, 80, 70);
        int hook = x + w / 2 + dir * 520;
        g.setColor(new Color(40, 40, 40));
        g.draw(new Line2D.Double(hook, jibY + 26, hook, jibY + 420));
        g.setColor(new Color(150, 90, 50));
        g.fillRect(hook - 90, jibY + 420, 180, 36);
        g.setColor(new Color(44, 44, 44));
        g.fillRect(x + w / 2 - 30, jibY + 26, 60, 50);
    }

    static void trucks(Graphics2D g) {
        truck(g, 1500, HORIZON + 250, 1.0);
        truck(g, 560, HORIZON + 300, 1.25);
        g.setColor(new Color(96, 78, 58));
        Polygon pile = new Polygon(new int[] {40, 240, 420}, new int[] {HORIZON + 200, HORIZON + 60, HORIZON + 200}, 3);
        g.fill(pile);
    }

    static void truck(Graphics2D g, int x, int y, double s) {
        g.setColor(new Color(236, 236, 230));
        g.fillRect(x, (int) (y - 110 * s), (int) (260 * s), (int) (110 * s));
        g.setColor(new Color(200, 70, 40));
        g.fillRect((int) (x + 260 * s), (int) (y - 90 * s), (int) (90 * s), (int) (90 * s));
        g.setColor(new Color(110, 150, 190));
        g.fillRect((int) (x + 290 * s), (int) (y - 80 * s), (int) (50 * s), (int) (34 * s));
        g.setColor(new Color(30, 30, 30));
        for (double wx : new double[] {40, 180, 300}) {
            g.fillOval((int) (x + wx * s), (int) (y - 18 * s), (int) (48 * s), (int) (48 * s));
        }
    }

    /** Workers in hard hats: small figures on the ground and on the open floors. */
    static void workers(Graphics2D g, Random rnd) {
        for (int i = 0; i < 14; i++) {
            int x = 300 + rnd.nextInt(1900);
            int y = HORIZON + 120 + rnd.nextInt(300);
            if (x > 1000 && x < 1300) {
                continue;
            }
            g.setColor(new Color(40 + rnd.nextInt(40), 60, 110));
            g.fillRect(x, y - 60, 22, 60);
            g.setColor(rnd.nextBoolean() ? new Color(240, 200, 40) : new Color(230, 90, 40));
            g.fillRect(x - 4, y - 62, 30, 14);
            g.fillOval(x - 3, y - 82, 28, 24);
        }
    }

    static void write(BufferedImage img, File out) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.85f);
        out.getAbsoluteFile().getParentFile().mkdirs();
        try (ImageOutputStream s = ImageIO.createImageOutputStream(out)) {
            w.setOutput(s);
            w.write(null, new IIOImage(img, null, null), p);
        }
        w.dispose();
    }
}

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the county-weekly sample's two photos from shapes and gradients, so the sample ships pictures the project
 * made itself: a seedling greenhouse (yuyang.jpg, 3:2) and a millet packing room (xiaomi.jpg, 4:3). Run once; the
 * JPEGs are committed. Run again with {@code java bench/CountyPhotos.java samples/county-weekly/photos}.
 * The random numbers are seeded, so each run draws the same pictures.
 */
public final class CountyPhotos {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        write(greenhouse(1800, 1200, new Random(20260403)), folder.resolve("yuyang.jpg").toFile());
        write(packingRoom(1600, 1200, new Random(20260404)), folder.resolve("xiaomi.jpg").toFile());
    }

    /** Rows of seedling trays under the arched film of a greenhouse, a technician bending over them. */
    static BufferedImage greenhouse(int w, int h, Random rnd) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(img);
        g.setPaint(new GradientPaint(0, 0, new Color(236, 240, 232), 0, h / 2f, new Color(196, 206, 190)));
        g.fillRect(0, 0, w, h);
        g.setStroke(new BasicStroke(6));
        g.setColor(new Color(150, 156, 150));
        for (int i = -2; i < 9; i++) { // the arches of the film's steel frame, converging towards the far end
            int x = w / 2 + i * 260 - 1040;
            g.drawArc(x, -h / 3, 2 * (w / 2 - x) + 1, h, 0, 180);
        }
        g.setPaint(new GradientPaint(0, h * 0.45f, new Color(120, 100, 78), 0, h, new Color(88, 70, 52)));
        g.fillRect(0, (int) (h * 0.45), w, h);
        for (int row = 0; row < 7; row++) { // trays recede: each row thinner and closer to the horizon
            double t = row / 7.0;
            int y = (int) (h * (0.95 - 0.5 * Math.sqrt(t)));
            int rowH = (int) (90 * (1 - 0.8 * t));
            g.setColor(new Color(40, 44, 40));
            g.fillRect(0, y, w, rowH / 3);
            for (int x = 0; x < w; x += Math.max(6, (int) (28 * (1 - 0.8 * t)))) {
                int green = 120 + rnd.nextInt(80);
                g.setColor(new Color(60 + rnd.nextInt(40), green, 50 + rnd.nextInt(30)));
                int leaf = Math.max(3, (int) (rowH * (0.6 + 0.3 * rnd.nextDouble())));
                g.fillOval(x, y - leaf, Math.max(4, leaf / 2), leaf);
            }
        }
        person(g, (int) (w * 0.68), (int) (h * 0.5), 1.4, new Color(40, 90, 160));
        g.dispose();
        return img;
    }

    /** A packing room: a table of bagged millet in front of stacked cartons, two workers at the table. */
    static BufferedImage packingRoom(int w, int h, Random rnd) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(img);
        g.setPaint(new GradientPaint(0, 0, new Color(226, 224, 216), 0, h * 0.6f, new Color(184, 182, 172)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(150, 146, 138));
        g.fillRect(0, (int) (h * 0.62), w, h);
        for (int c = 0; c < 9; c++) { // stacked cartons along the back wall
            for (int r = 0; r < 3 + c % 2; r++) {
                int bw = 170, bh = 120;
                int x = 40 + c * bw, y = (int) (h * 0.6) - (r + 1) * bh;
                g.setColor(new Color(176 + rnd.nextInt(20), 140 + rnd.nextInt(16), 96));
                g.fillRect(x, y, bw - 6, bh - 6);
                g.setColor(new Color(120, 40, 30));
                g.fillRect(x + 40, y + 40, bw - 86, 30);
            }
        }
        person(g, (int) (w * 0.3), (int) (h * 0.42), 1.6, new Color(230, 230, 226));
        person(g, (int) (w * 0.66), (int) (h * 0.44), 1.5, new Color(230, 230, 226));
        g.setColor(new Color(112, 84, 60));
        g.fillRect(0, (int) (h * 0.7), w, (int) (h * 0.06));
        for (int i = 0; i < 14; i++) { // bags of millet on the table
            int x = 60 + i * 108, y = (int) (h * 0.63);
            g.setColor(new Color(236, 196, 70 + rnd.nextInt(30)));
            g.fillRoundRect(x, y, 90, 60, 24, 24);
            g.setColor(new Color(190, 40, 36));
            g.fillRect(x + 22, y + 18, 46, 18);
        }
        g.dispose();
        return img;
    }

    /** A standing worker seen from the front: a round head, a coat of the given colour, dark trousers. */
    static void person(Graphics2D g, int x, int y, double s, Color coat) {
        g.setColor(new Color(60, 60, 66));
        g.fillRect(x - (int) (30 * s), y + (int) (150 * s), (int) (60 * s), (int) (150 * s));
        g.setColor(coat);
        g.fill(new Polygon(new int[] {x - (int) (50 * s), x + (int) (50 * s), x + (int) (42 * s), x - (int) (42 * s)},
                new int[] {y + (int) (40 * s), y + (int) (40 * s), y + (int) (170 * s), y + (int) (170 * s)}, 4));
        g.setColor(new Color(214, 170, 132));
        g.fillOval(x - (int) (24 * s), y - (int) (14 * s), (int) (48 * s), (int) (54 * s));
        g.setColor(new Color(30, 28, 26));
        g.fillArc(x - (int) (25 * s), y - (int) (16 * s), (int) (50 * s), (int) (34 * s), 0, 180);
    }

    static Graphics2D pen(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    static void write(BufferedImage img, File file) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.85f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), p);
        }
        writer.dispose();
    }
}

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the corpus issue's illustrative photo, a congress hall seen from the back rows (samples/corpus-issue/photos/
 * huichang.jpg; its caption says 示意图片), from shapes and gradients only, so the sample ships a picture the project
 * made itself. It was run once; the JPEG is committed. Run again with
 * {@code java bench/HallPhoto.java samples/corpus-issue/photos/huichang.jpg}. Seeded: each run draws the same picture.
 *
 * 1800 × 1200 pixels (3:2, as the issue states): about 250 dpi at the 4 tabloid columns it is given.
 */
public final class HallPhoto {

    static final int W = 1800;
    static final int H = 1200;

    public static void main(String[] args) throws Exception {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random rnd = new Random(20240305L);
        // ceiling: a dome of warm light
        g.setPaint(new GradientPaint(0, 0, new Color(120, 96, 70), 0, 420, new Color(228, 206, 170)));
        g.fill(new Rectangle2D.Double(0, 0, W, 420));
        for (int ring = 0; ring < 6; ring++) {
            g.setColor(new Color(250, 236, 200, 120 - ring * 15));
            double r = 160 + ring * 140;
            g.fill(new Ellipse2D.Double(W / 2.0 - r, -r * 0.45, 2 * r, r * 0.9));
        }
        for (int i = 0; i < 60; i++) { // the lamps in the ceiling
            double a = Math.PI * i / 59;
            double x = W / 2.0 - Math.cos(a) * 820;
            double y = 40 + Math.sin(a) * 300;
            g.setColor(new Color(255, 250, 225));
            g.fill(new Ellipse2D.Double(x - 9, y - 6, 18, 12));
        }
        // the stage wall and its red curtain
        g.setColor(new Color(150, 30, 34));
        g.fill(new Rectangle2D.Double(260, 380, W - 520, 250));
        g.setPaint(new GradientPaint(0, 380, new Color(190, 40, 44), 0, 630, new Color(120, 20, 26)));
        for (int x = 260; x < W - 260; x += 36) {
            g.fill(new Rectangle2D.Double(x, 380, 26, 250));
        }
        g.setColor(new Color(235, 196, 90)); // the emblem
        g.fill(new Ellipse2D.Double(W / 2.0 - 55, 400, 110, 110));
        // the rostrum rows
        for (int row = 0; row < 3; row++) {
            double y = 600 + row * 34;
            g.setColor(new Color(200, 180, 150));
            g.fill(new Rectangle2D.Double(330 + row * 30, y, W - 660 - row * 60, 26));
            for (double x = 350 + row * 30; x < W - 350 - row * 30; x += 28) {
                g.setColor(new Color(30 + rnd.nextInt(30), 30 + rnd.nextInt(25), 40));
                g.fill(new Ellipse2D.Double(x, y - 14, 14, 16));
            }
        }
        // the floor of the hall and the delegates' rows, larger towards the camera
        g.setPaint(new GradientPaint(0, 700, new Color(110, 40, 38), 0, H, new Color(70, 24, 24)));
        g.fill(new Rectangle2D.Double(0, 700, W, H - 700));
        double y = 720;
        for (int row = 0; y < H + 40; row++) {
            double scale = 1 + row * 0.22;
            double head = 11 * scale;
            g.setColor(new Color(150, 120, 90));
            g.fill(new Rectangle2D.Double(0, y + head * 1.4, W, head * 0.9));
            for (double x = -rnd.nextInt((int) (head * 2)); x < W; x += head * 2.1) {
                g.setColor(new Color(20 + rnd.nextInt(40), 20 + rnd.nextInt(30), 30 + rnd.nextInt(30)));
                g.fill(new Ellipse2D.Double(x, y, head * 1.2, head * 1.4));
                g.fill(new Rectangle2D.Double(x - head * 0.3, y + head * 1.2, head * 1.8, head * 1.2));
            }
            y += head * 2.6;
        }
        g.dispose();
        ImageIO.write(img, "jpg", new File(args[0]));
    }
}

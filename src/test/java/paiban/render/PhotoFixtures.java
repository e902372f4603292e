package paiban.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Real image files of every ordinary kind, made with ImageIO for the tests (nothing is read from outside). */
public final class PhotoFixtures {

    private PhotoFixtures() {
    }

    /** A colour test picture: a smooth hue and lightness ramp with a dark square at the middle. */
    public static BufferedImage picture(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float hue = (float) x / w;
                float bri = 0.3f + 0.7f * (1 - (float) y / h);
                img.setRGB(x, y, Color.HSBtoRGB(hue, 0.9f, bri));
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 10, 40));
        g.fillRect(w * 2 / 5, h * 2 / 5, w / 5, h / 5);
        g.dispose();
        return img;
    }

    public static Path jpeg(Path file, BufferedImage img, boolean progressive) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.95f);
        if (progressive) {
            p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(out)) {
            w.setOutput(os);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        Files.write(file, out.toByteArray());
        return file;
    }

    public static Path png(Path file, BufferedImage img, boolean interlaced) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        if (interlaced) {
            p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        try (ImageOutputStream os = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            w.setOutput(os);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return file;
    }

    /** A flat grey of {@code level} (0 black … 255 white), 8-bit grey JPEG. */
    public static BufferedImage flatGrey(int w, int h, int level) {
        return filled(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), level);
    }

    /** Every sample of a one-band image set to {@code level}. */
    private static BufferedImage filled(BufferedImage img, int level) {
        WritableRaster r = img.getRaster();
        int[] row = new int[img.getWidth()];
        Arrays.fill(row, level);
        for (int y = 0; y < img.getHeight(); y++) {
            r.setPixels(0, y, img.getWidth(), 1, row);
        }
        return img;
    }

    /** A flat sRGB colour. */
    public static BufferedImage flat(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** 16 bits a sample, RGB, the colour picture's tones. */
    public static BufferedImage rgb16(int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster r = cm.createCompatibleWritableRaster(w, h);
        BufferedImage src = picture(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = src.getRGB(x, y);
                r.setPixel(x, y, new int[] {(v >> 16 & 0xFF) * 257, (v >> 8 & 0xFF) * 257, (v & 0xFF) * 257});
            }
        }
        return new BufferedImage(cm, r, false, null);
    }

    /** 16-bit grey, a flat {@code level} of 65535. */
    public static BufferedImage grey16(int w, int h, int level) {
        return filled(new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY), level);
    }

    /** RGBA: a fully transparent ground (black in its colour samples) with an opaque dark-red square inside. */
    public static BufferedImage transparentGround(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(120, 0, 0, 255));
        g.fillRect(w / 3, h / 3, w / 3, h / 3);
        g.dispose();
        return img;
    }

    /** Grey + alpha: transparent black ground, an opaque mid-grey square. */
    public static BufferedImage greyAlpha(int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster r = cm.createCompatibleWritableRaster(w, h);
        for (int y = h / 3; y < 2 * h / 3; y++) {
            for (int x = w / 3; x < 2 * w / 3; x++) {
                r.setPixel(x, y, new int[] {100, 255});
            }
        }
        return new BufferedImage(cm, r, false, null);
    }

    /** A palette image whose index 0 (black) is transparent (tRNS), with a blue square in index 1. */
    public static BufferedImage paletteWithTransparency(int w, int h) {
        byte[] r = {0, 10};
        byte[] g = {0, 40};
        byte[] b = {0, (byte) 160};
        IndexColorModel cm = new IndexColorModel(8, 2, r, g, b, 0);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, cm);
        WritableRaster ras = img.getRaster();
        for (int y = h / 3; y < 2 * h / 3; y++) {
            for (int x = w / 3; x < 2 * w / 3; x++) {
                ras.setSample(x, y, 0, 1);
            }
        }
        return img;
    }

    /**
     * A four-component JPEG of flat ink {@code cmyk} (0–255 each), written as Adobe software does: an APP14
     * marker, the samples inverted, and with {@code ycck} the colour samples coded as YCbCr (transform 2).
     */
    public static Path cmykJpeg(Path file, int w, int h, int[] cmyk, boolean ycck) throws IOException {
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int cr = 255 - cmyk[0];
        int cg = 255 - cmyk[1];
        int cb = 255 - cmyk[2];
        int[] v = ycck
                ? new int[] {(int) Math.round(0.299 * cr + 0.587 * cg + 0.114 * cb),
                        (int) Math.round(128 - 0.168736 * cr - 0.331264 * cg + 0.5 * cb),
                        (int) Math.round(128 + 0.5 * cr - 0.418688 * cg - 0.081312 * cb), 255 - cmyk[3]}
                : new int[] {cr, cg, cb, 255 - cmyk[3]};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setPixel(x, y, v);
            }
        }
        ImageWriter iw = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(out)) {
            iw.setOutput(os);
            iw.write(null, new IIOImage(r, null, null), null);
        } finally {
            iw.dispose();
        }
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
                (byte) (ycck ? 2 : 0)};
        Files.write(file, afterSoi(out.toByteArray(), app14));
        return file;
    }

    /** A JPEG with an EXIF APP1 marker saying the stored pixels are to be shown turned by {@code orientation}. */
    public static Path withOrientation(Path jpeg, int orientation) throws IOException {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0, 0, 0};
        byte[] app1 = new byte[4 + 6 + tiff.length];
        app1[0] = (byte) 0xFF;
        app1[1] = (byte) 0xE1;
        int len = app1.length - 2;
        app1[2] = (byte) (len >> 8);
        app1[3] = (byte) len;
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, app1, 4, 6);
        System.arraycopy(tiff, 0, app1, 10, tiff.length);
        Files.write(jpeg, afterSoi(Files.readAllBytes(jpeg), app1));
        return jpeg;
    }

    /** A PNG with an eXIf chunk (after IHDR) saying the stored pixels are to be shown turned by {@code orientation}. */
    public static Path pngWithOrientation(Path png, int orientation) throws IOException {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0, 0, 0};
        byte[] all = Files.readAllBytes(png);
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(all, 0, afterIhdr);
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(tiff.length);
        byte[] typed = new byte[4 + tiff.length];
        System.arraycopy("eXIf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, typed, 0, 4);
        System.arraycopy(tiff, 0, typed, 4, tiff.length);
        d.write(typed);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typed);
        d.writeInt((int) crc.getValue());
        out.write(all, afterIhdr, all.length - afterIhdr);
        Files.write(png, out.toByteArray());
        return png;
    }

    /** The first {@code fraction} of a file's bytes, as a transfer cut short leaves it. */
    public static Path truncated(Path from, Path to, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(from);
        Files.write(to, Arrays.copyOf(all, (int) (all.length * fraction)));
        return to;
    }

    /** The JPEG with {@code segment} inserted after its start (and after a JFIF APP0 marker, which comes first). */
    private static byte[] afterSoi(byte[] jpeg, byte[] segment) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(segment, 0, out, at, segment.length);
        System.arraycopy(jpeg, at, out, at + segment.length, jpeg.length - at);
        return out;
    }
}

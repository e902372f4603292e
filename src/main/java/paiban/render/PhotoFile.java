package paiban.render;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * A photo file as the engine reads it. The header gives the size, the EXIF orientation (a JPEG's APP1 marker, a
 * PNG's eXIf chunk) and, for a JPEG, the Adobe colour transform; decoding turns every ordinary kind of image (grey, RGB, palette, 16-bit, interlaced, with
 * transparency, CMYK and YCCK JPEG) into {@link Pixels}, oriented as the photo is meant to be seen. Samples are
 * taken as the file encodes them (a grey of 128 is a 50 % grey), not through Java's linear grey colour space.
 * Anything the decoder warns about (a truncated or corrupt JPEG is decoded with a grey band and a warning) makes the
 * file damaged: an {@link IOException} whose message says why.
 */
public final class PhotoFile {

    /**
     * @param width       pixels as stored
     * @param height      pixels as stored
     * @param orientation EXIF orientation, 1 when the file has none
     */
    public record Header(String format, int width, int height, int orientation, int adobeTransform, int components) {
        /** Width as shown: a photo stored a quarter turn round is shown with its sides swapped. */
        public int shownWidth() {
            return orientation >= 5 ? height : width;
        }

        public int shownHeight() {
            return orientation >= 5 ? width : height;
        }

        /** Width over height as shown. */
        public double aspect() {
            return (double) shownWidth() / shownHeight();
        }

        public long pixels() {
            return (long) width * height;
        }

        boolean jpegWithFourComponents() {
            return "jpeg".equals(format) && components == 4;
        }
    }

    private PhotoFile() {
    }

    /** The header only: size, orientation, colour transform. No pixel is decoded. */
    public static Header header(Path file) throws IOException {
        ImageInputStream in = open(file);
        try {
            ImageReader r = reader(file, in);
            try {
                r.setInput(in, true, true);
                String format = r.getFormatName().toLowerCase(java.util.Locale.ROOT);
                JpegMarkers m = format.equals("jpeg") ? JpegMarkers.of(file) : JpegMarkers.NONE;
                int orientation = format.equals("png") ? PngExif.orientation(file) : m.orientation();
                return new Header(format, r.getWidth(0), r.getHeight(0), orientation, m.adobeTransform(),
                        m.components());
            } finally {
                r.dispose();
            }
        } finally {
            in.close();
        }
    }

    /**
     * Decodes every {@code subsample}-th pixel of every {@code subsample}-th row (the whole file is still read, so
     * damage anywhere is found), oriented as shown.
     */
    public static Pixels read(Path file, int subsample) throws IOException {
        Header h = header(file);
        ImageInputStream in = open(file);
        try {
            ImageReader r = reader(file, in);
            List<String> warnings = new ArrayList<>();
            r.addIIOReadWarningListener((source, message) -> warnings.add(message));
            try {
                r.setInput(in, true, true);
                ImageReadParam param = r.getDefaultReadParam();
                param.setSourceSubsampling(Math.max(1, subsample), Math.max(1, subsample), 0, 0);
                Pixels px = h.jpegWithFourComponents() ? FourComponents.of(r.readRaster(0, param), h.adobeTransform())
                        : of(r.read(0, param));
                if (!warnings.isEmpty()) {
                    throw new UnusableFile(Message.of("photo.decoder-warnings", String.join("; ", warnings)));
                }
                return px.oriented(h.orientation());
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
            } finally {
                r.dispose();
            }
        } finally {
            in.close();
        }
    }

    /** A subsampling step that keeps at least {@code need} pixels across {@code have} (1 = every pixel). */
    public static int step(int have, double need) {
        return need <= 0 ? 1 : Math.max(1, (int) Math.floor(have / need));
    }

    private static ImageInputStream open(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new UnusableFile(Message.of("photo.cannot-open"));
        }
        return in;
    }

    private static ImageReader reader(Path file, ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new UnusableFile(Message.of("photo.format"));
        }
        return readers.next();
    }

    /** The decoded image as encoded samples; transparency flattened onto white. */
    static Pixels of(BufferedImage img) {
        ColorModel cm = img.getColorModel();
        int type = cm.getColorSpace().getType();
        if (cm instanceof ComponentColorModel && !cm.isAlphaPremultiplied()
                && (type == ColorSpace.TYPE_GRAY || type == ColorSpace.TYPE_RGB || type == ColorSpace.TYPE_CMYK)) {
            return components(img.getRaster(), cm, type);
        }
        return argb(img);
    }

    /** Samples straight from the raster, scaled to 8 bits: 16-bit and grey images keep their encoded tones. */
    private static Pixels components(Raster r, ColorModel cm, int type) {
        int w = r.getWidth();
        int h = r.getHeight();
        int colours = cm.getNumColorComponents();
        boolean alpha = cm.hasAlpha();
        int out = type == ColorSpace.TYPE_CMYK ? Pixels.CMYK : colours == 1 ? Pixels.GREY : Pixels.RGB;
        int bands = r.getNumBands();
        double[] scale = new double[bands];
        for (int b = 0; b < bands; b++) {
            scale[b] = 255.0 / ((1L << cm.getComponentSize(b)) - 1);
        }
        byte[] data = new byte[w * h * out];
        int[] row = new int[w * bands];
        int i = 0;
        for (int y = 0; y < h; y++) {
            r.getPixels(r.getMinX(), r.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int p = x * bands;
                double a = alpha ? row[p + bands - 1] * scale[bands - 1] / 255.0 : 1;
                for (int c = 0; c < out; c++) {
                    double v = row[p + Math.min(c, colours - 1)] * scale[c < colours ? c : 0];
                    // over white paper: no ink where transparent (CMYK ink 0, grey and RGB 255)
                    double paper = out == Pixels.CMYK ? 0 : 255;
                    data[i++] = (byte) Math.round(v * a + paper * (1 - a));
                }
            }
        }
        return new Pixels(w, h, out, data);
    }

    /** Palette and packed images through their sRGB values; transparency flattened onto white. */
    private static Pixels argb(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] data = new byte[w * h * 3];
        int[] row = new int[w];
        int i = 0;
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int v : row) {
                int a = v >>> 24;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int c = v >> shift & 0xFF;
                    data[i++] = (byte) ((c * a + 255 * (255 - a) + 127) / 255);
                }
            }
        }
        return new Pixels(w, h, Pixels.RGB, data);
    }
}

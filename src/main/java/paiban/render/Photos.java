package paiban.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import paiban.page.ImageMark;

/**
 * How photos are embedded and what resolution they print at. A photo is cropped to its box's aspect around its
 * centre, converted to grey (the pages print in black) and embedded losslessly (Flate) at its own pixel size, never
 * resampled; its effective resolution is the cropped pixel width over the placed width.
 */
public final class Photos {

    /** Below this many pixels per inch at the placed size a photo looks soft on newsprint (screen ruling ≈ 85–100 lpi). */
    public static final double MIN_DPI = 150;

    private Photos() {
    }

    /** The centred crop of a w × h image to the aspect {@code box} (width / height): {width, height} in pixels. */
    static int[] crop(int w, int h, double box) {
        int cw = w;
        int ch = h;
        if ((double) w / h > box) {
            cw = (int) Math.round(h * box);
        } else {
            ch = (int) Math.round(w / box);
        }
        return new int[] {Math.max(1, cw), Math.max(1, ch)};
    }

    /** The photo's effective resolution at its placed size (pixels per inch), read from the file's header only. */
    public static double effectiveDpi(ImageMark im) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(im.file().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(im.file() + ": not a readable JPEG or PNG image");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                int[] c = crop(r.getWidth(0), r.getHeight(0), im.width() / im.height());
                return c[0] / (im.width() / 72.0);
            } finally {
                r.dispose();
            }
        }
    }

    static String name(Path p) {
        return p.getFileName().toString();
    }
}

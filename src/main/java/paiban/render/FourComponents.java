package paiban.render;

import java.awt.image.Raster;

/**
 * A four-component JPEG's raw samples as CMYK ink. Java's JPEG decoder hands them over untouched. Without an Adobe
 * marker they are ink as written (0 none, 255 full); Adobe software stores them inverted (255 no ink), and with
 * the Adobe transform 2 (YCCK) the three colour components are further coded as Y, Cb, Cr of those inverted values.
 */
final class FourComponents {

    private FourComponents() {
    }

    static Pixels of(Raster r, int adobeTransform) {
        int w = r.getWidth();
        int h = r.getHeight();
        byte[] data = new byte[w * h * 4];
        int[] row = new int[w * 4];
        boolean inverted = adobeTransform >= 0;
        int i = 0;
        for (int y = 0; y < h; y++) {
            r.getPixels(r.getMinX(), r.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int p = 4 * x;
                int c0 = row[p];
                int c1 = row[p + 1];
                int c2 = row[p + 2];
                if (adobeTransform == 2) {
                    double cb = c1 - 128.0;
                    double cr = c2 - 128.0;
                    int yy = c0;
                    c0 = clamp(yy + 1.402 * cr);
                    c1 = clamp(yy - 0.344136 * cb - 0.714136 * cr);
                    c2 = clamp(yy + 1.772 * cb);
                }
                int[] v = {c0, c1, c2, row[p + 3]};
                for (int c = 0; c < 4; c++) {
                    data[i++] = (byte) (inverted ? 255 - v[c] : v[c]);
                }
            }
        }
        return new Pixels(w, h, Pixels.CMYK, data);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}

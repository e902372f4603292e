package paiban.render;

/**
 * A decoded photo as 8-bit samples, interleaved, rows top to bottom. {@code channels} says what they are: 1 grey
 * (0 black … 255 white, as encoded in the file), 3 RGB (as encoded, transparency already flattened onto white
 * paper), 4 CMYK ink (0 no ink … 255 full ink).
 */
record Pixels(int width, int height, int channels, byte[] data) {

    static final int GREY = 1;
    static final int RGB = 3;
    static final int CMYK = 4;

    int at(int x, int y, int c) {
        return data[(y * width + x) * channels + c] & 0xFF;
    }

    /** The centred crop to the aspect {@code box} (width / height). */
    Pixels crop(double box) {
        int[] c = Photos.crop(width, height, box);
        if (c[0] == width && c[1] == height) {
            return this;
        }
        int x0 = (width - c[0]) / 2;
        int y0 = (height - c[1]) / 2;
        byte[] out = new byte[c[0] * c[1] * channels];
        for (int y = 0; y < c[1]; y++) {
            System.arraycopy(data, ((y0 + y) * width + x0) * channels, out, y * c[0] * channels, c[0] * channels);
        }
        return new Pixels(c[0], c[1], channels, out);
    }

    /**
     * The pixels as the photo is meant to be seen, for an EXIF orientation (1 as stored; 2 mirrored; 3 turned
     * half round; 4 flipped; 5 transposed; 6 stored a quarter turn anticlockwise, so turned clockwise here; 7
     * transverse; 8 turned anticlockwise).
     */
    Pixels oriented(int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return this;
        }
        boolean swap = orientation >= 5;
        int w = swap ? height : width;
        int h = swap ? width : height;
        byte[] out = new byte[data.length];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = width - 1 - x; sy = y; }
                    case 3 -> { sx = width - 1 - x; sy = height - 1 - y; }
                    case 4 -> { sx = x; sy = height - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = height - 1 - x; }
                    case 7 -> { sx = width - 1 - y; sy = height - 1 - x; }
                    default -> { sx = width - 1 - y; sy = x; }
                }
                System.arraycopy(data, (sy * width + sx) * channels, out, i, channels);
                i += channels;
            }
        }
        return new Pixels(w, h, channels, out);
    }
}

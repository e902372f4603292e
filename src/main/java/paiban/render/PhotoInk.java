package paiban.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * How a photo's tones become ink.
 *
 * <p><b>Grey pages</b> print a photo in black alone (DeviceGray), with a neutral tone curve: the ink is what the
 * file encodes, unchanged. A 50 % source grey (sRGB or grey 128 of 255, or a CMYK photo's K 50) gives 50 % K.
 * Colour is weighed by its luma (0.299 R + 0.587 G + 0.114 B, on the encoded values); a CMYK photo's ink darkens by
 * the same weights: grey = (1 − K) × (1 − (0.299 C + 0.587 M + 0.114 Y)). The press's dot gain is left to the plant's
 * plate curve for its condition (IFRA26), as for the text's tints.
 *
 * <p><b>Colour pages</b> print colour photos in CMYK (DeviceCMYK); grey photos stay in black alone. With the
 * layout's output profile the colours go through it (sRGB to the profile's CMYK, perceptual, by the platform's
 * colour management). Without one: C, M, Y = 1 − R, G, B; full grey-component replacement, K = min(C, M, Y),
 * and the colours are what is left of each over K, as a share of what K leaves: C' = (C − K) / (1 − K). Neutral
 * greys so print in black alone, the steadiest on a newsprint press. Then, with a profile or without, and for CMYK
 * photos as they come, the total ink is held to {@link #INK_LIMIT}: where C + M + Y + K is more, C, M and Y are
 * scaled down together, K kept.
 */
final class PhotoInk {

    /** Total area coverage allowed, in % (coldset newsprint, IFRA26: 240 %). */
    static final int INK_LIMIT = 240;
    private static final int LIMIT_255 = INK_LIMIT * 255 / 100;

    private PhotoInk() {
    }

    /** The photo in one channel of grey (255 white), for a grey page. */
    static Pixels grey(Pixels p) {
        if (p.channels() == Pixels.GREY) {
            return p;
        }
        int n = p.width() * p.height();
        byte[] out = new byte[n];
        byte[] d = p.data();
        for (int i = 0; i < n; i++) {
            if (p.channels() == Pixels.RGB) {
                int r = d[3 * i] & 0xFF;
                int g = d[3 * i + 1] & 0xFF;
                int b = d[3 * i + 2] & 0xFF;
                out[i] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
            } else {
                double c = (d[4 * i] & 0xFF) / 255.0;
                double m = (d[4 * i + 1] & 0xFF) / 255.0;
                double y = (d[4 * i + 2] & 0xFF) / 255.0;
                double k = (d[4 * i + 3] & 0xFF) / 255.0;
                out[i] = (byte) Math.round(255 * (1 - k) * (1 - (0.299 * c + 0.587 * m + 0.114 * y)));
            }
        }
        return new Pixels(p.width(), p.height(), Pixels.GREY, out);
    }

    /** The photo for a colour page: grey stays grey; RGB becomes CMYK; all CMYK within the ink limit. */
    static Pixels colour(Pixels p, ICC_Profile profile) {
        if (p.channels() == Pixels.GREY) {
            return p;
        }
        Pixels cmyk = p.channels() == Pixels.CMYK ? p : profile != null ? throughProfile(p, profile) : separated(p);
        return limited(cmyk);
    }

    /** The documented conversion: full grey-component replacement. */
    static Pixels separated(Pixels p) {
        int n = p.width() * p.height();
        byte[] d = p.data();
        byte[] out = new byte[4 * n];
        for (int i = 0; i < n; i++) {
            double c = 1 - (d[3 * i] & 0xFF) / 255.0;
            double m = 1 - (d[3 * i + 1] & 0xFF) / 255.0;
            double y = 1 - (d[3 * i + 2] & 0xFF) / 255.0;
            double k = Math.min(c, Math.min(m, y));
            double rest = 1 - k;
            out[4 * i] = ink(rest <= 0 ? 0 : (c - k) / rest);
            out[4 * i + 1] = ink(rest <= 0 ? 0 : (m - k) / rest);
            out[4 * i + 2] = ink(rest <= 0 ? 0 : (y - k) / rest);
            out[4 * i + 3] = ink(k);
        }
        return new Pixels(p.width(), p.height(), Pixels.CMYK, out);
    }

    private static byte ink(double v) {
        return (byte) Math.round(255 * Math.max(0, Math.min(1, v)));
    }

    /** sRGB to the output profile's CMYK by the platform's colour management. */
    private static Pixels throughProfile(Pixels p, ICC_Profile profile) {
        int w = p.width();
        int h = p.height();
        Raster src = Raster.createWritableRaster(new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, w, h, 3, 3 * w,
                new int[] {0, 1, 2}), new DataBufferByte(p.data(), p.data().length), null);
        WritableRaster dst = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), new ICC_ColorSpace(profile), null)
                .filter(src, dst);
        byte[] out = ((DataBufferByte) dst.getDataBuffer()).getData();
        return new Pixels(w, h, Pixels.CMYK, out);
    }

    /** C, M and Y scaled down together where the four inks add up to more than the limit. */
    static Pixels limited(Pixels p) {
        byte[] d = p.data().clone();
        for (int i = 0; i < d.length; i += 4) {
            int c = d[i] & 0xFF;
            int m = d[i + 1] & 0xFF;
            int y = d[i + 2] & 0xFF;
            int k = d[i + 3] & 0xFF;
            if (c + m + y + k > LIMIT_255) {
                double f = (double) (LIMIT_255 - k) / (c + m + y);
                d[i] = (byte) Math.floor(c * f);
                d[i + 1] = (byte) Math.floor(m * f);
                d[i + 2] = (byte) Math.floor(y * f);
            }
        }
        return new Pixels(p.width(), p.height(), Pixels.CMYK, d);
    }
}

package paiban.render;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a JPEG's header says beyond its size, read from the markers before the first scan: the EXIF orientation
 * (APP1), whether an Adobe APP14 marker is there and its colour transform (Adobe writes CMYK inverted, and
 * transform 2 means YCCK), and the number of components in the frame.
 *
 * @param orientation    EXIF orientation 1–8 (1 when absent or unreadable)
 * @param adobeTransform the APP14 transform (0 none, 1 YCbCr, 2 YCCK), or -1 without an Adobe marker
 * @param components     components in the frame header, or 0 when none was found
 */
record JpegMarkers(int orientation, int adobeTransform, int components) {

    static final JpegMarkers NONE = new JpegMarkers(1, -1, 0);

    /** The markers of a JPEG file, or {@link #NONE} when the file does not start like a JPEG. */
    static JpegMarkers of(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 16384))) {
            if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
                return NONE;
            }
            return scan(in);
        } catch (EOFException e) {
            return NONE;
        }
    }

    private static JpegMarkers scan(DataInputStream in) throws IOException {
        int orientation = 1;
        int adobe = -1;
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                return new JpegMarkers(orientation, adobe, 0);
            }
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) {
                marker = in.readUnsignedByte();
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue; // markers without a length
            }
            int length = in.readUnsignedShort() - 2;
            if (length < 0 || marker == 0xDA || marker == 0xD9) {
                return new JpegMarkers(orientation, adobe, 0);
            }
            byte[] data = new byte[length];
            in.readFully(data);
            if (marker == 0xE1 && startsWith(data, "Exif\0\0")) {
                orientation = Exif.orientation(data, 6);
            } else if (marker == 0xEE && startsWith(data, "Adobe") && data.length >= 12) {
                adobe = data[11] & 0xFF;
            } else if (isFrame(marker) && data.length >= 6) {
                return new JpegMarkers(orientation, adobe, data[5] & 0xFF);
            }
        }
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(byte[] data, String prefix) {
        if (data.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The orientation tag (0x0112) of a TIFF structure's first directory. */
    static final class Exif {
        private Exif() {
        }

        /** The orientation in the TIFF data starting at {@code base}; 1 when absent, unreadable or out of range. */
        static int orientation(byte[] d, int base) {
            if (d.length < base + 8) {
                return 1;
            }
            boolean little = d[base] == 'I' && d[base + 1] == 'I';
            if (!little && !(d[base] == 'M' && d[base + 1] == 'M')) {
                return 1;
            }
            long ifd = u32(d, base + 4, little);
            if (ifd < 8 || base + ifd + 2 > d.length) {
                return 1;
            }
            int at = (int) (base + ifd);
            int entries = u16(d, at, little);
            for (int i = 0; i < entries; i++) {
                int e = at + 2 + 12 * i;
                if (e + 12 > d.length) {
                    return 1;
                }
                if (u16(d, e, little) == 0x0112) {
                    int v = u16(d, e + 8, little);
                    return v >= 1 && v <= 8 ? v : 1;
                }
            }
            return 1;
        }

        private static int u16(byte[] d, int at, boolean little) {
            int a = d[at] & 0xFF;
            int b = d[at + 1] & 0xFF;
            return little ? a | b << 8 : a << 8 | b;
        }

        private static long u32(byte[] d, int at, boolean little) {
            long hi = u16(d, at + (little ? 2 : 0), little);
            long lo = u16(d, at + (little ? 0 : 2), little);
            return hi << 16 | lo;
        }
    }
}

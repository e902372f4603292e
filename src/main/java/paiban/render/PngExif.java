package paiban.render;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation a PNG may carry in an eXIf chunk (PNG 1.5, written by phones and editors that keep a
 * photo's metadata): the chunks before the image data are read, and nothing else.
 */
final class PngExif {

    /** Chunks larger than this before the image data are skipped unread rather than held. */
    private static final int MAX_EXIF = 1 << 20;

    private PngExif() {
    }

    /** The orientation 1–8; 1 when the PNG has no eXIf chunk before its image data or it says nothing usable. */
    static int orientation(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 8192))) {
            in.skipNBytes(8); // signature
            while (true) {
                int length = in.readInt();
                byte[] type = new byte[4];
                in.readFully(type);
                String name = new String(type, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (name.equals("IDAT") || name.equals("IEND") || length < 0) {
                    return 1;
                }
                if (name.equals("eXIf") && length <= MAX_EXIF) {
                    byte[] data = new byte[length];
                    in.readFully(data);
                    return JpegMarkers.Exif.orientation(data, 0);
                }
                in.skipNBytes(length + 4L); // data and CRC
            }
        } catch (EOFException e) {
            return 1;
        }
    }
}

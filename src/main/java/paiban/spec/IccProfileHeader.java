package paiban.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import paiban.message.Message;

/**
 * What an output profile's 128-byte ICC header must say for it to describe a CMYK press (ICC.1, section 7.2): the
 * 'acsp' signature at byte 36, a profile size that is the file's, an output device class ('prtr') and the CMYK
 * colour space. Any other file (a text file, an sRGB or a grey profile) is refused by name.
 */
public final class IccProfileHeader {

    private static final int HEADER = 128;

    private IccProfileHeader() {
    }

    /** Why the file is not a CMYK output profile, or null when it is one. */
    public static Message problem(Path file) {
        byte[] h = new byte[HEADER];
        int n;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(h, 0, HEADER);
            size = Files.size(file);
        } catch (IOException e) {
            return Message.of("icc.unreadable", e.getMessage());
        }
        if (n < HEADER || !"acsp".equals(ascii(h, 36))) {
            return Message.of("icc.not-icc");
        }
        long declared = (h[0] & 0xFFL) << 24 | (h[1] & 0xFF) << 16 | (h[2] & 0xFF) << 8 | (h[3] & 0xFF);
        if (declared != size) {
            return Message.of("icc.size", declared, size);
        }
        if (!"prtr".equals(ascii(h, 12))) {
            return Message.of("icc.class", ascii(h, 12).strip());
        }
        if (!"CMYK".equals(ascii(h, 16))) {
            return Message.of("icc.space", ascii(h, 16).strip());
        }
        try {
            java.awt.color.ICC_Profile.getInstance(Files.readAllBytes(file));
        } catch (IOException | IllegalArgumentException e) {
            return Message.of("icc.damaged", e.getMessage());
        }
        return null;
    }

    private static String ascii(byte[] h, int at) {
        return new String(h, at, 4, StandardCharsets.ISO_8859_1);
    }
}

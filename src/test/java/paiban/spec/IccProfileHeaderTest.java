package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a CMYK output profile passes as the layout's {@code icc-profile:}. */
class IccProfileHeaderTest {

    @TempDir
    Path dir;

    @Test
    void aTextFileIsNotAProfile() throws IOException {
        Path f = dir.resolve("passwd");
        Files.writeString(f, "root:x:0:0:root:/root:/bin/bash\n".repeat(10));
        assertTrue(IccProfileHeader.problem(f).toString().contains("not an ICC profile"));
    }

    @Test
    void aScreenProfileIsNotAPressProfile() throws IOException {
        Path f = dir.resolve("srgb.icc");
        Files.write(f, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        assertTrue(IccProfileHeader.problem(f).toString().contains("not an output (printer) profile"),
                IccProfileHeader.problem(f).toString());
    }

    @Test
    void aCutProfileIsDamaged() throws IOException {
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        Path f = dir.resolve("cut.icc");
        Files.write(f, java.util.Arrays.copyOf(srgb, srgb.length / 2));
        assertTrue(IccProfileHeader.problem(f).toString().contains("damaged"), IccProfileHeader.problem(f).toString());
    }
}

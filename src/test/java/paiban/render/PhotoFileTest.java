package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ordinary kind of image decodes to the tones it encodes, transparency on white, turned as EXIF says. */
class PhotoFileTest {

    @TempDir
    Path dir;

    @Test
    void transparencyIsFlattenedOntoWhitePaper() throws IOException {
        for (Path f : new Path[] {
                PhotoFixtures.png(dir.resolve("rgba.png"), PhotoFixtures.transparentGround(90, 60), false),
                PhotoFixtures.png(dir.resolve("grey-alpha.png"), PhotoFixtures.greyAlpha(90, 60), false),
                PhotoFixtures.png(dir.resolve("palette.png"), PhotoFixtures.paletteWithTransparency(90, 60), false)}) {
            Pixels p = PhotoFile.read(f, 1);
            for (int c = 0; c < p.channels(); c++) {
                assertEquals(255, p.at(2, 2, c), f.getFileName() + ": the transparent ground is paper white");
            }
            assertTrue(p.at(45, 30, 0) < 130, f.getFileName() + ": the opaque square keeps its colour");
        }
    }

    @Test
    void greyTonesAreTakenAsEncoded() throws IOException {
        Pixels jpeg = PhotoFile.read(PhotoFixtures.jpeg(dir.resolve("g.jpg"), PhotoFixtures.flatGrey(40, 30, 128),
                false), 1);
        assertEquals(Pixels.GREY, jpeg.channels());
        assertEquals(128, jpeg.at(20, 15, 0), 1);
        Pixels sixteen = PhotoFile.read(PhotoFixtures.png(dir.resolve("g16.png"),
                PhotoFixtures.grey16(40, 30, 32896), false), 1);
        assertEquals(128, sixteen.at(20, 15, 0), 1);
        Pixels rgb16 = PhotoFile.read(PhotoFixtures.png(dir.resolve("rgb16.png"), PhotoFixtures.rgb16(60, 40), true), 1);
        BufferedImage ref = PhotoFixtures.picture(60, 40);
        int v = ref.getRGB(10, 10);
        assertEquals(v >> 16 & 0xFF, rgb16.at(10, 10, 0), 1);
        assertEquals(v & 0xFF, rgb16.at(10, 10, 2), 1);
    }

    @Test
    void cmykAndYcckJpegsGiveTheirInk() throws IOException {
        int[] ink = {30, 90, 160, 100};
        for (boolean ycck : new boolean[] {false, true}) {
            Pixels p = PhotoFile.read(PhotoFixtures.cmykJpeg(dir.resolve("c" + ycck + ".jpg"), 48, 32, ink, ycck), 1);
            assertEquals(Pixels.CMYK, p.channels());
            for (int c = 0; c < 4; c++) {
                assertEquals(ink[c], p.at(20, 20, c), 4, (ycck ? "YCCK" : "CMYK") + " channel " + c);
            }
        }
    }

    @Test
    void exifOrientationTurnsThePhoto() throws IOException {
        BufferedImage img = PhotoFixtures.flat(60, 40, 0xFFFFFF);
        java.awt.Graphics g = img.getGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, 10, 10); // black corner at the stored top left
        g.dispose();
        Path f = PhotoFixtures.withOrientation(PhotoFixtures.jpeg(dir.resolve("turned.jpg"), img, false), 6);
        PhotoFile.Header h = PhotoFile.header(f);
        assertEquals(6, h.orientation());
        assertEquals(40.0 / 60, h.aspect(), 1e-9);
        Pixels p = PhotoFile.read(f, 1);
        assertEquals(40, p.width());
        assertEquals(60, p.height());
        // turned clockwise to be seen: the stored top-left corner is now at the top right
        assertTrue(p.at(36, 3, 0) < 60);
        assertTrue(p.at(3, 3, 0) > 200);
    }

    @Test
    void aPngsExifChunkTurnsItToo() throws IOException {
        Path f = PhotoFixtures.pngWithOrientation(PhotoFixtures.png(dir.resolve("turned.png"),
                PhotoFixtures.picture(90, 60), false), 8);
        PhotoFile.Header h = PhotoFile.header(f);
        assertEquals(8, h.orientation());
        assertEquals(60.0 / 90, h.aspect(), 1e-9);
        Pixels p = PhotoFile.read(f, 1);
        assertEquals(60, p.width());
        assertEquals(90, p.height());
    }

    @Test
    void truncatedFilesAreDamaged() throws IOException {
        Path jpeg = PhotoFixtures.jpeg(dir.resolve("whole.jpg"), PhotoFixtures.picture(300, 200), true);
        Path png = PhotoFixtures.png(dir.resolve("whole.png"), PhotoFixtures.picture(300, 200), false);
        for (Path f : new Path[] {
                PhotoFixtures.truncated(jpeg, dir.resolve("cut.jpg"), 0.6),
                PhotoFixtures.truncated(PhotoFixtures.jpeg(dir.resolve("base.jpg"), PhotoFixtures.picture(300, 200),
                        false), dir.resolve("cut-baseline.jpg"), 0.6),
                PhotoFixtures.truncated(png, dir.resolve("cut.png"), 0.6)}) {
            assertThrows(IOException.class, () -> PhotoFile.read(f, 1), f.getFileName().toString());
            assertThrows(IOException.class, () -> PhotoFile.read(f, 4), f.getFileName() + " subsampled");
        }
    }

    @Test
    void subsamplingKeepsWhatThePlacedSizeNeeds() throws IOException {
        Path f = PhotoFixtures.png(dir.resolve("big.png"), PhotoFixtures.picture(800, 600), false);
        Pixels p = PhotoFile.read(f, PhotoFile.step(800, 390));
        assertEquals(400, p.width());
        assertEquals(300, p.height());
    }
}

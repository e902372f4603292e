package paiban.render;

import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import paiban.message.Message;
import paiban.message.UnusableFile;
import paiban.page.ImageMark;

/**
 * The image XObjects of a document's photos: each photo decoded at the resolution its placed size needs (at most
 * {@link #MAX_DPI}; a larger file is subsampled while it is decoded, so a 49-megapixel photo never stands in memory
 * whole), cropped to its box around its centre, turned into ink ({@link PhotoInk}: DeviceGray on grey pages,
 * DeviceCMYK for colour photos on colour pages) and embedded losslessly (Flate). The same file in the same box is
 * embedded once.
 */
final class PhotoXObjects {

    /** Resolution kept at the placed size: twice a newspaper's screen ruling (≈ 100 lpi) and more. */
    static final double MAX_DPI = 300;

    private final PDDocument doc;
    private final Path profileFile;
    private ICC_Profile profile;
    private final Map<String, PDImageXObject> cache = new HashMap<>();

    PhotoXObjects(PDDocument doc, Path profileFile) {
        this.doc = doc;
        this.profileFile = profileFile;
    }

    PDImageXObject image(ImageMark im) throws IOException {
        String key = im.file() + "|" + im.width() + "|" + im.height() + "|" + im.colour();
        PDImageXObject cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Pixels ink;
        try {
            double box = im.width() / im.height();
            PhotoFile.Header h = PhotoFile.header(im.file());
            int[] crop = Photos.crop(h.shownWidth(), h.shownHeight(), box);
            int step = PhotoFile.step(crop[0], im.width() / 72.0 * MAX_DPI);
            Pixels px = PhotoFile.read(im.file(), step).crop(box);
            ink = im.colour() ? PhotoInk.colour(px, profile()) : PhotoInk.grey(px);
        } catch (IOException | RuntimeException e) {
            // the job checks photos before composing; this keeps a file changed since then a clean error too
            throw new UnusableFile(Message.at(im.file(), Message.of("photo.unreadable", UnusableFile.reasonOf(e))), e);
        }
        PDImageXObject img = xObject(ink);
        cache.put(key, img);
        return img;
    }

    private ICC_Profile profile() throws IOException {
        if (profile == null && profileFile != null) {
            profile = ICC_Profile.getInstance(Files.readAllBytes(profileFile));
        }
        return profile;
    }

    private PDImageXObject xObject(Pixels p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(p.data());
        } finally {
            deflater.end();
        }
        return new PDImageXObject(doc, new ByteArrayInputStream(out.toByteArray()), COSName.FLATE_DECODE, p.width(),
                p.height(), 8, p.channels() == Pixels.CMYK ? PDDeviceCMYK.INSTANCE : PDDeviceGray.INSTANCE);
    }
}

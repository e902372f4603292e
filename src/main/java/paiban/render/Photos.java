package paiban.render;

import java.io.IOException;
import java.nio.file.Path;
import paiban.message.Message;
import paiban.message.UnusableFile;
import paiban.page.ImageMark;

/**
 * What resolution photos print at. A photo is cropped to its box's aspect around its centre (see
 * {@link PhotoXObjects} for how it is embedded); its effective resolution is the cropped pixel width, as shown
 * (EXIF orientation applied), over the placed width.
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
        PhotoFile.Header h;
        try {
            h = PhotoFile.header(im.file());
        } catch (IOException e) {
            throw new UnusableFile(Message.at(im.file(), Message.of("photo.unreadable", UnusableFile.reasonOf(e))), e);
        }
        int[] c = crop(h.shownWidth(), h.shownHeight(), im.width() / im.height());
        return c[0] / (im.width() / 72.0);
    }

    static String name(Path p) {
        return p.getFileName().toString();
    }
}

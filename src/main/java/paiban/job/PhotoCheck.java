package paiban.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.parse.IssueFormatException;

/**
 * The photos an issue names, checked before any page is composed: a missing file is a warning (a placeholder
 * stands in), a file that is there but cannot be used is an error naming the issue line and the file, so a damaged
 * picture never surfaces half-way through writing the PDF.
 */
final class PhotoCheck {

    /** Larger pictures are refused rather than decoded: 50 megapixels is a 390 mm page width at 600 dpi, squared. */
    static final long MAX_PIXELS = 50_000_000L;

    private PhotoCheck() {
    }

    static void check(Page page, Path base, List<String> warnings) throws IssueFormatException {
        for (Article a : page.articles()) {
            for (Block b : a.body()) {
                if (b instanceof Photo p) {
                    check(p, base == null ? Path.of(p.path()) : base.resolve(p.path()), warnings);
                }
            }
        }
    }

    private static void check(Photo p, Path file, List<String> warnings) throws IssueFormatException {
        if (!Files.exists(file)) {
            warnings.add(p.pos() + ": photo " + p.path() + " not found; a grey placeholder ("
                    + (p.aspect() == null ? "3:2" : "aspect " + p.aspect()) + ") stands in its place");
            return;
        }
        String problem = problem(file);
        if (problem != null) {
            throw new IssueFormatException(p.pos(), "photo " + p.path() + " (" + file + ") " + problem, null);
        }
    }

    /** Why the file cannot be placed, or null when it decodes as an image. */
    static String problem(Path file) {
        if (Files.isDirectory(file)) {
            return "is a folder, not an image file";
        }
        if (!Files.isRegularFile(file)) {
            return "is not a regular file (a FIFO, a device or a socket), so it cannot be an image; give the image"
                    + " file itself";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read (no permission)";
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return "cannot be opened";
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return "is not an image in a format the engine reads (JPEG, PNG, GIF, BMP, TIFF)";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    return "is too large: " + reader.getWidth(0) + " × " + reader.getHeight(0) + " pixels (at most "
                            + MAX_PIXELS / 1_000_000 + " megapixels; scale it down)";
                }
                if (pixels <= 0) {
                    return "is an image without pixels";
                }
                try {
                    reader.read(0);
                } catch (OutOfMemoryError e) {
                    return "is too large to decode in the memory this run has (" + reader.getWidth(0) + " × "
                            + reader.getHeight(0) + " pixels); scale it down";
                }
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "is damaged or not a readable image (" + why + ")";
        }
    }
}

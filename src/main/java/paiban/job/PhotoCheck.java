package paiban.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paiban.message.Message;
import paiban.message.UnusableFile;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.parse.IssueFormatException;
import paiban.render.PhotoFile;

/**
 * The photos an issue names, checked before any page is composed: a missing file is a warning (a placeholder
 * stands in), a file that is there but cannot be used is an error naming the issue line and the file, so a damaged
 * picture never surfaces half-way through writing the PDF. A photo whose issue line states no aspect takes its
 * file's own, as shown (EXIF orientation applied).
 */
final class PhotoCheck {

    /** Larger pictures are refused rather than decoded: 50 megapixels is a 390 mm page width at 600 dpi, squared. */
    static final long MAX_PIXELS = 50_000_000L;
    /** The damage check decodes at most about this many pixels (every n-th of every n-th row of a larger file). */
    private static final long CHECK_PIXELS = 2_000_000L;

    private PhotoCheck() {
    }

    /** The page with each photo's aspect known: as stated, else the file's. */
    static Page check(Page page, Path base, List<Warning> warnings) throws IssueFormatException {
        List<Article> articles = new ArrayList<>();
        boolean changed = false;
        for (Article a : page.articles()) {
            List<Block> body = new ArrayList<>();
            for (Block b : a.body()) {
                if (b instanceof Photo p) {
                    Double aspect = check(p, base == null ? Path.of(p.path()) : base.resolve(p.path()), warnings);
                    if (p.aspect() == null && aspect != null) {
                        b = p.withAspect(aspect);
                    }
                }
                body.add(b);
            }
            boolean same = body.equals(a.body());
            changed |= !same;
            articles.add(same ? a : a.withBody(body, a.cuttable()));
        }
        return changed ? new Page(page.number(), page.name(), page.info(), articles, page.pos()) : page;
    }

    /** The file's aspect as shown, or null when it is missing. */
    private static Double check(Photo p, Path file, List<Warning> warnings) throws IssueFormatException {
        if (!Files.exists(file)) {
            warnings.add(Warning.at(Warning.Code.PHOTO_MISSING, p.pos(), p.aspect() == null ? "photo.missing"
                    : "photo.missing-aspect", p.path(), p.aspect()));
            return null;
        }
        return usable(p, file).aspect();
    }

    /** The file's header, once the file is known to decode as an image; else an error naming the line and file. */
    private static PhotoFile.Header usable(Photo p, Path file) throws IssueFormatException {
        Decoded d = decode(file);
        if (d.problem() != null) {
            throw new IssueFormatException(p.pos(), Message.of("photo.unusable", p.path(), file, d.problem()), null);
        }
        return d.header();
    }

    /**
     * Why a file named as an advertisement cannot be used, or null: any file must be a readable regular file, an
     * image must decode as a photo's must.
     */
    static Message unusable(Path file, boolean pdf) {
        return pdf ? notAFile(file) : decode(file).problem();
    }

    /** An image file's header, or why it cannot be placed. */
    private record Decoded(PhotoFile.Header header, Message problem) {
    }

    private static Decoded decode(Path file) {
        Message problem = notAFile(file);
        PhotoFile.Header h = null;
        if (problem == null) {
            try {
                h = PhotoFile.header(file);
            } catch (IOException | RuntimeException e) {
                problem = damaged(e);
            }
        }
        if (problem == null) {
            problem = undecodable(file, h);
        }
        return new Decoded(h, problem);
    }

    /** Why the path cannot be an image file at all, or null when it is a readable regular file. */
    private static Message notAFile(Path file) {
        if (Files.isDirectory(file)) {
            return Message.of("photo.folder");
        }
        if (!Files.isRegularFile(file)) {
            return Message.of("photo.not-regular");
        }
        if (!Files.isReadable(file)) {
            return Message.of("photo.no-permission");
        }
        return null;
    }

    /** Why the file with this header cannot be placed, or null when it decodes as an image. */
    private static Message undecodable(Path file, PhotoFile.Header h) {
        if (h.pixels() > MAX_PIXELS) {
            return Message.of("photo.too-many-pixels", h.width(), h.height(), MAX_PIXELS / 1_000_000);
        }
        if (h.pixels() <= 0) {
            return Message.of("photo.no-pixels");
        }
        try {
            PhotoFile.read(file, (int) Math.ceil(Math.sqrt((double) h.pixels() / CHECK_PIXELS)));
        } catch (OutOfMemoryError e) {
            return Message.of("photo.out-of-memory", h.width(), h.height());
        } catch (IOException | RuntimeException e) {
            return damaged(e);
        }
        return null;
    }

    /** Why the decoder refused the file: a format it does not read as such, anything else as damage. */
    private static Message damaged(Exception e) {
        if (e instanceof UnusableFile u && u.reason().key().equals("photo.format")) {
            return u.reason();
        }
        return Message.of("photo.damaged", UnusableFile.reasonOf(e));
    }
}

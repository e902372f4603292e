package paiban.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import paiban.message.Message;
import paiban.message.UnusableFile;
import paiban.message.Warning;
import paiban.model.AdMessages;
import paiban.model.AdSlot;
import paiban.model.Page;
import paiban.page.AdPlace;
import paiban.page.AdPlaces;
import paiban.parse.IssueFormatException;
import paiban.render.AdPreflight;
import paiban.spec.Artwork;
import paiban.spec.LayoutSpec;

/**
 * The advertisement files an issue names, checked before any page is composed, as the print shop's preflight
 * would: a PDF ad must embed its fonts and use no RGB and no transparency (the page is PDF/X-1a); an image ad
 * must decode as a photo does. A file that is missing, damaged or refused is an error naming the {@code ad:} line
 * and the file. An ad whose shape differs from its block's by more than {@value #ASPECT_TOLERANCE_PERCENT} % is
 * a warning: it is scaled to fit, centred, and white stands beside it.
 */
final class AdCheck {

    static final int ASPECT_TOLERANCE_PERCENT = 3;

    private AdCheck() {
    }

    static void check(Page page, Path base, LayoutSpec spec, List<Warning> warnings) throws IssueFormatException {
        boolean front = page.number() == 1;
        boolean colourPage = paiban.page.PageColour.of(spec, page);
        List<AdPlace> places = AdPlaces.of(page, spec, front, front ? spec.mastheadLines() : spec.headerLines());
        for (AdPlace place : places) {
            AdSlot ad = place.slot();
            if (ad.file() == null) {
                continue;
            }
            Path file = base == null ? Path.of(ad.file()) : base.resolve(ad.file());
            Artwork art = artwork(ad, file);
            if (ad.pdf() && !colourPage && inksColour(ad, file)) {
                warnings.add(new Warning(Warning.Code.AD_COLOUR, ad.pos(),
                        AdMessages.colourOnBlackPage(ad.file(), page.number())));
            }
            double slot = place.width() / place.height();
            double off = Math.abs(art.aspect() / slot - 1);
            if (off > ASPECT_TOLERANCE_PERCENT / 100.0) {
                warnings.add(new Warning(Warning.Code.AD_SHAPE, ad.pos(),
                        AdMessages.shapeDiffers(ad.file(), art.aspect(), ad.kind().word(), slot, off)));
            }
        }
    }

    private static Artwork artwork(AdSlot ad, Path file) throws IssueFormatException {
        if (!Files.exists(file)) {
            throw refused(ad, file, AdMessages.notFound());
        }
        Message problem = PhotoCheck.unusable(file, ad.pdf());
        if (problem != null) {
            throw refused(ad, file, problem);
        }
        try {
            if (ad.pdf()) {
                Set<String> wrong = AdPreflight.problems(file);
                if (!wrong.isEmpty()) {
                    throw refused(ad, file, AdMessages.failsPreflight(String.join("; ", wrong)));
                }
            }
            return Artwork.read(file);
        } catch (IssueFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(ad, file, damaged(ad, e));
        }
    }

    private static boolean inksColour(AdSlot ad, Path file) throws IssueFormatException {
        try {
            return AdPreflight.colour(file);
        } catch (IOException e) {
            throw refused(ad, file, damaged(ad, e));
        }
    }

    /** Why the file cannot be read: the engine's own words (a PDF without pages), else the library's, as damage. */
    private static Object damaged(AdSlot ad, Exception e) {
        Object why = UnusableFile.reasonOf(e);
        return why instanceof Message m ? m : AdMessages.damaged(ad.pdf(), String.valueOf(why));
    }

    private static IssueFormatException refused(AdSlot ad, Path file, Object why) {
        return new IssueFormatException(ad.pos(), AdMessages.fileRefused(ad.file(), file.toString(), why),
                "ad: " + ad.text());
    }
}

package paiban.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    static void check(Page page, Path base, LayoutSpec spec, List<String> warnings) throws IssueFormatException {
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
                warnings.add(ad.pos() + ": ad " + ad.file() + " inks in colour (C, M, Y or a spot colour) on 第"
                        + page.number() + "版, a page in black: it prints in those inks as it is; give the page"
                        + " 'colour: true' or ask for a grey ad");
            }
            double slot = place.width() / place.height();
            double off = Math.abs(art.aspect() / slot - 1);
            if (off > ASPECT_TOLERANCE_PERCENT / 100.0) {
                warnings.add(String.format(Locale.ROOT, "%s: ad %s is %.2f:1 and its %s block %.2f:1 (%.0f %% apart);"
                        + " it is scaled to fit and centred, with white beside it", ad.pos(), ad.file(), art.aspect(),
                        ad.kind().word(), slot, 100 * off));
            }
        }
    }

    private static Artwork artwork(AdSlot ad, Path file) throws IssueFormatException {
        if (!Files.exists(file)) {
            throw refused(ad, file, "not found");
        }
        String problem = PhotoCheck.unusable(file, ad.pdf());
        if (problem != null) {
            throw refused(ad, file, problem);
        }
        try {
            if (ad.pdf()) {
                Set<String> wrong = AdPreflight.problems(file);
                if (!wrong.isEmpty()) {
                    throw refused(ad, file, "fails the preflight of a PDF/X-1a page: " + String.join("; ", wrong)
                            + " (export the ad as PDF/X-1a: fonts embedded, CMYK or grey, flattened)");
                }
            }
            return Artwork.read(file);
        } catch (IssueFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw refused(ad, file, why.startsWith("is ") ? why : "is damaged or not a readable "
                    + (ad.pdf() ? "PDF" : "image") + " (" + why + ")");
        }
    }

    private static boolean inksColour(AdSlot ad, Path file) throws IssueFormatException {
        try {
            return AdPreflight.colour(file);
        } catch (IOException e) {
            throw refused(ad, file, "is damaged or not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static IssueFormatException refused(AdSlot ad, Path file, String why) {
        return new IssueFormatException(ad.pos(), "ad file " + ad.file() + " (" + file + ") " + why, "ad: " + ad.text());
    }
}

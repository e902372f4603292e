package paiban.page;

import paiban.galley.StyleBook;
import paiban.spec.Artwork;
import paiban.spec.Role;

/**
 * The paper's name (or a supplement's section name) as the layout's logo ({@code masthead: logo:},
 * {@code section-logos:}) instead of type: as tall as the name's type size, or less when it would take more than half
 * the width it stands in; the paper's never taller than the masthead above the band leaves room for.
 */
final class MastheadLogo {

    /** A logo may take at most this share of the type area's width. */
    static final float MAX_WIDTH_SHARE = 0.5f;

    private MastheadLogo() {
    }

    /** The logo mark for the paper's name (placed at 0, 0), or null when the layout has none. */
    static LogoMark of(StyleBook styles, String paper, float width, float upper) {
        Artwork art = styles.spec().logos().masthead();
        if (art == null) {
            return null;
        }
        float height = Math.min(styles.text(Role.MASTHEAD_NAME).size(), upper * 0.8f);
        return LogoMark.fitted(art, 0, 0, width * MAX_WIDTH_SHARE, height, paper);
    }

    /** The logo for a supplement's section name ({@code masthead: section-logos:}), as tall as its type; or null. */
    static LogoMark ofSection(StyleBook styles, String section, float room) {
        Artwork art = styles.spec().logos().section(section);
        if (art == null) {
            return null;
        }
        return LogoMark.fitted(art, 0, 0, room * MAX_WIDTH_SHARE, styles.text(Role.SECTION_NAME).size(), section);
    }
}

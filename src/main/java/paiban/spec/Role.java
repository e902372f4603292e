package paiban.spec;

import java.util.Locale;

/** The parts of a page that carry their own type style. The layout file names them in kebab case. */
public enum Role {
    BODY, DATELINE, BYLINE, CAPTION,
    HEADLINE, LEAD_HEADLINE, KICKER, SUBTITLE, COLUMN_TAG,
    MASTHEAD_NAME, MASTHEAD_MOTTO, MASTHEAD_NOTE,
    SECTION_NAME, SECTION_SUFFIX, SECTION_GUIDE, BANNER,
    BAND, FOLIO;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role ofKey(String key) {
        for (Role r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }
}

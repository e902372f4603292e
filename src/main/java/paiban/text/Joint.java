package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What lies between two neighbouring boxes: typed spaces, Han–Latin glue, whether a line may break here
 * (the penalty) and whether justification may open the gap.
 */
final class Joint {

    /** Break permission, from the most to the least acceptable. */
    enum Break {
        /** A normal break opportunity. */
        ALLOWED,
        /** Allowed but disliked, e.g. between a number and its Chinese measure word (§1.3). */
        SOFT,
        /** After / . @ - inside a URL or e-mail address: a break without a hyphen, dearer than a normal one. */
        ADDRESS_SEAM,
        /** A hyphenation point of a long Latin word ({@link Hyphenation}): the line ends with a visible hyphen. */
        HYPHEN,
        /** Inside a unit where UAX #14 would break but GB does not (after the / of a URL): the best last resort. */
        UNIT_SEAM,
        /** Inside a word, number or URL: only to set a unit wider than the measure. */
        INSIDE_UNIT,
        /** Would break a 禁则: only when nothing else can be set at all (CLREQ's rescue). */
        PROHIBITED
    }

    /** Which expansion step (§2.5) may add space here. */
    enum Expansion {
        /** An ordinary gap between characters: expansion step 3. */
        GAP,
        /** Next to a connector, solidus, interpunct, or inside a bracket: only if a line has no ordinary gap. */
        FALLBACK,
        /** Inside a word, number, —— or ……: never; a line with no other gap stays short. */
        INSIDE_UNIT
    }

    final List<Space> spaces = new ArrayList<>();
    Glue hanLatin = Glue.NONE;
    Break breakKind = Break.PROHIBITED;
    Expansion expansion = Expansion.GAP;
    /** The hyphen a line ending here shows, and its width in pt: set only at a {@link Break#HYPHEN} joint. */
    int hyphenGlyph;
    float hyphenWidth;

    float natural() {
        float w = hanLatin.natural();
        for (Space s : spaces) {
            w += s.glue().natural();
        }
        return w;
    }
}

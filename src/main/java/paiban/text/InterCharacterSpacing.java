package paiban.text;

import java.util.List;

/**
 * Decides for every joint whether justification may open it (§2.5 exclusions) and adds the optional Han–Latin
 * space (§4.2). Space is never added inside a unit of §1.3, and only as a fallback next to connectors, solidi and
 * interpuncts, after an opening mark or before a closing mark, stop or pause (JLREQ keeps those solid).
 */
final class InterCharacterSpacing {

    private InterCharacterSpacing() {
    }

    static void apply(HorizontalList list, float hanLatinEm) {
        List<Box> boxes = list.boxes();
        for (int k = 0; k + 1 < boxes.size(); k++) {
            Joint joint = list.joints().get(k);
            Box before = boxes.get(k);
            Box after = boxes.get(k + 1);
            joint.expansion = expansion(joint, before, after);
            if (joint.spaces.isEmpty() && isHanLatinBoundary(before, after)) {
                float em = Math.max(before.em(), after.em());
                if (hanLatinEm == 0) {
                    // the newspaper sets none, but a loose line opens a quarter em here before its gaps (§4.2)
                    joint.hanLatin = Glue.reserve(em / 4, Reduction.HAN_LATIN);
                    continue;
                }
                float natural = hanLatinEm * em;
                joint.hanLatin = new Glue(natural, Math.min(natural, em / 8), Math.max(natural, em / 3),
                        Reduction.HAN_LATIN);
            }
        }
    }

    private static Joint.Expansion expansion(Joint joint, Box before, Box after) {
        if (!joint.spaces.isEmpty()) {
            return Joint.Expansion.GAP; // a typed space is always a place for extra space
        }
        if (partOfUnit(before) && partOfUnit(after)) {
            // an address's seams (after / . @ -) may open when a line holds nothing else: a line of a URL alone
            return joint.breakKind == Joint.Break.ADDRESS_SEAM ? Joint.Expansion.FALLBACK : Joint.Expansion.INSIDE_UNIT;
        }
        if (before.codePoint == after.codePoint
                && (before.role == CharClass.DASH || before.role == CharClass.ELLIPSIS)) {
            return Joint.Expansion.INSIDE_UNIT;
        }
        if (isFixed(before.role) || isFixed(after.role)
                || before.role == CharClass.OPENING || before.role == CharClass.WESTERN_OPEN
                || after.role.inkLeft() || after.role == CharClass.WESTERN_CLOSE) {
            return Joint.Expansion.FALLBACK;
        }
        return Joint.Expansion.GAP;
    }

    /** Western words, numbers with their units, URLs (whose "/" is not a Chinese 分隔号). */
    static boolean partOfUnit(Box box) {
        return box.role.western() || box.codePoint == '/';
    }

    private static boolean isFixed(CharClass role) {
        return role == CharClass.CONNECTOR || role == CharClass.SOLIDUS || role == CharClass.INTERPUNCT;
    }

    private static boolean isHanLatinBoundary(Box before, Box after) {
        return (before.role == CharClass.IDEOGRAPH && isLatinOrDigit(after.role))
                || (isLatinOrDigit(before.role) && after.role == CharClass.IDEOGRAPH);
    }

    private static boolean isLatinOrDigit(CharClass role) {
        return role == CharClass.LATIN || role == CharClass.DIGIT;
    }
}

package paiban.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.List;

/**
 * Where a line may break. ICU's line breaker for zh-Hans at the CSS "strict" level supplies the opportunities
 * (it already keeps numbers, units and Latin words whole); the tailoring of §1.4 then removes the ones GB/T 15834
 * forbids but UAX #14 allows: before ·～／ and connectors, after / and ／, inside —— and ……, before —— and ……
 * (CLREQ strict level), around prefix/postfix units. Breaks are only ever removed, never added.
 */
final class BreakOpportunities {

    private static final ULocale STRICT_CHINESE = new ULocale("zh_Hans@lb=strict");

    private BreakOpportunities() {
    }

    static void apply(HorizontalList list) {
        List<Box> boxes = list.boxes();
        if (boxes.size() < 2) {
            return;
        }
        boolean[] icuBreak = icuBreaks(list.text());
        for (int k = 0; k + 1 < boxes.size(); k++) {
            Box before = boxes.get(k);
            Box after = boxes.get(k + 1);
            list.joints().get(k).breakKind = classify(icuBreak[after.start], before, after);
        }
        openAddresses(list);
    }

    /**
     * URLs and e-mail addresses may break after / . @ - (and before no mark), without a hyphen: a unit that holds
     * "://", "www." or an "@" between letters is an address. Never right after the scheme's first slash.
     */
    private static void openAddresses(HorizontalList list) {
        List<Box> boxes = list.boxes();
        int start = 0;
        while (start < boxes.size()) {
            int end = start;
            while (end + 1 < boxes.size() && insideUnit(boxes.get(end), boxes.get(end + 1))
                    && list.joints().get(end).spaces.isEmpty()) {
                end++;
            }
            if (end > start && isAddress(list.text().substring(boxes.get(start).start, boxes.get(end).end))) {
                for (int k = start; k < end - 1; k++) {
                    int c = boxes.get(k).codePoint;
                    int next = boxes.get(k + 1).codePoint;
                    if ("/.@-_".indexOf(c) >= 0 && "/.@-_:".indexOf(next) < 0) {
                        list.joints().get(k).breakKind = Joint.Break.ADDRESS_SEAM;
                    }
                }
            }
            start = end + 1;
        }
    }

    private static boolean isAddress(String unit) {
        return unit.contains("://") || unit.startsWith("www.") || unit.matches(".*[A-Za-z0-9]@[A-Za-z0-9].*");
    }

    private static boolean[] icuBreaks(String text) {
        boolean[] at = new boolean[text.length() + 1];
        BreakIterator lines = BreakIterator.getLineInstance(STRICT_CHINESE);
        lines.setText(text);
        for (int b = lines.first(); b != BreakIterator.DONE; b = lines.next()) {
            at[b] = true;
        }
        return at;
    }

    static Joint.Break classify(boolean icuAllows, Box before, Box after) {
        if (!icuAllows || after.role.noStart() || before.role.noEnd()) {
            if (!insideUnit(before, after)) {
                return Joint.Break.PROHIBITED;
            }
            // Splitting a unit is a last resort; if it must be split, ICU's own seams (after "/") read best.
            return icuAllows ? Joint.Break.UNIT_SEAM : Joint.Break.INSIDE_UNIT;
        }
        // "100|公里", "2025|年": UAX #14 allows it, many editors dislike it (§1.3).
        if (before.role == CharClass.DIGIT && after.role == CharClass.IDEOGRAPH) {
            return Joint.Break.SOFT;
        }
        return Joint.Break.ALLOWED;
    }

    /** Both neighbours belong to one Western word, number or URL. */
    private static boolean insideUnit(Box before, Box after) {
        return InterCharacterSpacing.partOfUnit(before) && InterCharacterSpacing.partOfUnit(after);
    }
}

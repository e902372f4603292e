package paiban.compose;

import java.util.List;

/**
 * An article's rectangle on the column grid: columns {@code col … col+span-1}, grid lines {@code line …
 * line+lines-1}. Its headline block takes the first {@code headlineLines}; the photo (if any) and the
 * legs share the rest of the first {@code bodySpan} columns. A banner module's headline spans its band
 * while its body keeps fewer columns ({@code bodySpan < span}); its neighbours stand below the headline. The
 * headline block stands over columns {@code headCol … headCol+headSpan-1}: the module's own, or fewer when it is
 * inset and the last columns' text starts at the module's top beside it. {@code overset} counts body lines that
 * did not fit.
 */
public record Module(int article, int col, int line, int span, int lines, int headlineLines, PhotoSlot photo,
                     List<Leg> legs, int overset, int bodySpan, int headCol, int headSpan) {
    public Module {
        legs = List.copyOf(legs);
    }

    /**
     * The grid line under the last thing standing in a leg's column: the leg's own last line, or the photo's
     * captions when the photo stands under the leg (a photo at the foot of its columns). Columns of a balanced module
     * end within one line of each other by this measure.
     */
    public int foot(Leg leg) {
        int end = leg.line() + leg.count();
        if (photo != null && leg.col() >= photo.col() && leg.col() < photo.col() + photo.span()
                && photo.line() >= end) {
            return photo.line() + photo.lines() + photo.captionLines();
        }
        return end;
    }

    /** The body lines it shows: the sum of its legs' lines. */
    public int placed() {
        return legs.stream().mapToInt(Leg::count).sum();
    }

    /** Whether the photo stands at the foot of its columns, under text, rather than right under the headline. */
    public boolean photoUnderText() {
        return photo != null && photo.line() > line + headlineLines;
    }
}

package paiban.compose;

import java.util.List;

/**
 * An article's rectangle on the column grid: columns {@code col … col+span-1}, grid lines {@code line …
 * line+lines-1}. Its headline block takes the first {@code headlineLines}; the photo (if any) and the legs share
 * the rest. {@code overset} counts body lines that did not fit.
 */
public record Module(int article, int col, int line, int span, int lines, int headlineLines, PhotoSlot photo,
                     List<Leg> legs, int overset) {
    public Module {
        legs = List.copyOf(legs);
    }
}

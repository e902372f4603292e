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
}

package paiban.compose;

import java.util.function.IntFunction;

/**
 * One article as the page maker receives it: its pins from the issue file (null when free; {@code side} a pin to
 * the type area's left or right edge), a way to ask how it sets at a span, and the narrowest span its headline may
 * stand over ({@code minSpan}, an inset headline's own width counted; a pinned span overrides it), and what the desk
 * fixed by hand ({@code fixed}: the module's height, its top-left corner). The answer for
 * each span is asked at most once per page and should be cached by the caller.
 */
public record ArticleRequest(String title, Integer spanPin, boolean pinTop, Side side,
                             IntFunction<ArticleExtent> extentAtSpan, int minSpan, FixedModule fixed) {

    /** An edge of the type area an article may be pinned to. */
    public enum Side { LEFT, RIGHT }

    public ArticleRequest {
        fixed = fixed == null ? FixedModule.FREE : fixed;
    }

    /** An article whose module the desk did not fix by hand. */
    public ArticleRequest(String title, Integer spanPin, boolean pinTop, Side side,
                          IntFunction<ArticleExtent> extentAtSpan, int minSpan) {
        this(title, spanPin, pinTop, side, extentAtSpan, minSpan, FixedModule.FREE);
    }

    public ArticleRequest(String title, Integer spanPin, boolean pinTop, Side side,
                          IntFunction<ArticleExtent> extentAtSpan) {
        this(title, spanPin, pinTop, side, extentAtSpan, 1);
    }

    public ArticleRequest(String title, Integer spanPin, boolean pinTop, IntFunction<ArticleExtent> extentAtSpan) {
        this(title, spanPin, pinTop, null, extentAtSpan, 1);
    }

    /** The same article with its corner left to the page maker (its size stays fixed). */
    ArticleRequest unanchored() {
        return new ArticleRequest(title, spanPin, pinTop, side, extentAtSpan, minSpan,
                new FixedModule(-1, -1, fixed.lines()));
    }

    /** Whether the page maker may set the article at this span, and its headline at {@code headSpan} columns. */
    public boolean allows(int span, int headSpan) {
        return spanPin != null ? spanPin == span : headSpan >= minSpan;
    }
}

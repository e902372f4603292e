package paiban.compose;

import java.util.function.IntFunction;

/**
 * One article as the page maker receives it: its pins from the issue file (null when free; {@code side} a pin to
 * the type area's left or right edge), a way to ask how it sets at a span, and the narrowest span its headline may
 * stand over ({@code minSpan}, an inset headline's own width counted; a pinned span overrides it). The answer for
 * each span is asked at most once per page and should be cached by the caller.
 */
public record ArticleRequest(String title, Integer spanPin, boolean pinTop, Side side,
                             IntFunction<ArticleExtent> extentAtSpan, int minSpan) {

    /** An edge of the type area an article may be pinned to. */
    public enum Side { LEFT, RIGHT }

    public ArticleRequest(String title, Integer spanPin, boolean pinTop, Side side,
                          IntFunction<ArticleExtent> extentAtSpan) {
        this(title, spanPin, pinTop, side, extentAtSpan, 1);
    }

    public ArticleRequest(String title, Integer spanPin, boolean pinTop, IntFunction<ArticleExtent> extentAtSpan) {
        this(title, spanPin, pinTop, null, extentAtSpan, 1);
    }

    /** Whether the page maker may set the article at this span, and its headline at {@code headSpan} columns. */
    public boolean allows(int span, int headSpan) {
        return spanPin != null ? spanPin == span : headSpan >= minSpan;
    }
}

package paiban.compose;

import java.util.function.IntFunction;

/**
 * One article as the page maker receives it: its pins from the issue file (null when free; {@code side} a pin to
 * the type area's left or right edge) and a way to ask how it sets at a span. The answer for each span is asked at
 * most once per page and should be cached by the caller.
 */
public record ArticleRequest(String title, Integer spanPin, boolean pinTop, Side side,
                             IntFunction<ArticleExtent> extentAtSpan) {

    /** An edge of the type area an article may be pinned to. */
    public enum Side { LEFT, RIGHT }

    public ArticleRequest(String title, Integer spanPin, boolean pinTop, IntFunction<ArticleExtent> extentAtSpan) {
        this(title, spanPin, pinTop, null, extentAtSpan);
    }
}

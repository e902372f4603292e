package paiban.compose;

import java.util.function.IntFunction;

/**
 * One article as the page maker receives it: its pins from the issue file (null when free) and a way to ask how it
 * sets at a span. The answer for each span is asked at most once per page and should be cached by the caller.
 */
public record ArticleRequest(String title, Integer spanPin, boolean pinTop, IntFunction<ArticleExtent> extentAtSpan) {
}

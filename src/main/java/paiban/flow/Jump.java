package paiban.flow;

/** Part of an article that continues on a later page: how many body lines went from which page to which. */
public record Jump(String article, int fromPage, int toPage, int lines) {
}

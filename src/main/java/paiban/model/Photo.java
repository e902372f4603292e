package paiban.model;

/**
 * A photo with its caption. {@code path} is as written (relative to the issue file); {@code aspect} is width over
 * height when the writer stated one (used for the placeholder when the file does not exist), else null.
 */
public record Photo(String caption, String path, Double aspect, SourcePos pos) implements Block {
}

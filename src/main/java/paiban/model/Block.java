package paiban.model;

/** A block of an article's body: a paragraph of text or a photo with its caption. */
public sealed interface Block permits Paragraph, Photo {
    SourcePos pos();
}

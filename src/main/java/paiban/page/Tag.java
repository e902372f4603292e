package paiban.page;

/**
 * What a mark is in the document's logical structure, so the PDF can be tagged (reading order, search, screen
 * readers): part of an article (its headline, a paragraph, a caption, a photo), the page's furniture (masthead and
 * header band), or an artifact that carries no content (rules, running heads, placeholders, printer's marks).
 *
 * @param article the article's index on its page (the order its module is drawn in); -1 when not in an article
 * @param part    which paragraph, caption or photo of the article (0-based); marks with equal tags form one element
 */
public record Tag(Kind kind, int article, int part) {

    public enum Kind {
        /** Not content: rules, running heads, placeholders, printer's marks. */
        ARTIFACT,
        /** The masthead and header band of a front page: real text, outside any article. */
        FURNITURE,
        /** The headline proper. */
        HEADLINE,
        /** The column tag, kicker or subtitle around the headline. */
        HEAD_PART,
        /** A body paragraph (the dateline belongs to the first, the byline is one of its own). */
        PARAGRAPH,
        CAPTION,
        FIGURE
    }

    public static final Tag ARTIFACT = new Tag(Kind.ARTIFACT, -1, 0);
    public static final Tag FURNITURE = new Tag(Kind.FURNITURE, -1, 0);

    public static Tag of(Kind kind, int article, int part) {
        return new Tag(kind, article, part);
    }

    public boolean inArticle() {
        return article >= 0;
    }
}

package paiban.flow;

import java.util.List;
import paiban.galley.HeadlineFit;
import paiban.model.Article;
import paiban.model.Place;
import paiban.spec.Rank;
import paiban.text.Line;

/**
 * Text on its way onto a page: a whole article, or the rest of one cut at the foot of an earlier page — the very
 * body lines that did not fit there. What a page could not hold is a list of pieces for the next one.
 *
 * <p>Pieces are compared by identity: a jump line points at the page where its own rest landed.
 *
 * @param rest     the body lines still to place, or null for the whole article
 * @param fromPage the page the article (or the part of it before this rest) stands on
 * @param rank     the article's standing on its page, which picks its rung of the headline ladder
 * @param fit      what copyfitting took from its headline block to make its page fit
 */
public record Piece(Article article, List<Line> rest, int fromPage, Rank rank, HeadlineFit fit) {

    public Piece {
        rest = rest == null ? null : List.copyOf(rest);
    }

    /** A whole article of page {@code page}. */
    static Piece whole(Article article, int page, Rank rank) {
        return new Piece(article, null, page, rank, HeadlineFit.NONE);
    }

    /** The body lines of an article cut on page {@code page} that continue on a later page. */
    static Piece rest(Article article, List<Line> lines, int page) {
        return new Piece(article, lines, page, Rank.OTHERS, HeadlineFit.NONE);
    }

    /** The same text with its headline block fitted so ({@link Copyfit}); a new piece, set anew. */
    Piece fitted(HeadlineFit headline) {
        return new Piece(article, rest, fromPage, rank, headline);
    }

    /** Whether this is the rest of an article cut on an earlier page. */
    public boolean isRest() {
        return rest != null;
    }

    /** The writer's pin, which holds only for the article itself, not for the rest of it on a later page. */
    Place pin() {
        return isRest() ? null : article.place();
    }

    /** Its text, as the reader would see it had it fit: the lines left over, or the whole article's paragraphs. */
    public String text() {
        if (isRest()) {
            StringBuilder sb = new StringBuilder();
            rest.forEach(l -> sb.append(l.text()));
            return sb.toString();
        }
        return OversetCount.characters(article);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

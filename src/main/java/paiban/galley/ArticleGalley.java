package paiban.galley;

import java.util.List;
import java.util.Map;
import paiban.compose.ArticleExtent;
import paiban.compose.PhotoLimits;
import paiban.model.Article;
import paiban.model.Photo;
import paiban.text.Line;

/**
 * An article typeset at one span: the headline block across the module, the body flow at the base column width
 * (one {@link Line} per grid line, dateline and byline included), its photos, and their captions set for every
 * photo width the page maker may choose. It answers the page maker's questions in grid units.
 */
public record ArticleGalley(Article article, int span, HeadBlock head, List<Line> body, List<Photo> photos,
                            double aspect, Map<Integer, CaptionBlock> captions, double photoAir,
                            PhotoLimits photoLimits)
        implements ArticleExtent {

    /** Space between two photos of one article stacked in its photo slot, in points. */
    public static final float PHOTO_STACK_GAP = 2f;

    /** A galley whose photo slot is all picture (see {@link #photoAir}). */
    public ArticleGalley(Article article, int span, HeadBlock head, List<Line> body, List<Photo> photos,
                         double aspect, Map<Integer, CaptionBlock> captions) {
        this(article, span, head, body, photos, aspect, captions, 0, PhotoLimits.FREE);
    }

    public ArticleGalley {
        body = List.copyOf(body);
        photos = List.copyOf(photos);
        captions = Map.copyOf(captions);
    }

    /** The same article with its headline block set at another width. */
    public ArticleGalley withHead(HeadBlock other) {
        return new ArticleGalley(article, span, other, body, photos, aspect, captions, photoAir, photoLimits);
    }

    /** The same article with other body lines (a jump line in place of what runs on). */
    public ArticleGalley withBody(List<Line> other) {
        return new ArticleGalley(article, span, head, other, photos, aspect, captions, photoAir, photoLimits);
    }

    @Override
    public int headlineLines() {
        return head.gridLines();
    }

    @Override
    public int verticalHeadLines() {
        return head.verticalLines();
    }

    @Override
    public int bodyLines() {
        return body.size();
    }

    /** A paragraph's last line after at least one other of it: alone at a column top it is a 孤行. */
    @Override
    public boolean widow(int index) {
        return index > 0 && index < body.size() && body.get(index).paragraphEnd() && !body.get(index - 1).paragraphEnd();
    }

    @Override
    public double photoAspect() {
        return photos.isEmpty() ? 0 : aspect;
    }

    @Override
    public int captionLines(int photoSpan) {
        CaptionBlock c = captions.get(photoSpan);
        return c == null ? 0 : c.gridLines();
    }
}

package paiban.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw lines of one article as the segmenter found them: its head (kicker, headline, subtitle, column tag, a
 * reporters' byline) and the lines of its body in order, the closing name line among them until it is recognised.
 */
final class ArticleDraft {
    RawLine kicker;
    RawLine column;
    RawLine headline;
    RawLine subtitle;
    RawLine byline;
    final List<RawLine> body = new ArrayList<>();
}

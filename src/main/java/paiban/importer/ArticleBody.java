package paiban.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.model.SourcePos;
import paiban.model.Span;

/**
 * Turns an {@link ArticleDraft} into an {@link Article}: photo captions become photos (with a placeholder path),
 * paragraphs cut mid-sentence are joined, the dateline is taken off the first paragraph, a closing line of names
 * becomes the byline. Lines that are none of these and no running text either stay as paragraphs and are reported.
 */
final class ArticleBody {

    private final Path source;
    private final HeaderFields fields;
    private final List<RawLine> unplaced;
    private int photos;

    /**
     * @param photosSoFar how many photos the issue has before this page (paths are numbered through the issue)
     * @param unplaced    receives lines kept as text that the importer could not otherwise place
     */
    ArticleBody(Path source, HeaderFields fields, int photosSoFar, List<RawLine> unplaced) {
        this.source = source;
        this.fields = fields;
        this.photos = photosSoFar;
        this.unplaced = unplaced;
    }

    int photos() {
        return photos;
    }

    Article build(ArticleDraft d, List<RawLine> leading) {
        List<RawLine> lines = new ArrayList<>(leading);
        lines.addAll(d.body);
        String byline = d.byline == null ? closingByline(lines) : LineShape.collapse(d.byline.text());
        List<Object> items = pieces(lines);
        List<Block> body = new ArrayList<>();
        String dateline = blocks(items, leading, body);
        return new Article(List.of(LineShape.collapse(d.headline.text())), text(d.kicker), text(d.subtitle),
                text(d.column), dateline, byline, null, null, body, pos(d.headline));
    }

    /** A closing line of names after a finished sentence: taken off the lines as the byline; else null. */
    private static String closingByline(List<RawLine> lines) {
        if (lines.size() > 1) {
            RawLine last = lines.get(lines.size() - 1);
            RawLine before = lines.get(lines.size() - 2);
            if (Bylines.isNameLine(last.text()) && !LineShape.unfinished(before.text())) {
                lines.remove(lines.size() - 1);
                return LineShape.collapse(last.text());
            }
        }
        return null;
    }

    /** Text pieces and photos in order; a piece that continues the last one is joined to it, across a photo. */
    private List<Object> pieces(List<RawLine> lines) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RawLine line = lines.get(i);
            String t = line.text();
            String caption = null;
            boolean withCredit = false;
            if (i + 1 < lines.size() && PhotoCaptions.creditOnly(lines.get(i + 1).text())
                    && PhotoCaptions.isCaption(lines.get(i + 1).text()) && PhotoCaptions.describes(line)) {
                caption = PhotoCaptions.caption(t, lines.get(i + 1).text()); // the description above its credit
                withCredit = true;
                i++;
            } else if (PhotoCaptions.isCaption(t)) {
                caption = t;
            }
            if (caption != null && !caption.contains("]") && !caption.contains("<!--")) {
                photos++;
                items.add(new Photo(LineShape.collapse(caption), "photos/photo-" + photos + ".jpg", null, pos(line)));
                continue;
            }
            if (withCredit) {
                i--; // a caption the format cannot hold stays text, line by line
            }
            RawLine previous = lastPiece(items);
            if (previous != null && ParagraphRepair.continues(previous.text(), t)) {
                int at = items.lastIndexOf(previous);
                items.set(at, new RawLine(LineShape.join(previous.text(), t), previous.number(),
                        previous.blanksBefore()));
            } else {
                items.add(line);
            }
        }
        return items;
    }

    /** The body's blocks into {@code body}; returns the dateline taken off the first paragraph, or null. */
    private String blocks(List<Object> items, List<RawLine> leading, List<Block> body) {
        String dateline = null;
        boolean datelineChecked = false;
        for (Object item : items) {
            if (item instanceof Photo photo) {
                body.add(photo);
                continue;
            }
            RawLine piece = (RawLine) item;
            String text = piece.text();
            if (!datelineChecked && !leading.contains(piece)) {
                datelineChecked = true;
                Datelines.Split split = Datelines.split(text);
                if (split != null) {
                    dateline = split.dateline();
                    text = split.rest().strip();
                    if (split.paper() != null) {
                        fields.paper(split.paper(), "from the dateline " + split.dateline());
                    }
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            if (!LineShape.running(text) || leading.contains(piece)) {
                unplaced.add(piece);
            }
            body.add(new Paragraph(List.of(new Span(text, false)), pos(piece)));
        }
        return dateline;
    }

    private static RawLine lastPiece(List<Object> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof RawLine r) {
                return r;
            }
        }
        return null;
    }

    private static String text(RawLine line) {
        return line == null ? null : LineShape.collapse(line.text());
    }

    private SourcePos pos(RawLine line) {
        return new SourcePos(source, line.number());
    }
}

package paiban.flow;

import java.util.List;
import paiban.compose.Module;
import paiban.compose.PhotoSlot;
import paiban.galley.ArticleGalley;
import paiban.galley.CaptionBlock;
import paiban.galley.SetLine;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.spec.PageGeometry;
import paiban.text.Line;

/** Counts what of an article a page could not show, so overset is always named with its characters. */
final class OversetCount {

    private OversetCount() {
    }

    /** The rest of an article that was still travelling after the last page. */
    static Overset rest(Page last, Piece rest) {
        Article a = rest.article();
        String chars = printable(rest.text());
        return new Overset(last.number(), MessageTitle.of(a), String.valueOf(a.pos()), rest.rest().size(),
                chars.codePointCount(0, chars.length()), firstWords(chars));
    }

    /** An article that was never placed: all of its text. */
    static Overset whole(Page page, Article a) {
        return whole(page, a, characters(a));
    }

    /**
     * What of the article the module could not show, or null when all of it is on the page: body lines past the
     * last leg, headline lines and captions cut off by the foot of the page, or the whole article when its module
     * has no room at all. The page assembler draws exactly the rest.
     */
    static Overset of(Page page, ArticleGalley galley, Module m, PageGeometry g) {
        Article a = galley.article();
        if (m.lines() <= 0) {
            StringBuilder all = new StringBuilder();
            galley.head().lines().forEach(l -> all.append(l.line().text()));
            galley.body().forEach(l -> all.append(l.text()));
            if (!galley.captions().isEmpty()) {
                galley.captions().values().iterator().next().lines().forEach(l -> all.append(l.line().text()));
            }
            return whole(page, a, all.toString());
        }
        StringBuilder text = new StringBuilder();
        int lines = 0;
        float gap = g.linePitch() - g.bodySize();
        List<SetLine> shown = galley.head().within(m.headlineLines() * g.linePitch() - gap);
        for (SetLine l : galley.head().lines()) {
            if (!shown.contains(l)) {
                text.append(l.line().text());
                lines++;
            }
        }
        for (Line l : galley.body().subList(galley.body().size() - m.overset(), galley.body().size())) {
            text.append(l.text());
            lines++;
        }
        PhotoSlot slot = m.photo();
        CaptionBlock captions = slot == null ? null : galley.captions().get(slot.span());
        if (captions != null) {
            float room = (m.line() + m.lines() - slot.line() - slot.lines()) * g.linePitch() - gap;
            List<SetLine> fit = captions.within(room);
            for (SetLine l : captions.lines()) {
                if (!fit.contains(l)) {
                    text.append(l.line().text());
                    lines++;
                }
            }
        }
        List<String> photos = dropped(galley, m);
        if (lines == 0 && photos.isEmpty()) {
            return null;
        }
        String chars = printable(text.toString());
        return new Overset(page.number(), MessageTitle.of(a), String.valueOf(a.pos()), lines,
                chars.codePointCount(0, chars.length()), firstWords(chars), false, photos);
    }

    /**
     * The article's photos when its module found no room for them (the page maker gave it less height than its
     * photo needs), or null: a photo is on the page or named, never dropped. For an article that jumps, whose text
     * goes on, the photos stay behind.
     */
    static Overset photos(Page page, ArticleGalley galley, Module m) {
        List<String> photos = dropped(galley, m);
        return photos.isEmpty() ? null : new Overset(page.number(), MessageTitle.of(galley.article()),
                String.valueOf(galley.article().pos()), 0, 0, "", false, photos);
    }

    private static List<String> dropped(ArticleGalley galley, Module m) {
        if (m.photo() != null || m.lines() <= 0) {
            return List.of();
        }
        return galley.photos().stream().map(Photo::path).toList();
    }

    /** Nothing of the article is on the page: its text, and its photos named (a photo is never dropped unsaid). */
    private static Overset whole(Page page, Article a, String text) {
        String chars = printable(text);
        List<String> photos = a.body().stream().filter(b -> b instanceof Photo).map(b -> ((Photo) b).path()).toList();
        return new Overset(page.number(), MessageTitle.of(a), String.valueOf(a.pos()), 0,
                chars.codePointCount(0, chars.length()), firstWords(chars), true, photos);
    }

    /** All the text of an article as the issue holds it, for one that is not composed at all. */
    static String characters(Article a) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {a.column(), a.kicker(), a.title(), a.subtitle(), a.dateline()}) {
            sb.append(s == null ? "" : s);
        }
        for (Block b : a.body()) {
            sb.append(b instanceof Paragraph p ? p.text() : ((Photo) b).caption());
        }
        return sb.append(a.byline() == null ? "" : a.byline()).toString();
    }

    private static String printable(String text) {
        return text.replaceAll("\\s", "");
    }

    private static String firstWords(String chars) {
        return chars.codePointCount(0, chars.length()) > 12
                ? chars.substring(0, chars.offsetByCodePoints(0, 12)) + "…" : chars;
    }

}

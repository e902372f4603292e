package paiban.importer;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.model.Span;

/**
 * An issue without source positions, for comparing issues field by field: what the words are and what they are,
 * not which line of which file they came from.
 */
record IssueView(IssueInfo info, List<PageView> pages) {

    record PageView(int number, String name, PageInfo info, List<ArticleView> articles) {
    }

    record ArticleView(List<String> headline, String kicker, String subtitle, String column, String dateline,
                       String byline, Integer span, paiban.model.Place place, List<Object> body) {
    }

    record ParagraphView(List<Span> spans) {
    }

    record PhotoView(String caption, String path, Double aspect) {
    }

    /** @param photoFiles false to compare photos by caption only (an importer cannot know file names or sizes) */
    static IssueView of(Issue issue, boolean photoFiles) {
        List<PageView> pages = new ArrayList<>();
        for (Page p : issue.pages()) {
            List<ArticleView> articles = new ArrayList<>();
            for (Article a : p.articles()) {
                articles.add(of(a, photoFiles));
            }
            pages.add(new PageView(p.number(), p.name(), p.info(), articles));
        }
        return new IssueView(issue.info(), pages);
    }

    static ArticleView of(Article a, boolean photoFiles) {
        List<Object> body = new ArrayList<>();
        for (Block b : a.body()) {
            if (b instanceof Paragraph para) {
                body.add(new ParagraphView(para.spans()));
            } else {
                Photo ph = (Photo) b;
                body.add(photoFiles ? new PhotoView(ph.caption(), ph.path(), ph.aspect())
                        : new PhotoView(ph.caption(), null, null));
            }
        }
        return new ArticleView(a.headline(), a.kicker(), a.subtitle(), a.column(), a.dateline(), a.byline(),
                a.span(), a.place(), body);
    }
}

package paiban.importer;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;

/**
 * What the importer inferred, for a person to check: the pages and their articles with each headline and the parts
 * found around it, the header fields found, the lines it could not place (kept as body text) and its warnings.
 */
public record ImportOutline(Issue issue, List<String> fields, List<String> unplaced, List<String> warnings) {

    public ImportOutline {
        fields = List.copyOf(fields);
        unplaced = List.copyOf(unplaced);
        warnings = List.copyOf(warnings);
    }

    /** The outline as lines of text, for the terminal. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        int articles = issue.pages().stream().mapToInt(p -> p.articles().size()).sum();
        out.add(count(issue.pages().size(), "page") + ", " + count(articles, "article"));
        for (Page page : issue.pages()) {
            out.add("第" + page.number() + "版" + (page.name() == null ? "" : " " + page.name()) + ": "
                    + count(page.articles().size(), "article") + pageFields(page.info()));
            int n = 0;
            for (Article a : page.articles()) {
                out.add("  " + (++n) + ". " + String.join(" ", a.headline()) + parts(a));
            }
        }
        out.add(fields.isEmpty() ? "fields: none found" : "fields: " + String.join(", ", fields));
        if (unplaced.isEmpty()) {
            out.add("every line was placed");
        } else {
            out.add("could not place " + count(unplaced.size(), "line") + " (kept as body text):");
            for (String u : unplaced) {
                out.add("  " + u);
            }
        }
        for (String w : warnings) {
            out.add("warning: " + w);
        }
        return out;
    }

    private static String pageFields(PageInfo p) {
        List<String> f = new ArrayList<>();
        add(f, "section", p.section());
        add(f, "section-suffix", p.sectionSuffix());
        add(f, "guide", p.guide());
        add(f, "banner", p.banner());
        return f.isEmpty() ? "" : " (" + String.join(", ", f) + ")";
    }

    private static String parts(Article a) {
        List<String> f = new ArrayList<>();
        add(f, "kicker", a.kicker());
        add(f, "subtitle", a.subtitle());
        add(f, "column", a.column());
        add(f, "dateline", a.dateline());
        add(f, "byline", a.byline());
        long paragraphs = a.body().stream().filter(b -> b instanceof Paragraph).count();
        long photos = a.body().stream().filter(b -> b instanceof Photo).count();
        f.add(count((int) paragraphs, "paragraph") + (photos == 0 ? "" : ", " + count((int) photos, "photo")));
        return " [" + String.join("; ", f) + "]";
    }

    private static void add(List<String> f, String key, String value) {
        if (value != null) {
            f.add(key + " " + value);
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** How an unplaced line is listed: its number and the start of its text. */
    static String describe(RawLine line) {
        String t = line.text();
        return "line " + line.number() + ": " + (t.length() > 40 ? t.substring(0, 40) + "…" : t);
    }
}

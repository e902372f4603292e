package paiban.importer;

import java.util.ArrayList;
import java.util.List;
import paiban.message.Message;

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
public record ImportOutline(Issue issue, List<String> fields, List<Message> unplaced, List<Message> warnings) {

    public ImportOutline {
        fields = List.copyOf(fields);
        unplaced = List.copyOf(unplaced);
        warnings = List.copyOf(warnings);
    }

    /** The outline as lines for the terminal, in either language. */
    public List<Message> messages() {
        List<Message> out = new ArrayList<>();
        int articles = issue.pages().stream().mapToInt(p -> p.articles().size()).sum();
        out.add(Message.of("import.counts", count(issue.pages().size(), "page"), count(articles, "article")));
        for (Page page : issue.pages()) {
            out.add(Message.of("import.page", page.number(), page.name() == null ? "" : " " + page.name(),
                    count(page.articles().size(), "article"), pageFields(page.info())));
            int n = 0;
            for (Article a : page.articles()) {
                out.add(Message.of("import.article", ++n, String.join(" ", a.headline()), parts(a)));
            }
        }
        out.add(fields.isEmpty() ? Message.of("import.no-fields") : Message.of("import.fields", String.join(", ", fields)));
        if (unplaced.isEmpty()) {
            out.add(Message.of("import.all-placed"));
        } else {
            out.add(Message.of("import.unplaced", count(unplaced.size(), "line")));
            for (Message u : unplaced) {
                out.add(Message.of("import.indent", u));
            }
        }
        for (Message w : warnings) {
            out.add(Message.of("cli.warning", w));
        }
        return out;
    }

    /** The outline in English. */
    public List<String> lines() {
        return messages().stream().map(Message::toString).toList();
    }

    private static String pageFields(PageInfo p) {
        List<String> f = new ArrayList<>();
        add(f, "section", p.section());
        add(f, "section-suffix", p.sectionSuffix());
        add(f, "guide", p.guide());
        add(f, "banner", p.banner());
        return f.isEmpty() ? "" : " (" + String.join(", ", f) + ")";
    }

    private static Message parts(Article a) {
        List<String> f = new ArrayList<>();
        add(f, "kicker", a.kicker());
        add(f, "subtitle", a.subtitle());
        add(f, "column", a.column());
        add(f, "dateline", a.dateline());
        add(f, "byline", a.byline());
        long paragraphs = a.body().stream().filter(b -> b instanceof Paragraph).count();
        long photos = a.body().stream().filter(b -> b instanceof Photo).count();
        return Message.of("import.parts", f.stream().map(s -> s + "; ").reduce("", String::concat),
                count((int) paragraphs, "paragraph"), photos == 0 ? "" : Message.of("import.and", count((int) photos, "photo")));
    }

    private static void add(List<String> f, String key, String value) {
        if (value != null) {
            f.add(key + " " + value);
        }
    }

    /** {@code 3 pages}, {@code 1 article}: the catalogue's {@code import.n.WHAT} (singular) or {@code WHATs}. */
    private static Message count(int n, String what) {
        return Message.of("import.n." + what + (n == 1 ? "" : "s"), n);
    }

    /** How an unplaced line is listed: its number and the start of its text. */
    static Message describe(RawLine line) {
        String t = line.text();
        return Message.of("import.line", line.number(), t.length() > 40 ? t.substring(0, 40) + "…" : t);
    }
}

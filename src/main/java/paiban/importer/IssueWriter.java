package paiban.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * Writes an {@link Issue} as an issue file (format v1, docs/issue-format.md) that {@code IssueParser} reads back
 * into the same issue: YAML front matter, {@code # 第N版} pages with their attribute lines, {@code ## headline}
 * articles with theirs, one line per paragraph, photos as {@code ![caption](path "aspect")}. Text that the format
 * would read as markup is escaped ({@code \*}, {@code \#} and {@code \!} at a paragraph's start, {@code <\!--}).
 */
public final class IssueWriter {

    private static final Pattern PLAIN_YAML = Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s][^\\t\\n\\r]*");

    private IssueWriter() {
    }

    public static String write(Issue issue) {
        return write(issue, List.of());
    }

    /** @param notes lines for a comment after the front matter (for the person who reviews the file) */
    public static String write(Issue issue, List<String> notes) {
        StringBuilder out = new StringBuilder();
        frontMatter(out, issue.info());
        if (!notes.isEmpty()) {
            out.append("<!--\n");
            for (String n : notes) {
                out.append("  ").append(n.replace("-->", "- ->").replaceAll("[\\r\\n]+", " ")).append('\n');
            }
            out.append("-->\n");
        }
        for (Page page : issue.pages()) {
            page(out, page);
        }
        return out.toString();
    }

    private static void frontMatter(StringBuilder out, IssueInfo i) {
        List<String> lines = new ArrayList<>();
        yaml(lines, "paper", i.paper());
        yaml(lines, "layout", i.layout());
        yaml(lines, "date", i.date() == null ? null : i.date().toString());
        yaml(lines, "number", i.number());
        yaml(lines, "serial", i.serial());
        yaml(lines, "cn", i.cn());
        yaml(lines, "permit", i.permit());
        yaml(lines, "postal-code", i.postalCode());
        yaml(lines, "pages", i.pages());
        yaml(lines, "founded", i.founded());
        yaml(lines, "motto", i.motto());
        if (!i.honors().isEmpty()) {
            lines.add("honors:");
            for (String h : i.honors()) {
                lines.add("  - " + scalar(h));
            }
        }
        yaml(lines, "supervisor", i.supervisor());
        yaml(lines, "publisher", i.publisher());
        yaml(lines, "website", i.website());
        yaml(lines, "email", i.email());
        yaml(lines, "price", i.price());
        yaml(lines, "label-colon", i.labelColon());
        if (lines.isEmpty()) {
            return;
        }
        out.append("---\n");
        for (String l : lines) {
            out.append(l).append('\n');
        }
        out.append("---\n");
    }

    private static void yaml(List<String> lines, String key, Object value) {
        if (value != null) {
            lines.add(key + ": " + scalar(value.toString()));
        }
    }

    /** A YAML scalar that reads back as exactly {@code s}: plain where that is safe, else double-quoted. */
    static String scalar(String s) {
        boolean plain = PLAIN_YAML.matcher(s).matches() && s.equals(s.strip()) && !s.contains(": ")
                && !s.contains(" #") && !s.endsWith(":");
        if (plain) {
            return s;
        }
        StringBuilder q = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\\' -> q.append("\\\\");
                case '"' -> q.append("\\\"");
                case '\t' -> q.append("\\t");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }

    private static void page(StringBuilder out, Page page) {
        out.append("\n# 第").append(page.number()).append("版");
        if (page.name() != null) {
            out.append(' ').append(page.name());
        }
        out.append('\n');
        PageInfo p = page.info();
        attribute(out, "section", p.section());
        attribute(out, "section-suffix", p.sectionSuffix());
        attribute(out, "guide", p.guide());
        attribute(out, "banner", p.banner());
        attribute(out, "editor", p.editor());
        attribute(out, "designer", p.designer());
        attribute(out, "proofreader", p.proofreader());
        attribute(out, "layout", p.layout());
        attribute(out, "colour", p.colour() == null ? null : p.colour().toString());
        for (Article a : page.articles()) {
            article(out, a);
        }
    }

    private static void article(StringBuilder out, Article a) {
        out.append("\n## ").append(String.join("  ", a.headline())).append('\n');
        attribute(out, "kicker", a.kicker());
        attribute(out, "subtitle", a.subtitle());
        attribute(out, "column", a.column());
        attribute(out, "dateline", a.dateline());
        attribute(out, "byline", a.byline());
        attribute(out, "span", a.span() == null ? null : a.span().toString());
        attribute(out, "place", a.place() == null ? null : a.place().word());
        attribute(out, "head", a.furniture().headWord());
        attribute(out, "box", a.furniture().box());
        attribute(out, "lines", a.furniture().keptLines() ? "kept" : null);
        for (Block b : a.body()) {
            out.append('\n');
            if (b instanceof Photo photo) {
                out.append(photo(photo)).append('\n');
            } else {
                out.append(paragraph((Paragraph) b)).append('\n');
            }
        }
    }

    private static void attribute(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(value).append('\n');
        }
    }

    static String photo(Photo p) {
        if (p.caption().contains("]") || p.caption().contains("<!--")) {
            throw new IllegalArgumentException("format v1 cannot hold a photo caption with ']' or '<!--': "
                    + p.caption());
        }
        StringBuilder s = new StringBuilder("![").append(p.caption()).append("](").append(p.path());
        List<String> options = new ArrayList<>();
        if (p.aspect() != null) {
            options.add(BigDecimal.valueOf(p.aspect()).toPlainString());
        }
        if (p.size() != null) {
            options.add(p.size().toString());
        }
        if (p.headShot()) {
            options.add("头像");
        }
        if (!options.isEmpty()) {
            s.append(" \"").append(String.join(" ", options)).append('"');
        }
        return s.append(')').toString();
    }

    /** One paragraph on one line, bold spans in {@code **}, markup characters escaped. */
    static String paragraph(Paragraph p) {
        StringBuilder s = new StringBuilder();
        for (Span span : p.spans()) {
            if (span.bold()) {
                s.append("**");
            }
            s.append(escape(span.text()));
            if (span.bold()) {
                s.append("**");
            }
        }
        String text = s.toString().replace("<!--", "<\\!--");
        if (text.startsWith("#") || text.startsWith("![")) {
            text = "\\" + text;
        }
        return text;
    }

    private static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '*') {
                s.append("\\*");
            } else if (c == Paragraph.HARD_BREAK) {
                s.append("\\\n"); // a kept line break: a line ending in a lone backslash
                if (k + 1 < text.length() && text.charAt(k + 1) == '#') {
                    s.append('\\'); // the next line must not read as a heading
                }
            } else if (c == '\\') {
                s.append("\\\\"); // always doubled: safe before punctuation, a bold marker or anything else
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}

package paiban.importer;

import java.util.HashMap;
import java.util.Map;

import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.page.IssueDates;

/**
 * The words the engine prints for an issue: every field with the label the masthead, header band and section
 * banner print around it (as paiban.page.Masthead writes them), and every part of every article. Used to check that
 * no character of a raw page is lost: each must be in the issue as text or as a field printed back with its label.
 */
final class PrintedText {

    private PrintedText() {
    }

    static String of(Issue issue) {
        StringBuilder s = new StringBuilder();
        IssueInfo i = issue.info();
        add(s, i.paper());
        if (i.number() != null) {
            s.append("第").append(i.number()).append("期");
        }
        if (i.serial() != null) {
            s.append("总第").append(i.serial()).append("期");
        }
        if (i.date() != null) {
            s.append(IssueDates.gregorian(i.date())).append(IssueDates.weekday(i.date()))
                    .append(IssueDates.lunar(i.date()));
        }
        if (i.cn() != null) {
            s.append("国内统一连续出版物号 CN ").append(i.cn());
        }
        if (i.postalCode() != null) {
            s.append("邮政发行 邮发代号").append(i.colon()).append(i.postalCode());
        }
        if (i.pages() != null) {
            s.append("今日").append(i.pages()).append("版");
        }
        if (i.price() != null) {
            s.append("零售价").append(i.colon()).append(i.price());
        }
        if (i.founded() != null) {
            s.append("创刊于").append(i.founded()).append("年");
        }
        add(s, i.motto());
        i.honors().forEach(s::append);
        if (i.supervisor() != null) {
            s.append(i.supervisor()).append("主管");
        }
        if (i.publisher() != null) {
            s.append(i.publisher()).append("主办");
        }
        if (i.website() != null) {
            s.append("网址").append(i.colon()).append(i.website());
        }
        if (i.email() != null) {
            s.append("投稿邮箱").append(i.colon()).append(i.email());
        }
        for (Page p : issue.pages()) {
            s.append("第").append(p.number()).append("版");
            add(s, p.name());
            PageInfo pi = p.info();
            add(s, pi.section());
            add(s, pi.sectionSuffix());
            if (pi.guide() != null) {
                s.append(pi.guide()).append(" 指导");
            }
            add(s, pi.banner());
            for (Article a : p.articles()) {
                a.headline().forEach(s::append);
                add(s, a.kicker());
                add(s, a.subtitle());
                add(s, a.column());
                add(s, a.dateline());
                add(s, a.byline());
                for (Block b : a.body()) {
                    s.append(b instanceof Paragraph para ? para.text() : ((Photo) b).caption());
                }
            }
        }
        return s.toString();
    }

    private static void add(StringBuilder s, String v) {
        if (v != null) {
            s.append(v);
        }
    }

    /**
     * The characters of {@code raw} that {@code printed} lacks, with how many are missing. White space does not
     * count; the angle brackets of an autolink
     * {@code <http://…>} are markup, not text.
     */
    static Map<Integer, Integer> missing(String raw, String printed) {
        String r = raw.replaceAll("<((?:https?://|www\\.)[^\\s<>]+|[^\\s<>@]+@[^\\s<>]+)>", "$1");
        Map<Integer, Integer> need = counts(r);
        Map<Integer, Integer> have = counts(printed);
        Map<Integer, Integer> missing = new HashMap<>();
        need.forEach((cp, n) -> {
            int short_ = n - have.getOrDefault(cp, 0);
            if (short_ > 0) {
                missing.put(cp, short_);
            }
        });
        return missing;
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000)
                .forEach(cp -> m.merge(cp, 1, Integer::sum));
        return m;
    }

    static String describe(Map<Integer, Integer> missing) {
        StringBuilder sb = new StringBuilder();
        missing.forEach((cp, n) -> sb.append(new String(Character.toChars(cp))).append('×').append(n).append(' '));
        return sb.toString();
    }
}

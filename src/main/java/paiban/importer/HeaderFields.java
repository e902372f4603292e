package paiban.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.model.IssueInfo;
import paiban.page.IssueDates;
import paiban.message.Message;

/**
 * The issue data a header band carries, recognised by their patterns wherever they stand: 第N期, 总第N期, the date
 * (with 星期X and 农历…), 国内统一连续出版物号 CN, 邮发代号, 今日N版, 创刊于N年, 网址, 投稿邮箱, …主管, …主办,
 * 零售价, and the page's …指导. A line is taken only when these fields make up all of it, so a sentence that
 * mentions a date stays text.
 *
 * <p>Only labels the engine prints back are recognised (the stored file holds values only, the page prints the
 * labels), so no character of the raw text is lost: 邮箱 and 网址 are taken, 电子邮箱 is not, because the band prints
 * 投稿邮箱 and would drop 电子. The angle brackets of an autolink {@code <http://…>} are markup and go.
 *
 * <p>Labelled fields are recognised anywhere on the page. Bare values (a date without 星期, a lone URL or e-mail
 * address, "… 指导") only in the masthead, before the first article: below it they are ordinary text.
 */
final class HeaderFields {

    private static final String SP = "[\\s\u3000]*";
    private static final String TOKEN_START = "(?<![^\\s\u3000])";
    private static final String TOKEN_END = "(?![^\\s\u3000])";
    private static final String URL = "((?:https?://|www\\.)[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+)";
    private static final String MAIL = "([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})";

    /** One kind of field: the key it fills, its pattern (group 1 the value), and whether it needs the masthead. */
    private record Rule(String key, Pattern pattern, boolean bare) {
        Rule(String key, String regex, boolean bare) {
            this(key, Pattern.compile(regex), bare);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("serial", "总第" + SP + "([1-9][0-9]{0,6})" + SP + "期", false),
            new Rule("number", "第" + SP + "([1-9][0-9]{0,6})" + SP + "期", false),
            new Rule("date", "([0-9]{4})" + SP + "年" + SP + "([0-9]{1,2})" + SP + "月" + SP + "([0-9]{1,2})" + SP
                    + "日(?:" + SP + "(星期[一二三四五六日]))?(?:" + SP + "(农历[^\\s\u3000]+))?", false),
            new Rule("cn", "(?:国内统一连续出版物号" + SP + ")?CN" + SP
                    + "([0-9]{2}-[0-9]{4}(?:/[A-Za-z0-9.]+)?)(?![0-9A-Za-z-])", false),
            new Rule("postal-code", "(?:邮政发行" + SP + ")?邮发代号" + SP + "[:：]?" + SP
                    + "([0-9]{1,2}-[0-9]{1,4})(?![0-9-])", false),
            new Rule("pages", "今日" + SP + "([1-9][0-9]{0,2})" + SP + "版", false),
            new Rule("founded", "创刊于" + SP + "([1-9][0-9]{3})" + SP + "年", false),
            new Rule("website", "网址" + SP + "[:：]?" + SP + "(?:<" + URL + ">|" + URL + ")", false),
            new Rule("email", "(?:投稿邮箱|邮箱)" + SP + "[:：]?" + SP + "(?:<" + MAIL + ">|" + MAIL + ")", false),
            new Rule("supervisor", TOKEN_START + "([^\\s\u3000]{2,40}?)主管" + TOKEN_END, false),
            new Rule("publisher", TOKEN_START + "([^\\s\u3000]{2,40}?)主办" + TOKEN_END, false),
            new Rule("price", "零售价" + SP + "[:：]?" + SP + "([0-9]+(?:\\.[0-9]+)?元)", false),
            new Rule("guide", TOKEN_START + "([^\\s\u3000]{2,30}?)" + SP + "指导" + TOKEN_END, true),
            new Rule("website", TOKEN_START + "(?:<" + URL + ">|" + URL + ")" + TOKEN_END, true),
            new Rule("email", TOKEN_START + "(?:<" + MAIL + ">|" + MAIL + ")" + TOKEN_END, true));

    /** A label of the header band and the colon written after it. */
    private static final Pattern LABEL_COLON = Pattern.compile("(?:网址|邮箱|邮发代号|零售价)" + SP + "([:：])");

    private final Map<String, String> values = new LinkedHashMap<>();
    private int halfWidthColons;
    private int fullWidthColons;
    private final List<Message> warnings = new ArrayList<>();
    private String paper;
    private String paperSource;
    private String motto;
    private final List<String> honors = new ArrayList<>();

    /**
     * Takes {@code line} if it consists of header fields only. Bare values count only when {@code masthead}.
     * A value that contradicts one already found leaves the line as text.
     */
    boolean take(RawLine line, PageFields page, boolean masthead) {
        Match m = match(line, masthead);
        if (m.found().isEmpty() || !m.rest().isBlank()) {
            return false;
        }
        for (Map.Entry<String, String> e : m.found().entrySet()) {
            String had = e.getKey().equals("guide") ? page.guide : values.get(e.getKey());
            if (had != null && !had.equals(e.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, String> e : m.found().entrySet()) {
            if (e.getKey().equals("guide")) {
                page.guide = e.getValue();
            } else {
                values.put(e.getKey(), e.getValue());
            }
        }
        warnings.addAll(m.notes());
        Matcher colon = LABEL_COLON.matcher(line.text());
        while (colon.find()) {
            if (colon.group(1).equals(":")) {
                halfWidthColons++;
            } else {
                fullWidthColons++;
            }
        }
        if (m.weekday() != null) {
            LocalDate date = LocalDate.parse(m.found().get("date"));
            String actual = IssueDates.weekday(date);
            if (!actual.equals(m.weekday())) {
                warnings.add(Message.of("import.weekday", line.number(), m.weekday(),
                        IssueDates.gregorian(date), actual));
            }
        }
        return true;
    }

    /** The fields a line holds, the weekday it states, notes on how it writes them, and what is left of it. */
    private record Match(Map<String, String> found, String weekday, List<Message> notes, String rest) {
    }

    private static Match match(RawLine line, boolean masthead) {
        String rest = line.text();
        Map<String, String> found = new LinkedHashMap<>();
        String weekday = null;
        List<Message> notes = new ArrayList<>();
        for (Rule rule : RULES) {
            if ((rule.bare && !masthead) || found.containsKey(rule.key)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(rest);
            if (!m.find()) {
                continue;
            }
            String value = firstGroup(m);
            if (rule.key.equals("date")) {
                LocalDate date = date(m);
                if (date == null || (m.group(4) == null && !masthead)
                        || (m.group(5) != null && !m.group(5).equals(IssueDates.lunar(date)))) {
                    continue; // not a real date, a bare date in the text, or a lunar date the band would not print
                }
                value = date.toString();
                weekday = m.group(4);
                if (m.group(2).startsWith("0") || m.group(3).startsWith("0")) {
                    notes.add(Message.of("import.leading-zeros", line.number(), IssueDates.gregorian(date)));
                }
            }
            found.put(rule.key, value);
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        return new Match(found, weekday, notes, rest);
    }

    /** {@code text} would be taken as header fields above the articles. */
    static boolean looksLikeField(String text) {
        return new HeaderFields().take(new RawLine(text, 0, 0), new PageFields(1), true);
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    boolean hasPaper() {
        return paper != null;
    }

    /** The paper's name, and where it was found (a masthead line, a dateline). The first one found stays. */
    void paper(String name, String source) {
        if (paper == null) {
            paper = name;
            paperSource = source;
        }
    }

    boolean hasMotto() {
        return motto != null;
    }

    void motto(String m) {
        motto = m;
    }

    void honor(String h) {
        honors.add(h);
    }

    List<Message> warnings() {
        return List.copyOf(warnings);
    }

    IssueInfo info() {
        return new IssueInfo(paper, null, date(), whole("number"), whole("serial"), values.get("cn"),
                values.get("postal-code"), whole("pages"), whole("founded"), motto, honors,
                values.get("supervisor"), values.get("publisher"), values.get("website"), values.get("email"),
                values.get("price"), halfWidthColons > 0 && fullWidthColons == 0 ? ":" : null);
    }

    /** The fields found, in a form for the outline: {@code paper 科学导报 (from a dateline)}, {@code number 15} … */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        if (paper != null) {
            out.add("paper " + paper + (paperSource == null ? "" : " (" + paperSource + ")"));
        }
        values.forEach((k, v) -> out.add(k + " " + v));
        if (motto != null) {
            out.add("motto " + motto);
        }
        for (String h : honors) {
            out.add("honor " + h);
        }
        return out;
    }

    private LocalDate date() {
        String d = values.get("date");
        return d == null ? null : LocalDate.parse(d);
    }

    private Integer whole(String key) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        int n = Integer.parseInt(v);
        return n == 0 ? null : n;
    }
}

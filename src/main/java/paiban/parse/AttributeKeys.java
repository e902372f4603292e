package paiban.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an attribute line is written. Chinese desks type Chinese key names (作者, 副题, 引题 …) and the full-width
 * colon {@code ：}; both are documented aliases of the English keys, so a line such as {@code byline：王波} or
 * {@code 作者：王波} is an attribute, never body text.
 */
final class AttributeKeys {

    /** The pseudo-key of 版次: it restates the heading's page number, which must agree. */
    static final String PAGE_NUMBER = "page-number";

    /** Chinese names of the page attributes. */
    static final Map<String, String> PAGE = Map.ofEntries(
            Map.entry("专刊", "section"), Map.entry("专刊名", "section"), Map.entry("刊别", "section-suffix"),
            Map.entry("指导", "guide"), Map.entry("指导单位", "guide"), Map.entry("标语", "banner"),
            Map.entry("通栏标语", "banner"), Map.entry("责任编辑", "editor"), Map.entry("责编", "editor"),
            Map.entry("美术编辑", "designer"), Map.entry("美编", "designer"), Map.entry("版式设计", "designer"),
            Map.entry("校对", "proofreader"), Map.entry("版式", "layout"), Map.entry("版次", PAGE_NUMBER),
            Map.entry("导读", "contents"), Map.entry("要目", "contents"), Map.entry("简讯", "briefs"),
            Map.entry("简讯栏", "briefs"));

    /** Chinese names of the article attributes. */
    static final Map<String, String> ARTICLE = Map.ofEntries(
            Map.entry("引题", "kicker"), Map.entry("肩题", "kicker"), Map.entry("副题", "subtitle"),
            Map.entry("副标题", "subtitle"), Map.entry("栏目", "column"), Map.entry("电头", "dateline"),
            Map.entry("作者", "byline"), Map.entry("署名", "byline"), Map.entry("栏数", "span"),
            Map.entry("位置", "place"), Map.entry("导读", "contents"), Map.entry("要目", "contents"),
            Map.entry("定位", "at"), Map.entry("模块", "module"), Map.entry("版块", "module"),
            Map.entry("分行", "lines"));

    /** Chinese names of the front matter keys. */
    static final Map<String, String> FRONT = Map.ofEntries(
            Map.entry("报名", "paper"), Map.entry("版式", "layout"), Map.entry("日期", "date"),
            Map.entry("出版日期", "date"), Map.entry("期号", "number"), Map.entry("总期号", "serial"),
            Map.entry("刊号", "cn"), Map.entry("邮发代号", "postal-code"), Map.entry("版数", "pages"),
            Map.entry("创刊", "founded"), Map.entry("创刊年份", "founded"), Map.entry("报训", "motto"),
            Map.entry("荣誉", "honors"), Map.entry("主管", "supervisor"), Map.entry("主办", "publisher"),
            Map.entry("网址", "website"), Map.entry("邮箱", "email"), Map.entry("投稿邮箱", "email"),
            Map.entry("定价", "price"));

    /**
     * An ASCII key with {@code :} and a space (so {@code http://…} is not a key) or with {@code ：}; or a Chinese key
     * of up to six characters with either colon.
     */
    private static final Pattern LINE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_-]*)[ \\t]*(?::(?:[ \\t]+(.*)|[ \\t]*)|：[ \\t]*(.*))"
                    + "|(\\p{IsHan}{1,6})[ \\t]*[:：][ \\t]*(.*)");

    private static final Pattern FRONT_LINE =
            Pattern.compile("([ \\t]*)([A-Za-z][A-Za-z0-9_-]*|\\p{IsHan}{1,6})[ \\t]*([:：])(.*)");

    /** A photo written as a Chinese attribute: {@code 图片：photos/a.jpg 说明文字}. */
    static final Pattern PHOTO = Pattern.compile(
            "图片[ \\t]*[:：][ \\t]*(\\S+\\.(?i:jpe?g|png|gif|bmp|tiff?))(?:[ \\t]+(.*))?");

    private AttributeKeys() {
    }

    /**
     * An attribute line as written.
     *
     * @param key     the English key ({@code null} for a Chinese key that is not an alias)
     * @param written the key as the line spells it
     * @param chinese whether the key was written in Chinese
     */
    record Attribute(String key, String written, String value, boolean chinese) {
    }

    /** The attribute {@code stripped} writes, resolving Chinese keys with {@code aliases}; null if it is none. */
    static Attribute match(String stripped, Map<String, String> aliases) {
        Matcher m = LINE.matcher(stripped);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
            return new Attribute(m.group(1), m.group(1), value, false);
        }
        return new Attribute(aliases.get(m.group(4)), m.group(4), m.group(5), true);
    }

    /** Front matter lines with a full-width colon or a Chinese key, rewritten as the YAML key they stand for. */
    static String frontMatterLine(String line) {
        Matcher m = FRONT_LINE.matcher(line);
        if (!m.matches() || (m.group(3).equals(":") && !FRONT.containsKey(m.group(2)))) {
            return line;
        }
        String key = FRONT.getOrDefault(m.group(2), m.group(2));
        String rest = m.group(4);
        return m.group(1) + key + ":" + (rest.isEmpty() || rest.startsWith(" ") ? rest : " " + rest);
    }
}

package paiban.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines above the first article that carry no label: the paper's motto (思想·深度·引导), its honours
 * (全国优秀科技报, …奖), a supplement's section name and its suffix (开发区建设 / 周刊), the slogan over it
 * (加强开发区建设 推动高质量发展), the paper's own name (…报), and bare header values (a date without 星期, a lone
 * URL, "… 指导"). What is none of these is returned: the importer keeps it as body text.
 */
final class MastheadLines {

    private static final String HAN = "\\p{IsHan}";
    private static final Pattern MOTTO = Pattern.compile(HAN + "{1,8}(?:[·・•]" + HAN + "{1,8})+");
    private static final String SUFFIXES = "周刊|专刊|特刊|副刊|增刊|专版|周报";
    private static final Pattern SUFFIX = Pattern.compile(SUFFIXES);
    private static final Pattern SECTION = Pattern.compile(HAN + "{2,10}");
    private static final Pattern SECTION_WITH_SUFFIX = Pattern.compile("(" + HAN + "{2,10}?)[\\s\u3000]*(" + SUFFIXES + ")");
    private static final Pattern HONOR_SHAPE = Pattern.compile("[\\p{IsHan}0-9、，（）()]{4,24}");
    private static final Pattern HONOR_QUALIFIER = Pattern.compile("全国|中国|省|市|优秀|十强|百强|十佳|届|先进|一级|示范|重点|最佳|年度");
    private static final Pattern HONOR_END = Pattern.compile(".*(?:奖|报|报纸|期刊|媒体|称号|集体|单位|品牌)");
    private static final Pattern PAPER = Pattern.compile(HAN + "{1,6}(?:报)");
    private static final Pattern BANNER = Pattern.compile(HAN + "{2,12}(?:[ \u3000]+" + HAN + "{2,12}){1,2}");

    private MastheadLines() {
    }

    /** Places what it can of {@code zone} (the page's lines before its first article); returns the rest. */
    static List<RawLine> place(List<RawLine> zone, HeaderFields fields, PageFields page) {
        List<RawLine> unplaced = new ArrayList<>();
        for (int i = 0; i < zone.size(); i++) {
            RawLine line = zone.get(i);
            String t = line.text();
            RawLine next = i + 1 < zone.size() ? zone.get(i + 1) : null;
            if (fields.take(line, page, true)) {
                continue;
            }
            if (page.section == null && next != null && SUFFIX.matcher(next.text()).matches()
                    && SECTION.matcher(t).matches()) {
                page.section = t;
                page.sectionSuffix = next.text();
                i++;
                continue;
            }
            Matcher withSuffix = SECTION_WITH_SUFFIX.matcher(t);
            if (page.section == null && withSuffix.matches()) {
                page.section = withSuffix.group(1);
                page.sectionSuffix = withSuffix.group(2);
                continue;
            }
            if (!fields.hasMotto() && MOTTO.matcher(t).matches()) {
                fields.motto(t);
                continue;
            }
            if (isHonor(t)) {
                fields.honor(t);
                continue;
            }
            if (!fields.hasPaper() && PAPER.matcher(t).matches()) {
                fields.paper(t, "line " + line.number());
                continue;
            }
            if (page.banner == null && BANNER.matcher(t).matches()) {
                page.banner = LineShape.collapse(t);
                continue;
            }
            unplaced.add(line);
        }
        return unplaced;
    }

    /** 全国优秀科技报, 山西省十强报纸, 第二、三届山西出版奖提名奖: a short line naming a prize or a ranking. */
    static boolean isHonor(String t) {
        if (!HONOR_SHAPE.matcher(t).matches() || !HONOR_END.matcher(t).matches()) {
            return false;
        }
        return t.endsWith("奖") || t.endsWith("称号") || HONOR_QUALIFIER.matcher(t).find();
    }

    /** A line the masthead would take as its own (so it is no kicker of the first article). */
    static boolean looksLikeMasthead(String t) {
        return MOTTO.matcher(t).matches() || isHonor(t) || SUFFIX.matcher(t).matches()
                || SECTION_WITH_SUFFIX.matcher(t).matches();
    }
}

package paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headlines broken as an editor breaks them: at the phrase joint, between words, never inside a word, number,
 * range, document number or name, balanced, never with a one-character last line. The measure is given in
 * characters of the headline's size, so each case reads like a column of so many characters.
 */
class DisplayBreakerTest {

    private static final float SIZE = 20;

    private static List<String> lines(String text, int chars) {
        List<Line> set = DisplayBreaker.set(List.of(new StyledText(text, new TextStyle(FakeFace.SERIF_BOLD, SIZE))),
                new ParagraphFormat(chars * SIZE, 0, Alignment.CENTER));
        List<String> out = new ArrayList<>();
        for (Line l : set) {
            out.add(l.text().strip());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} in {1} characters")
    @CsvSource(delimiter = '|', value = {
        "深入实施创新驱动发展战略，巩固壮大实体经济根基|13|深入实施创新驱动发展战略，/巩固壮大实体经济根基",
        "扩大高水平对外开放，促进互利共赢|12|扩大高水平对外开放，/促进互利共赢",
        "深入实施科教兴国战略，强化高质量发展的基础支撑|14|深入实施科教兴国战略，/强化高质量发展的基础支撑",
        "第十四届全国人民代表大会第二次会议关于政府工作报告的决议|17|第十四届全国人民代表大会第二次会议/关于政府工作报告的决议",
        "人工智能赋能千行百业：2025—2026年行动方案发布|14|人工智能赋能千行百业：/2025—2026年行动方案发布",
    })
    void breaksAtTheJointAnEditorWouldChoose(String title, int chars, String expected) {
        assertEquals(List.of(expected.split("/")), lines(title, chars));
    }

    @ParameterizedTest(name = "{0} in {1} characters")
    @CsvSource(delimiter = '|', value = {
        "国务院关于印发《推动工业互联网融合发展行动计划》的通知（国发〔2025〕12号）|9|国发〔2025〕12号",
        "春运首日客流平稳有序|6|客流",
        "工业互联网融合应用持续深化|8|互联网",
        "2025年第一季度国内生产总值同比增长5.4%|9|5.4%",
        "全国粮食产量连续9年稳定在1.3万亿斤以上|8|1.3万亿斤",
        "2025—2026年新型城镇化建设重点任务公布|8|2025—2026年",
        "长江经济带发展座谈会在重庆召开|5|座谈会",
        // three lines only by 加大宏观/政策: a fourth line keeps the term whole
        "着力稳市场主体保就业，加大宏观政策实施力度|7|宏观政策",
    })
    void keepsWholeWhatMustNotBeSplit(String title, int chars, String whole) {
        List<String> set = lines(title, chars);
        assertTrue(set.stream().anyMatch(l -> l.contains(whole)), () -> whole + " split: " + set);
    }

    @ParameterizedTest(name = "{0} in {1} characters")
    @CsvSource(delimiter = '|', value = {
        "春运首日客流平稳有序|9",
        "新时代新征程新伟业|8",
        "数字中国建设峰会开幕|9",
        "打好防范化解重大风险攻坚战|12",
    })
    void neverLeavesOneCharacterOnTheLastLine(String title, int chars) {
        List<String> set = lines(title, chars);
        String last = set.get(set.size() - 1).replaceAll("\\p{P}", "");
        assertTrue(last.codePointCount(0, last.length()) >= 2, () -> "last line alone: " + set);
    }

    @Test
    void balancesTheLines() {
        List<String> set = lines("加快发展新质生产力扎实推进高质量发展", 14);
        assertEquals(2, set.size(), set::toString);
        int a = set.get(0).length();
        int b = set.get(1).length();
        assertTrue(Math.abs(a - b) <= 3, () -> "unbalanced: " + set);
    }

    @Test
    void aHeadlineThatFitsStaysOnOneLine() {
        assertEquals(List.of("春运首日客流平稳有序"), lines("春运首日客流平稳有序", 12));
    }

    @ParameterizedTest(name = "{1} in {2} characters")
    @CsvSource(delimiter = '|', value = {
        "工人们正在新投产的锂电池隔膜生产线上检查产品质量。示范区宣传信息中心供图|示范区宣传信息中心供图|13",
        "春运首日，旅客在太原南站有序乘车返乡。（新华社记者 王鹏 摄）|（新华社记者 王鹏 摄）|12",
        "5月15日，忻州经开区重点项目集中开工仪式现场。本报记者 邓伟强 摄|本报记者 邓伟强 摄|14",
    })
    void aCaptionKeepsItsCreditWholeOnTheLastLine(String caption, String credit, int chars) {
        List<Line> set = DisplayBreaker.set(List.of(new StyledText(caption, new TextStyle(FakeFace.SERIF, SIZE))),
                new ParagraphFormat(chars * SIZE, 0, Alignment.JUSTIFY));
        String last = set.get(set.size() - 1).text().strip();
        assertTrue(last.endsWith(credit), () -> "credit split: " + set.stream().map(Line::text).toList());
        for (int i = 0; i + 1 < set.size(); i++) {
            assertEquals(chars * SIZE, set.get(i).width(), 0.01f, "a caption's lines but the last are justified");
        }
    }
}

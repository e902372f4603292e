package paiban.galley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.text.Line;

/** A paragraph's kept line breaks: each kept line starts a new line, flush left and unstretched before the break. */
class KeptLinesTest {
    private static GalleySetter setter;
    private static float bodySize;

    @BeforeAll
    static void load() throws Exception {
        StyleBook styles = new StyleBook(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")));
        setter = new GalleySetter(styles);
        bodySize = styles.spec().geometry().bodySize();
    }

    private static List<Line> body(String paragraph) throws Exception {
        Article a = new IssueParser().parse("# 第1版 副刊\n\n## 诗\n\n" + paragraph + "\n", Path.of("t.txt"))
                .pages().get(0).articles().get(0);
        return setter.set(a, 1, false).body();
    }

    @Test
    void eachKeptLineStartsALineOfItsOwn() throws Exception {
        List<Line> lines = body("床前明月光，\\\n疑是地上霜。\\\n举头望明月，\\\n低头思故乡。");
        assertEquals(List.of("床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"),
                lines.stream().map(l -> l.text().strip()).toList());
    }

    @Test
    void theFirstLineIsIndentedTheKeptLinesStartFlushLeft() throws Exception {
        List<Line> lines = body("今日天气：\\\n太原 晴 12～25℃\\\n大同 多云 8～20℃");
        assertEquals(2 * bodySize, lines.get(0).glyphs().get(0).x(), 0.01f);
        for (Line l : lines.subList(1, lines.size())) {
            assertEquals(0f, l.glyphs().get(0).x(), 0.01f, l.text());
        }
    }

    @Test
    void theLineBeforeABreakIsNotStretched() throws Exception {
        List<Line> lines = body("一、总则\\\n二、附则");
        Line first = lines.get(0);
        assertTrue(first.width() < first.measure() / 2, "a short kept line stays short: " + first.width());
        float step = first.glyphs().get(3).x() - first.glyphs().get(2).x();
        assertEquals(bodySize, step, 0.01f, "characters stand one em apart");
    }

    @Test
    void aLongKeptLineStillWrapsJustified() throws Exception {
        String longLine = "各地区各部门要深入贯彻落实党中央决策部署，扎实推进各项工作，确保取得实效并及时总结经验";
        List<Line> lines = body(longLine + "\\\n短行");
        assertTrue(lines.size() >= 3);
        Line wrapped = lines.get(1);
        assertEquals(wrapped.measure(), wrapped.width(), 0.5f, "a full inner line of a long kept line is justified");
        assertEquals("短行", lines.get(lines.size() - 1).text().strip());
    }
}

package paiban.galley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.UserError;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.PageGeometry;
import paiban.text.Line;

/** A boxed article keeps the grid: a whole line over its head and under its text, half a gutter in at each side. */
class BoxedGalleyTest {
    private static GalleySetter setter;
    private static PageGeometry grid;

    @BeforeAll
    static void load() throws Exception {
        StyleBook styles = new StyleBook(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")));
        setter = new GalleySetter(styles);
        grid = styles.spec().geometry();
    }

    private static Article article(String attributes) throws Exception {
        return new IssueParser().parse("# 第1版 要闻\n\n## 县图书馆延长开放时间\n" + attributes
                + "\n自本月起，县图书馆周末开放时间延长至晚上八点，方便读者借阅，欢迎广大读者前来。\n", Path.of("box.txt"))
                .pages().get(0).articles().get(0);
    }

    @Test
    void theTextIsSetOneGutterNarrowerAndTheBoxTakesALineAtTopAndFoot() throws Exception {
        ArticleGalley plain = setter.set(article("span: 1"), 1, false);
        ArticleGalley boxed = setter.set(article("span: 1\nbox: 细线"), 1, false);
        for (Line l : boxed.body()) {
            assertEquals(grid.columnWidth() - grid.gutter(), l.measure(), 0.01f);
        }
        List<Line> body = boxed.body();
        assertTrue(body.get(body.size() - 1).glyphs().isEmpty(), "the box's foot line is empty");
        assertTrue(boxed.bodyLines() >= plain.bodyLines() + 1, "the narrower text and the foot line take more lines");
        assertEquals(plain.headlineLines() + 1, boxed.headlineLines(), "one whole line over the headline block");
        SetLine first = boxed.head().lines().get(0);
        assertTrue(first.x() >= grid.gutter() / 2f - 0.01f, "the head stands half a gutter in: " + first.x());
        assertTrue(first.baseline() > grid.linePitch(), "the head's first line stands under the box's top line");
    }

    @Test
    void aBoxTheLayoutDoesNotNameIsAUserErrorNamingTheArticle() throws Exception {
        Article a = article("box: 波浪线");
        UserError e = assertThrows(UserError.class, () -> setter.set(a, 1, false));
        assertTrue(e.getMessage().startsWith("box.txt:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("波浪线") && e.getMessage().contains("花边"), e.getMessage());
    }
}

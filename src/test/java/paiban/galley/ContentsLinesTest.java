package paiban.galley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.Furniture;
import paiban.model.SourcePos;
import paiban.spec.LayoutLoader;
import paiban.text.Line;

/**
 * A guide's entries are set twice, with the pages the articles were written on and with the pages where they landed;
 * the second setting must take the same lines, or the module the page maker made would no longer hold it.
 */
class ContentsLinesTest {
    private static GalleySetter setter;
    private static final Article BOX = new Article(List.of("导读"), null, null, null, null, null, 1, null, List.of(),
            new SourcePos(Path.of("issue.txt"), 9), new Furniture(false, "细线"));
    private static final List<String> HEADLINES = List.of("住院楼投入使用", "县委召开全体会议研究部署下半年经济工作",
            "春耕生产全面展开 农技人员深入田间", "图书馆开放到九点");
    private static final List<Integer> ISSUE_PAGES = IntStream.rangeClosed(1, 12).boxed().toList();

    @BeforeAll
    static void load() throws Exception {
        setter = new GalleySetter(new StyleBook(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts"))));
    }

    private static List<Line> body(int page) {
        return setter.contents(BOX, HEADLINES, List.of(page, page, page, page), ISSUE_PAGES, 1).body();
    }

    @Test
    void aPageNumberOfMoreDigitsTakesTheSameLines() {
        List<Line> one = body(9);
        List<Line> two = body(10);
        assertEquals(one.size(), two.size());
        for (int i = 0; i < one.size(); i++) {
            String a = one.get(i).text();
            String b = two.get(i).text();
            assertEquals(a.replace("第9版", ""), b.replace("第10版", ""), "line " + i + " breaks where it did");
        }
    }

    @Test
    void eachEntryEndsWithItsPageFlushRightWithinTheColumn() {
        List<Line> lines = body(10);
        long labels = lines.stream().filter(l -> l.text().endsWith("第10版")).count();
        assertEquals(HEADLINES.size(), labels, "one label per entry");
        float measure = lines.get(0).measure();
        for (Line l : lines) {
            for (var g : l.glyphs()) {
                assertTrue(g.x() + g.advance() <= measure + 0.01f, "inside the column: " + l.text());
            }
        }
        Line last = lines.stream().filter(l -> l.text().endsWith("第10版")).findFirst().orElseThrow();
        var g = last.glyphs().get(last.glyphs().size() - 1);
        assertEquals(measure, g.x() + g.advance(), 0.01f, "flush right");
        assertTrue(lines.stream().filter(l -> l.text().startsWith(ContentsLines.MARK)).count() == HEADLINES.size(),
                "each entry opens with the mark");
    }
}

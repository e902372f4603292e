package paiban.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.compose.Module;
import paiban.compose.PhotoSlot;
import paiban.compose.Rule;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.StyleBook;
import paiban.job.LayoutJob;
import paiban.job.LayoutReport;
import paiban.job.PageLayout;
import paiban.model.Issue;
import paiban.page.GridPoints;
import paiban.page.Mark;
import paiban.page.PageAssembler;
import paiban.page.PageDrawing;
import paiban.page.Tag;
import paiban.page.TextMark;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;
import paiban.text.PlacedGlyph;

/**
 * The reading pass over pages with inset headlines, photos beside text and over all columns, stacks and bands: it
 * keeps every mark the page drew, in its order and place, and what it adds draws no ink and is read as nothing.
 */
class ReadingMarksTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/reading/inset-photo.txt",
        "src/test/resources/reading/photos-and-stacks.txt"})
    void thePassMovesNothingAndAddsOnlyInvisibleMarks(String source) throws Exception {
        Path file = Path.of(source);
        Issue issue = new IssueParser().parse(file);
        LayoutSpec spec = LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts")));
        FontLibrary fonts = FontLibrary.standard(Path.of("fonts"));
        LayoutReport report = new LayoutJob(spec, fonts, PdfFontResource::build).run(issue);
        for (PageLayout p : report.pages()) {
            LayoutSpec grid = p.bodySize() == spec.geometry().bodySize() ? spec : spec.largerBody();
            StyleBook styles = new StyleBook(grid, fonts);
            PageDrawing drawn = new PageAssembler(styles).assemble(issue.info(), p.page(), p.page().number() == 1,
                    p.plan(), p.galleys(), file.getParent(), "test");
            PageDrawing read = new ReadingMarks(styles).addTo(drawn, p.plan());
            List<TextMark> added = added(drawn.marks(), read.marks());
            for (TextMark t : added) {
                assertEquals(Tag.ARTIFACT, t.tag(), "an artifact, outside the structure tree");
                assertEquals(ReadingBreak.READ_AS, t.actualText(), "read as a zero-width space");
                for (PlacedGlyph g : t.line().glyphs()) {
                    assertEquals("\u3000", g.text(), "an ideographic space: no ink");
                }
            }
            GridPoints at = new GridPoints(grid.geometry());
            int expected = 1;
            for (Rule r : p.plan().rules()) {
                expected += r.horizontal() ? 1 : 0;
            }
            for (Module m : p.plan().modules()) {
                if (m.headSpan() < m.span()) {
                    expected++;
                    assertTrue(spans(added, at.colX(m.headCol()), at.spanWidth(m.headSpan()), at.lineTop(m.line()),
                            at.lineTop(m.line() + 1)), "a bar across the inset headline's columns: " + m);
                }
                PhotoSlot s = m.photo();
                if (s != null) {
                    assertTrue(spans(added, at.colX(s.col()), at.spanWidth(s.span()), at.lineTop(s.line()),
                            at.lineTop(s.line() + s.lines())), "a stand-in over the photo: " + m);
                }
            }
            assertTrue(added.size() >= expected, "a break under the furniture and along every rule: " + added.size());
        }
    }

    /**
     * The marks of {@code read} that are not in {@code drawn}, checking that those of {@code drawn} are all there,
     * in their order and place.
     */
    private static List<TextMark> added(List<Mark> drawn, List<Mark> read) {
        List<TextMark> out = new ArrayList<>();
        int next = 0;
        for (Mark m : read) {
            if (next < drawn.size() && same(drawn.get(next), m)) {
                next++;
            } else {
                assertTrue(m instanceof TextMark, "only text marks are added: " + m);
                out.add((TextMark) m);
            }
        }
        assertEquals(drawn.size(), next, "every mark drawn is kept, in order");
        return out;
    }

    /** The same mark, but for how an extractor reads a line (its actual text and box). */
    private static boolean same(Mark a, Mark b) {
        if (a instanceof TextMark s && b instanceof TextMark t) {
            return s.line() == t.line() && s.x() == t.x() && s.baseline() == t.baseline() && s.tag().equals(t.tag())
                    && s.color().equals(t.color());
        }
        return a.equals(b);
    }

    /** Whether an added mark runs across {@code width} pt from {@code x} with its baseline between two lines. */
    private static boolean spans(List<TextMark> added, float x, float width, float top, float bottom) {
        for (TextMark t : added) {
            if (t.x() == x && Math.abs(t.line().width() - width) < 0.01f && t.baseline() > top
                    && t.baseline() < bottom) {
                return true;
            }
        }
        return false;
    }
}

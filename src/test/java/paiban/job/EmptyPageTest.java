package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * An 8-page tabloid issue whose second page lost its one long article (the corpus issue without its government work
 * report): pages 2 to 4 stand empty while pages 5 to 8 carry articles. Each empty page is named, with the later page
 * that holds copy, as a warning of its own kind; full pages and the issue's last page are not.
 */
class EmptyPageTest {

    @Test
    void anEmptyPageBeforePagesWithArticlesIsNamed() throws Exception {
        Path file = Path.of("samples/corpus-issue/issue.txt");
        String text = Files.readString(file);
        String gap = text.substring(0, text.indexOf("## 政府工作报告\n")) + text.substring(text.indexOf("# 第3版"));
        LayoutSpec tabloid = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        LayoutReport r = new LayoutJob(tabloid, FontLibrary.standard(Path.of("fonts")), PdfFontResource::build)
                .run(new IssueParser().parse(gap, file));
        assertEquals(8, r.pages().size());
        List<paiban.message.Warning> empty = r.warnings().stream()
                .filter(w -> w.code() == paiban.message.Warning.Code.EMPTY_PAGE).toList();
        assertEquals(3, empty.size(), r.warnings().toString());
        for (int n = 2; n <= 4; n++) {
            String page = "第" + n + "版 is nearly empty";
            assertTrue(empty.stream().anyMatch(w -> w.toString().contains(page) && w.toString().contains("while 第5版")),
                    page + ": " + empty);
        }
        PageLayout third = r.pages().get(2);
        assertTrue(third.plan().modules().isEmpty());
        assertTrue(third.white().holeShare() > 0.9, "an empty page is all hole: " + third.white().holeShare());
    }
}

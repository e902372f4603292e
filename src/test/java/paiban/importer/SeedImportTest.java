package paiban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.parse.IssueParser;

/**
 * The seed page text of 科学导报 2025-05-16, imported with no markup, gives the issue a person wrote by hand from it
 * (samples/kxdb-2025-05-16/issue.txt): the same fields, page banner and articles. Only the photo's file name and
 * aspect ratio cannot be known from text; photos are compared by caption.
 */
class SeedImportTest {

    static final Path SAMPLE = Path.of("samples/kxdb-2025-05-16/issue.txt");
    static Path seed;
    static ImportedIssue imported;
    static Issue sample;

    @BeforeAll
    static void load() throws Exception {
        URL url = SeedImportTest.class.getResource("/seed/kxdb-2025-05-16-page1.txt");
        seed = Path.of(url.toURI());
        imported = new RawIssueImporter().importFile(seed);
        sample = new IssueParser().parse(SAMPLE);
    }

    @Test
    void theSeedIsRawText() throws Exception {
        assertTrue(RawIssueImporter.isRaw(Files.readString(seed)));
        assertTrue(!RawIssueImporter.isRaw(Files.readString(SAMPLE)));
    }

    @Test
    void issueFieldsEqualTheSample() {
        assertEquals(sample.info(), imported.issue().info());
    }

    @Test
    void pageAndBannerEqualTheSample() {
        assertEquals(1, imported.issue().pages().size());
        Page want = sample.pages().get(0);
        Page got = imported.issue().pages().get(0);
        assertEquals(want.number(), got.number());
        assertEquals(want.name(), got.name());
        assertEquals(want.info(), got.info());
        assertEquals(want.articles().size(), got.articles().size());
    }

    @Test
    void articlesEqualTheSampleArticleByArticle() {
        List<Article> want = sample.pages().get(0).articles();
        List<Article> got = imported.issue().pages().get(0).articles();
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            Article w = want.get(i);
            Article g = got.get(i);
            String which = "article " + (i + 1) + " " + w.title();
            assertEquals(w.headline(), g.headline(), which);
            assertEquals(w.kicker(), g.kicker(), which);
            assertEquals(w.subtitle(), g.subtitle(), which);
            assertEquals(w.column(), g.column(), which);
            assertEquals(w.dateline(), g.dateline(), which);
            assertEquals(w.byline(), g.byline(), which);
            assertEquals(IssueView.of(w, false).body(), IssueView.of(g, false).body(), which);
        }
    }

    @Test
    void thePhotoHasThePlaceholderPathAndNoAspect() {
        Photo photo = imported.issue().pages().get(0).articles().get(0).body().stream()
                .filter(b -> b instanceof Photo).map(b -> (Photo) b).findFirst().orElseThrow();
        assertEquals("photos/photo-1.jpg", photo.path());
        assertNull(photo.aspect());
    }

    @Test
    void everyLineIsPlacedAndNothingIsLost() throws Exception {
        assertEquals(List.of(), imported.outline().unplaced());
        assertEquals(List.of(), imported.outline().warnings());
        Map<Integer, Integer> missing = PrintedText.missing(Files.readString(seed),
                PrintedText.of(imported.issue()));
        assertTrue(missing.isEmpty(), "lost: " + PrintedText.describe(missing));
    }

    @Test
    void theOutlineNamesPagesArticlesAndFields() {
        String outline = String.join("\n", imported.outline().lines());
        assertTrue(outline.contains("1 page, 3 articles"), outline);
        assertTrue(outline.contains("1. 探路领跑 动能澎湃"), outline);
        assertTrue(outline.contains("3. 忻州经开区着力打造高质量发展增长极"), outline);
        assertTrue(outline.contains("paper 科学导报 (from the dateline"), outline);
        assertTrue(outline.contains("every line was placed"), outline);
    }
}

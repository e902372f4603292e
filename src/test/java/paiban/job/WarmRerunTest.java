package paiban.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.font.FontFileCache;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.GalleyCache;
import paiban.galley.GalleySetter;
import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.parse.IssueFormatException;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;
import paiban.spec.Rank;

/**
 * A warm process ({@code --watch}) lays the sample out, the user edits one article, and it is laid out again: only
 * what changed is set again, and the PDF is the one a cold run makes of the edited file, byte for byte.
 */
class WarmRerunTest {

    private static final Path SAMPLE = Path.of("samples/kxdb-2025-05-16/issue.txt");
    /** Words of one body paragraph of the sample's lead article, and of the second article's headline. */
    private static final String IN_PARAGRAPH = "举行了16号线通线仪式";
    private static final String IN_HEADLINE = "正向移交签约仪式圆满完成";

    private static FontLibrary fonts;
    private static String original;

    @BeforeAll
    static void load() throws Exception {
        fonts = FontLibrary.standard(Path.of("fonts"));
        original = Files.readString(SAMPLE);
    }

    @Test
    void editingOneParagraphSetsThatParagraphAgainAndGivesTheColdRunsBytes() throws Exception {
        String edited = edit(IN_PARAGRAPH, "举行了16号生产线的通线仪式");
        GalleyCache coldCache = new GalleyCache();
        byte[] cold = pdf(broadsheet(), edited, coldCache);
        int paragraphs = coldCache.lastRun().set();

        GalleyCache warm = new GalleyCache();
        FontFileCache fontFiles = new FontFileCache();
        pdf(broadsheet(), original, warm, fontFiles);
        byte[] again = pdf(broadsheet(), edited, warm, fontFiles);

        assertEquals(new GalleyCache.Statistics(1, paragraphs - 1, 1), warm.lastRun(),
                "the edited paragraph is set again, every other one is found set, the old text is dropped");
        assertEquals(paragraphs, warm.size(), "the cache holds what the edited issue uses, no more");
        assertTrue(fontFiles.found() > 0, "the edit brought no new glyph: the font subsets are found compressed");
        assertArrayEquals(cold, again, "a warm rerun writes the cold run's bytes");
    }

    @Test
    void editingAHeadlineSetsOnlyThatArticleAgain() throws Exception {
        String edited = edit(IN_HEADLINE, "正向移交签约仪式顺利完成");
        GalleyCache warm = new GalleyCache();
        pdf(broadsheet(), original, warm);
        byte[] again = pdf(broadsheet(), edited, warm);

        int set = warm.lastRun().set();
        assertTrue(set > 0, "the new headline is set");
        assertTrue(set <= headlineSettings(edited, IN_HEADLINE.replace("圆满", "顺利")),
                "nothing but the edited article's headline is set again: " + warm.lastRun());
        assertArrayEquals(pdf(broadsheet(), edited, new GalleyCache()), again);
    }

    @Test
    void anotherLayoutSetsEverythingAgainAndDropsTheOldOne() throws Exception {
        GalleyCache warm = new GalleyCache();
        pdf(broadsheet(), original, warm);
        int broadsheetParagraphs = warm.size();
        LayoutSpec tabloid = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        byte[] again = pdf(tabloid, original, warm);

        assertEquals(0, warm.lastRun().reused(), "nothing set for another layout is taken");
        assertEquals(broadsheetParagraphs, warm.lastRun().dropped(), "the broadsheet's paragraphs are dropped");
        assertArrayEquals(pdf(tabloid, original, new GalleyCache()), again);
    }

    @Test
    void aRunThatFailsKeepsWhatTheRunBeforeItSet() throws Exception {
        GalleyCache warm = new GalleyCache();
        byte[] first = pdf(broadsheet(), original, warm);
        int paragraphs = warm.size();
        String tooWide = original.replace("## 探路领跑 动能澎湃\n", "## 探路领跑 动能澎湃\nspan: 99\n");
        assertNotEquals(original, tooWide);
        assertThrows(IssueFormatException.class, () -> pdf(broadsheet(), tooWide, warm));
        byte[] fixed = pdf(broadsheet(), original, warm);

        assertEquals(0, warm.lastRun().set(), "nothing is set again after the mistake is undone");
        assertEquals(paragraphs, warm.size());
        assertArrayEquals(first, fixed);
    }

    /**
     * What setting the article holding these headline words at every span sets once its body is set: its headline
     * block at each size of its rank's rung of the ladder (its rank on the page: no article before it is pinned
     * lead) and captions. The page maker asks for at most every span and size.
     */
    private static int headlineSettings(String text, String words) throws Exception {
        Issue issue = new IssueParser().parse(text, SAMPLE);
        List<Article> page = issue.pages().get(0).articles();
        Article article = page.stream().filter(a -> a.title().contains(words)).findFirst().orElseThrow();
        Rank rank = Rank.of(page.indexOf(article), bodyCharacters(article), broadsheet().headlines());
        assertTrue(rank != Rank.BRIEF, "the edited article is a whole article, set at every span");
        GalleyCache cache = new GalleyCache();
        cache.beginRun();
        GalleySetter setter = new GalleySetter(cache.styles(broadsheet(), fonts), cache);
        setter.prepare(article);
        cache.endRun();
        cache.beginRun();
        for (int span = 1; span <= broadsheet().geometry().columns(); span++) {
            setter.set(article, span, rank);
        }
        cache.endRun();
        return cache.lastRun().set();
    }

    private static int bodyCharacters(Article a) {
        return a.body().stream().filter(b -> b instanceof Paragraph).mapToInt(b -> ((Paragraph) b).text().length())
                .sum();
    }

    private static String edit(String from, String to) {
        assertTrue(original.contains(from), from);
        String edited = original.replace(from, to);
        assertNotEquals(original, edited);
        return edited;
    }

    private static LayoutSpec broadsheet() throws Exception {
        return LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts")));
    }

    private static byte[] pdf(LayoutSpec spec, String text, GalleyCache cache) throws Exception {
        return pdf(spec, text, cache, null);
    }

    /** The PDF of the issue text, keeping font subsets in {@code fontFiles} when it is not null. */
    private static byte[] pdf(LayoutSpec spec, String text, GalleyCache cache, FontFileCache fontFiles)
            throws Exception {
        Issue issue = new IssueParser().parse(text, SAMPLE);
        LayoutJob job = new LayoutJob(spec, fonts, fontFiles == null ? PdfFontResource::build : fontFiles::embed)
                .galleys(cache);
        return job.pdf(job.run(issue));
    }
}

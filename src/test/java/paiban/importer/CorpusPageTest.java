package paiban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.parse.IssueParser;

/**
 * Raw pages the importer was not built on, assembled from corpus documents: no character is lost, there is one
 * article per document with the document's title as headline, the cut paragraphs are whole again, and the masthead
 * fields, captions and bylines are found.
 */
class CorpusPageTest {

    @Test
    void fixedAssembliesOfEveryDocument() {
        List<CorpusPages.Doc> docs = CorpusPages.docs();
        assertTrue(docs.size() >= 15, "corpus documents: " + docs.size());
        for (int start = 0; start < docs.size(); start += 4) {
            List<CorpusPages.Doc> some = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                some.add(docs.get((start + k) % docs.size()));
            }
            for (int variant = 0; variant < 3; variant++) {
                check(CorpusPages.assemble(some, variant, start * 31L + variant));
            }
        }
    }

    @Property(tries = 200)
    void randomAssembliesKeepEveryCharacterAndFindEveryArticle(@ForAll("documents") List<Integer> which,
            @ForAll @IntRange(min = 0, max = 2) int variant, @ForAll long seed) {
        List<CorpusPages.Doc> docs = CorpusPages.docs();
        List<CorpusPages.Doc> some = which.stream().map(i -> docs.get(i % docs.size())).toList();
        check(CorpusPages.assemble(some, variant, seed));
    }

    @Provide
    Arbitrary<List<Integer>> documents() {
        return Arbitraries.integers().between(0, 100).list().ofMinSize(3).ofMaxSize(5).uniqueElements();
    }

    private static void check(CorpusPages.Assembly a) {
        ImportedIssue imported = new RawIssueImporter().importText(a.raw(), null);
        Issue issue = imported.issue();
        String context = "\n--- outline:\n" + String.join("\n", imported.outline().lines());

        Map<Integer, Integer> missing = PrintedText.missing(a.raw(), PrintedText.of(issue));
        assertTrue(missing.isEmpty(), "lost: " + PrintedText.describe(missing) + context);

        assertEquals(a.info(), issue.info(), context);
        assertEquals(1, issue.pages().size(), context);
        Page page = issue.pages().get(0);
        assertEquals(a.pageNumber(), page.number(), context);
        assertEquals(a.pageName(), page.name(), context);
        assertEquals(a.articles().size(), page.articles().size(), context);
        for (int i = 0; i < a.articles().size(); i++) {
            CorpusPages.Expected want = a.articles().get(i);
            Article got = page.articles().get(i);
            String which = want.doc().name() + context;
            assertEquals(List.of(want.doc().title()), got.headline(), which);
            assertEquals(want.kicker(), got.kicker() != null ? got.kicker() : got.column(), which);
            assertEquals(want.subtitle(), got.subtitle(), which);
            assertEquals(want.byline(), got.byline(), which);
            List<String> paragraphs = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            for (Block b : got.body()) {
                if (b instanceof Paragraph p) {
                    paragraphs.add(p.text());
                } else {
                    captions.add(((Photo) b).caption());
                }
            }
            assertEquals(want.doc().paragraphs(), paragraphs, which);
            assertEquals(want.captions(), captions, which);
        }

        // and the inferred issue survives being written for review
        String written = IssueWriter.write(issue);
        try {
            assertEquals(IssueView.of(issue, true), IssueView.of(new IssueParser().parse(written, null), true));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

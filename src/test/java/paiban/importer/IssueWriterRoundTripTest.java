package paiban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.model.Span;
import paiban.parse.IssueParser;

/** What IssueWriter writes, IssueParser reads back as the same issue. */
class IssueWriterRoundTripTest {

    static Stream<Path> issueFiles() throws Exception {
        Path good = Path.of(IssueWriterRoundTripTest.class.getResource("/issues/good").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(good)) {
            s.sorted().forEach(files::add);
        }
        files.add(SeedImportTest.SAMPLE);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("issueFiles")
    void parsedIssuesSurviveWritingAndParsing(Path file) throws Exception {
        Issue issue = new IssueParser().parse(file);
        assertRoundTrip(issue);
    }

    @Test
    void theImportedSeedSurvivesWritingAndParsing() throws Exception {
        Path seed = Path.of(getClass().getResource("/seed/kxdb-2025-05-16-page1.txt").toURI());
        ImportedIssue imported = new RawIssueImporter().importFile(seed);
        assertRoundTrip(imported.issue());
        // with the review notes as a comment, too
        String text = IssueWriter.write(imported.issue(), List.of("a note --> with a comment end"));
        assertEquals(IssueView.of(imported.issue(), true),
                IssueView.of(new IssueParser().parse(text, null), true));
    }

    @Test
    void anIssueWithoutFieldsHasNoFrontMatterAndStillParses() throws Exception {
        Issue issue = issue(IssueInfo.empty(), List.of(new Paragraph(List.of(new Span("正文。", false)), null)));
        assertRoundTrip(issue);
    }

    @Test
    void yamlValuesThatLookLikeSyntaxAreQuoted() throws Exception {
        IssueInfo info = new IssueInfo("报: 名", null, LocalDate.of(2024, 2, 29), 1, 2, "11-0001/N", "1-1", 4, 1949,
                "- 思想 #深度", List.of("[全国]", "\"优秀\"", "yes"), "主管\\单位", "空格 #号", "http://a.b/c?d=e#f",
                "a@b.cn", "1.50元");
        assertRoundTrip(issue(info, List.of(new Paragraph(List.of(new Span("正文。", false)), null))));
    }

    @Property(tries = 300)
    void markupCharactersInTextAreEscaped(@ForAll("paragraphs") List<List<Span>> paragraphs) throws Exception {
        List<Block> body = new ArrayList<>();
        for (List<Span> spans : paragraphs) {
            body.add(new Paragraph(spans, null));
        }
        body.add(new Photo("图说 ■ 供图 *不* \\ # <b>", "photos/photo-1.jpg", 4 / 3.0, null));
        // a head shot with its size: the options the writer gives back read as the same photo
        body.add(new Photo("作者近照", "photos/photo-2.jpg", 0.75, paiban.model.PhotoSize.columns(1), true, null));
        assertRoundTrip(issue(IssueInfo.empty(), body));
    }

    @Provide
    Arbitrary<List<List<Span>>> paragraphs() {
        Arbitrary<String> piece = Arbitraries.of("甲", "乙", "，", "。", "*", "**", "\\", "#", "![", "]", "(", ")",
                "<!--", "-->", "a", "b", "1", " ", "key: ", "——", "“", "”").list().ofMinSize(1).ofMaxSize(12)
                .map(l -> String.join("", l));
        Arbitrary<List<Span>> spans = piece.list().ofMinSize(1).ofMaxSize(4).map(IssueWriterRoundTripTest::spans)
                .filter(s -> !s.isEmpty());
        return spans.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Alternating weights, no empty span; a paragraph has no white space at its ends (the format strips them). */
    private static List<Span> spans(List<String> texts) {
        List<Span> out = new ArrayList<>();
        for (String t : texts) {
            if (!t.isEmpty()) {
                out.add(new Span(t, out.isEmpty() ? t.length() % 2 == 0 : !out.get(out.size() - 1).bold()));
            }
        }
        String all = out.stream().map(Span::text).reduce("", String::concat);
        return all.equals(all.strip()) ? out : List.of();
    }

    private static Issue issue(IssueInfo info, List<Block> body) {
        Article a = new Article(List.of("标题", "第二行"), "引题", "——副题", "栏目", "本报讯", "记者 王某", 3, paiban.model.Place.TOP,
                body, null);
        Page page = new Page(2, "要闻", new PageInfo("开发区建设", "周刊", "某厅", "口号 一 二", "张三", "李四", "王五",
                "front"), List.of(a), null);
        return new Issue(null, info, List.of(page));
    }

    private static void assertRoundTrip(Issue issue) throws Exception {
        String text = IssueWriter.write(issue);
        Issue back = new IssueParser().parse(text, null);
        assertEquals(IssueView.of(issue, true), IssueView.of(back, true), text);
    }
}

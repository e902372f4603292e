package paiban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paiban.font.FontLibrary;
import paiban.job.Home;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/** The project's own files as the benchmarks use them: fonts, the broadsheet layout, the two sample issues. */
final class Fixture {

    private Fixture() {
    }

    static Path home() {
        return Home.locate();
    }

    static FontLibrary fonts() {
        return FontLibrary.standard(home().resolve("fonts"));
    }

    static LayoutSpec broadsheet() throws Exception {
        return LayoutLoader.resolve("broadsheet", List.of(home().resolve("layouts")));
    }

    static Path samplePage() {
        return home().resolve("samples/kxdb-2025-05-16/issue.txt");
    }

    /** The 8-page corpus issue when the checkout has it, else the sample page. */
    static Path corpusIssue() {
        Path issue = home().resolve("samples/corpus-issue/issue.txt");
        return Files.isRegularFile(issue) ? issue : samplePage();
    }

    static Issue parse(Path file) throws Exception {
        return new IssueParser().parse(file);
    }

    static List<Article> articles(Issue issue) {
        List<Article> out = new ArrayList<>();
        for (Page p : issue.pages()) {
            out.addAll(p.articles());
        }
        return out;
    }

    /** Every body paragraph of the issue's articles, as plain text. */
    static List<String> paragraphs(Issue issue) {
        List<String> out = new ArrayList<>();
        for (Article a : articles(issue)) {
            for (Block b : a.body()) {
                if (b instanceof Paragraph p) {
                    out.add(p.text());
                }
            }
        }
        return out;
    }
}

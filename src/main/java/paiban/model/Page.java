package paiban.model;

import java.util.List;

/** One 版 of the issue: its number (第N版), its name, its furniture fields and its articles in order of importance. */
public record Page(int number, String name, PageInfo info, List<Article> articles, SourcePos pos) {
    public Page {
        articles = List.copyOf(articles);
    }
}

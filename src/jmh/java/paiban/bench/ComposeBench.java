package paiban.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import paiban.compose.ArticleExtent;
import paiban.compose.ArticleRequest;
import paiban.compose.PageMaker;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.model.Article;
import paiban.page.PageAssembler;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;

/**
 * Issue 4's figure: composing one 8-article broadsheet page (page maker only, no typesetting): with fake extents
 * (fixed headline and body lines, two photos) and with real galleys (the first eight articles of the corpus issue,
 * set beforehand at every span).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComposeBench {

    private PageMaker maker;
    private List<ArticleRequest> fake;
    private List<ArticleRequest> real;

    private record Extent(int headlineLines, int bodyLines, double photoAspect) implements ArticleExtent {
        @Override
        public int captionLines(int photoSpan) {
            return photoAspect > 0 ? 2 : 0;
        }
    }

    @Setup
    public void setUp() throws Exception {
        LayoutSpec spec = Fixture.broadsheet();
        StyleBook styles = new StyleBook(spec, Fixture.fonts());
        PageGeometry g = spec.geometry();
        int top = new PageAssembler(styles).furnitureLines(false);
        maker = new PageMaker(g.columns(), top, g.lines() - top, g.columnWidth(), g.gutter(), g.linePitch());

        int[][] shapes = {{4, 160, 1}, {3, 90, 0}, {3, 70, 1}, {2, 60, 0}, {2, 45, 0}, {2, 40, 0}, {2, 30, 0},
            {2, 24, 0}};
        fake = new ArrayList<>();
        for (int i = 0; i < shapes.length; i++) {
            int[] s = shapes[i];
            fake.add(new ArticleRequest("fake " + i, null, false,
                    span -> new Extent(s[0], s[1], s[2] == 1 ? 1.5 : 0)));
        }

        GalleySetter setter = new GalleySetter(styles);
        List<Article> articles = Fixture.articles(Fixture.parse(Fixture.corpusIssue()));
        real = new ArrayList<>();
        for (int i = 0; i < Math.min(8, articles.size()); i++) {
            Article a = articles.get(i);
            Map<Integer, ArticleGalley> bySpan = new HashMap<>();
            for (int span = 1; span <= g.columns(); span++) {
                bySpan.put(span, setter.set(a, span, i == 0));
            }
            real.add(new ArticleRequest(a.title(), null, false, bySpan::get));
        }
    }

    @Benchmark
    public PagePlan fakeGalleys() throws Exception {
        return maker.make(fake);
    }

    @Benchmark
    public PagePlan realGalleys() throws Exception {
        return maker.make(real);
    }
}

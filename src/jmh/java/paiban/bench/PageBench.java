package paiban.bench;

import java.nio.file.Path;
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
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.job.LayoutJob;
import paiban.job.LayoutReport;
import paiban.model.Issue;
import paiban.spec.LayoutSpec;

/**
 * A page in a warm JVM, as watch mode runs it: {@code render} writes the sample page's PDF from its drawings (font
 * subsets, content stream, compression); {@code samplePage} and {@code corpusIssue} run the whole job, parsing
 * included, on the sample page and on the 8-page issue. The font library is kept between operations, as a
 * long-running process keeps it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class PageBench {

    private LayoutSpec spec;
    private FontLibrary fonts;
    private LayoutReport report;

    @Setup
    public void setUp() throws Exception {
        spec = Fixture.broadsheet();
        fonts = Fixture.fonts();
        report = job().run(Fixture.parse(Fixture.samplePage()));
    }

    private LayoutJob job() {
        return new LayoutJob(spec, fonts, PdfFontResource::build);
    }

    @Benchmark
    public byte[] render() throws Exception {
        return job().pdf(report);
    }

    @Benchmark
    public byte[] samplePage() throws Exception {
        return whole(Fixture.samplePage());
    }

    @Benchmark
    public byte[] corpusIssue() throws Exception {
        return whole(Fixture.corpusIssue());
    }

    private byte[] whole(Path file) throws Exception {
        Issue issue = Fixture.parse(file);
        return job().pdf(job().run(issue));
    }
}

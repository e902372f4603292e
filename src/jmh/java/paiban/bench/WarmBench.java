package paiban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import paiban.font.FontFileCache;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.GalleyCache;
import paiban.job.LayoutJob;
import paiban.job.LayoutReport;
import paiban.parse.IssueParser;
import paiban.spec.LayoutSpec;

/**
 * Watch mode after a save that changed one paragraph: each operation reads and parses the sample page, whose lead
 * article's third paragraph alternates between two wordings, and lays it out with the galley cache of the runs
 * before it, so exactly one paragraph is set again. {@code layout…} stops at the drawn page (read, typeset,
 * compose, assemble); {@code layoutAndRender…} also writes the PDF, keeping compressed font subsets as --watch does
 * (the two wordings use no glyph the other lacks, so the subsets are found). The {@code …Cold} variants give each
 * run fresh caches, as a run without --watch has, for comparison. Fonts are kept in every case, as --watch keeps them.
 * Sample time: JMH reports the median (p0.50) along with the mean.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:+UseSerialGC"})
public class WarmBench {

    private static final String PARAGRAPH = "举行了16号线通线仪式";

    private LayoutSpec spec;
    private FontLibrary fonts;
    private GalleyCache cache;
    private FontFileCache fontFiles;
    private Path folder;
    private final Path[] versions = new Path[2];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        spec = Fixture.broadsheet();
        fonts = Fixture.fonts();
        cache = new GalleyCache();
        fontFiles = new FontFileCache();
        String text = Files.readString(Fixture.samplePage());
        folder = Files.createTempDirectory("paiban-warm-bench");
        versions[0] = Files.writeString(folder.resolve("a.txt"), text.replace(PARAGRAPH, "举行了16号生产线通线仪式"));
        versions[1] = Files.writeString(folder.resolve("b.txt"), text.replace(PARAGRAPH, "举行了16号隔膜线通线仪式"));
        run(cache);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        for (Path p : versions) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public LayoutReport layoutAfterOneParagraphEdit() throws Exception {
        return run(cache);
    }

    @Benchmark
    public byte[] layoutAndRenderAfterOneParagraphEdit() throws Exception {
        LayoutJob job = new LayoutJob(spec, fonts, fontFiles::embed).galleys(cache);
        return job.pdf(job.run(new IssueParser().parse(nextVersion())));
    }

    @Benchmark
    public LayoutReport layoutCold() throws Exception {
        return run(new GalleyCache());
    }

    @Benchmark
    public byte[] layoutAndRenderCold() throws Exception {
        LayoutJob job = job(new GalleyCache());
        return job.pdf(job.run(new IssueParser().parse(nextVersion())));
    }

    private LayoutReport run(GalleyCache galleys) throws Exception {
        return job(galleys).run(new IssueParser().parse(nextVersion()));
    }

    private LayoutJob job(GalleyCache galleys) {
        return new LayoutJob(spec, fonts, PdfFontResource::build).galleys(galleys);
    }

    /** The other wording than the last run's: the one paragraph is never found set. */
    private Path nextVersion() {
        Path p = versions[next];
        next = 1 - next;
        return p;
    }
}

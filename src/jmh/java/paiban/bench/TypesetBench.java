package paiban.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import paiban.font.Face;
import paiban.text.Line;
import paiban.text.ParagraphFormat;
import paiban.text.StyledText;
import paiban.text.TextStyle;
import paiban.text.Typesetter;

/**
 * Issue 3's figure: characters per second setting corpus text (the body paragraphs of the 8-page corpus issue) in
 * 13-character columns of 9 pt, justified with a 2-character indent, as the broadsheet's body. One operation sets
 * every paragraph once; the "characters" counter turns that into characters per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TypesetBench {

    private static final float SIZE = 9f;
    private static final float MEASURE = 13 * SIZE;

    private List<List<StyledText>> paragraphs;
    private int characters;
    private final Typesetter typesetter = new Typesetter();
    private final ParagraphFormat body = ParagraphFormat.body(MEASURE, SIZE);

    /** Characters set, counted per operation: JMH reports them as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long characters;

        @Setup(Level.Iteration)
        public void reset() {
            characters = 0;
        }
    }

    @Setup
    public void setUp() throws Exception {
        Face serif = Fixture.fonts().face("Noto Serif CJK SC", false);
        TextStyle style = new TextStyle(serif, SIZE);
        paragraphs = new ArrayList<>();
        for (String p : Fixture.paragraphs(Fixture.parse(Fixture.corpusIssue()))) {
            paragraphs.add(List.of(new StyledText(p, style)));
            characters += p.codePointCount(0, p.length());
        }
    }

    @Benchmark
    public void setCorpus(Counters counters, Blackhole bh) {
        for (List<StyledText> p : paragraphs) {
            List<Line> lines = typesetter.set(p, body);
            bh.consume(lines);
        }
        counters.characters += characters;
    }
}

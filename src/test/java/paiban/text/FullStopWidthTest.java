package paiban.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 开明式: a 。 inside a line keeps its full em however tight the line, except in the pairs CLREQ lets share one
 * blank (。” 。） 。“), where the cluster's blank may be squeezed.
 */
class FullStopWidthTest {

    private static final float SIZE = 9;
    /** Marks that share one blank with a 。 before them (CLREQ's adjacent punctuation). */
    private static final String PAIRED = "”’）》」』〕】“‘（《「『〔【，、；：。？！";
    private static final String TEXT = "会议指出，要坚持稳中求进。要加快发展新质生产力。全年经济运行总体平稳，"
            + "主要目标任务圆满完成。“我们将继续努力。”他说。发展质量稳步提升，民生保障扎实有力。"
            + "科技创新取得新突破，重大工程建设顺利推进。粮食产量再创新高，就业形势总体稳定。"
            + "对外开放持续扩大（进出口总额增长5%）。各项改革深入推进，社会大局和谐稳定。";

    @Test
    void midLineFullStopsKeepTheirFullWidthOutsideThePairs() {
        List<String> squeezed = new ArrayList<>();
        int seen = 0;
        for (int chars = 11; chars <= 17; chars++) {
            List<Line> lines = new Typesetter().set(List.of(new StyledText(TEXT, new TextStyle(FakeFace.SERIF, SIZE))),
                    ParagraphFormat.body(chars * SIZE, SIZE));
            for (Line line : lines) {
                List<PlacedGlyph> g = line.glyphs().stream().filter(p -> !p.text().isBlank()).toList();
                for (int i = 0; i + 1 < g.size(); i++) {
                    if (!g.get(i).text().equals("。") || PAIRED.contains(g.get(i + 1).text())) {
                        continue;
                    }
                    seen++;
                    float room = g.get(i).advance(); // the box the mark takes on the line, its blank included
                    if (room < SIZE - 0.01f) {
                        squeezed.add(chars + " characters: " + line.text() + " (" + room + " pt)");
                    }
                }
            }
        }
        assertTrue(seen > 20, "the paragraph should put many 。 inside lines, saw " + seen);
        assertTrue(squeezed.isEmpty(), () -> "mid-line 。 squeezed: " + squeezed);
    }
}

package paiban.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.compose.Module;
import paiban.compose.Rule;

/** A rule along a box's frame is cut there and kept elsewhere, so no double line stands round a box. */
class BoxedRulesTest {
    private static Module box(int col, int line, int span, int lines) {
        return new Module(0, col, line, span, lines, 2, null, List.of(), 0, span, col, span);
    }

    @Test
    void aBandRuleOverABoxIsCutOverItsColumns() {
        Rule band = new Rule(true, 0, 5, 20, 1);
        List<Rule> out = BoxedRules.without(List.of(band), List.of(box(1, 21, 2, 10)));
        assertEquals(List.of(new Rule(true, 0, 1, 20, 1), new Rule(true, 3, 2, 20, 1)), out);
    }

    @Test
    void aColumnRuleBesideABoxIsCutAlongItsLines() {
        Rule gutter = new Rule(false, 3, 0, 10, 30);
        List<Rule> out = BoxedRules.without(List.of(gutter), List.of(box(1, 15, 2, 10)));
        assertEquals(List.of(new Rule(false, 3, 0, 10, 5), new Rule(false, 3, 0, 25, 15)), out);
    }

    @Test
    void rulesAwayFromBoxesStay() {
        List<Rule> rules = List.of(new Rule(true, 0, 5, 20, 1), new Rule(false, 4, 0, 0, 19));
        assertEquals(rules, BoxedRules.without(rules, List.of(box(0, 40, 1, 5))));
    }
}

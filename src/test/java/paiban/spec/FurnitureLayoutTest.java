package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The layout's {@code furniture:} section: the column-head style and the colour reversed heads stand on. */
class FurnitureLayoutTest {
    private static String tabloid(String furniture) throws Exception {
        return Files.readString(Path.of("layouts/tabloid.yaml")).replace("output:", furniture + "output:");
    }

    @Test
    void withoutTheSectionTagsArePlainAndReversedHeadsStandOnK() throws Exception {
        LayoutSpec spec = LayoutLoader.parse(tabloid(""), "t.yaml");
        assertEquals(ColumnHeadStyle.PLAIN, spec.furniture().columnHead());
        assertEquals(Cmyk.BLACK, spec.furniture().reverseColor());
    }

    @Test
    void theSectionNamesTheColumnHeadAndAColourByName() throws Exception {
        LayoutSpec spec = LayoutLoader.parse(tabloid("furniture:\n  column-head: flower\n  reverse-color: masthead\n"),
                "t.yaml");
        assertEquals(ColumnHeadStyle.FLOWER, spec.furniture().columnHead());
        assertEquals(new Cmyk(0, 1, 1, 0), spec.furniture().reverseColor());
        assertEquals(spec.furniture(), spec.largerBody().furniture(), "the larger body size keeps the furniture");
    }

    @Test
    void anUnknownColumnHeadNamesItsLineAndTheKnownStyles() throws Exception {
        String yaml = tabloid("furniture:\n  column-head: swirl\n");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "t.yaml"));
        int line = yaml.lines().toList().indexOf("  column-head: swirl") + 1;
        assertTrue(e.getMessage().startsWith("t.yaml:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("plain, rule, bar, flower, reverse"), e.getMessage());
    }
}

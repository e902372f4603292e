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
        String yaml = Files.readString(Path.of("layouts/tabloid.yaml"));
        String without = yaml.substring(0, yaml.indexOf("furniture:")) + yaml.substring(yaml.indexOf("output:"));
        return without.replace("output:", furniture + "output:");
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

    @Test
    void theBuiltInLayoutsNameTheFourBoxStyles() throws Exception {
        for (String name : new String[] {"tabloid", "broadsheet"}) {
            FurnitureSpec f = LayoutLoader.resolve(name, java.util.List.of(Path.of("layouts"))).furniture();
            assertEquals(java.util.List.of("细线", "文武线", "花边", "底纹"), java.util.List.copyOf(f.boxes().keySet()));
            assertEquals(BoxStyle.Frame.THICK_THIN, f.boxes().get("文武线").frame());
            assertEquals(0.15f, f.boxes().get("底纹").tint(), 1e-6f);
        }
    }

    @Test
    void aTintOver20PercentIsRefused() throws Exception {
        String yaml = Files.readString(Path.of("layouts/tabloid.yaml")).replace("tint: 15", "tint: 40");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "t.yaml"));
        assertTrue(e.getMessage().contains("0 to 20"), e.getMessage());
    }
}

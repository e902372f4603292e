package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutLoaderTest {

    private static final Path LAYOUTS = Path.of("layouts");

    @Test
    void broadsheetIsEightColumnsOfThirteenCharactersOfXiaoWu() throws Exception {
        LayoutSpec s = LayoutLoader.load(LAYOUTS.resolve("broadsheet.yaml"));
        PageGeometry g = s.geometry();
        assertEquals(8, g.columns());
        assertEquals(9f, g.bodySize());
        assertEquals(13 * 9f, g.columnWidth());
        assertEquals(9f, g.gutter());
        // 8 × 13 + 7 = 111 characters (typesetting-zh.md §5.1).
        assertEquals(111 * 9f, g.typeAreaWidth(), 0.001);
        assertEquals(3 * Length.MM, g.bleed(), 0.001);
        assertTrue(g.typeAreaWidth() < g.trimWidth());
        assertTrue(g.marginTop() + g.typeAreaHeight() <= g.trimHeight());
        for (Role r : Role.values()) {
            assertTrue(s.style(r) != null, "style for " + r);
        }
        assertEquals(new Cmyk(0, 1, 1, 0), s.style(Role.MASTHEAD_NAME).color());
        assertEquals(Cmyk.BLACK, s.style(Role.BODY).color());
    }

    @Test
    void tabloidIsAnotherFormatFromDataAlone() throws Exception {
        LayoutSpec s = LayoutLoader.resolve("tabloid", List.of(LAYOUTS));
        assertEquals(5, s.geometry().columns());
        assertTrue(s.geometry().trimWidth() < LayoutLoader.load(LAYOUTS.resolve("broadsheet.yaml")).geometry().trimWidth());
    }

    @Test
    void builtInLayoutsAreFoundWithoutTheFolder() throws Exception {
        LayoutSpec s = LayoutLoader.resolve("broadsheet", List.of(Path.of("no-such-folder")));
        assertEquals("broadsheet", s.name());
    }

    @Test
    void unknownKeyNamesFileLineAndKey() throws Exception {
        String yaml = Files.readString(LAYOUTS.resolve("broadsheet.yaml")).replace("  columns: 8", "  colums: 8");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "my.yaml"));
        int line = lineOf(yaml, "colums");
        assertTrue(e.getMessage().startsWith("my.yaml:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("colums"), e.getMessage());
    }

    @Test
    void badLengthNamesTheValue() throws Exception {
        String yaml = Files.readString(LAYOUTS.resolve("broadsheet.yaml")).replace("bleed: 3mm", "bleed: three");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "my.yaml"));
        assertTrue(e.getMessage().startsWith("my.yaml:" + lineOf(yaml, "bleed: three") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("three"), e.getMessage());
    }

    @Test
    void unknownRoleAndBadColourAreErrors() throws Exception {
        String base = Files.readString(LAYOUTS.resolve("broadsheet.yaml"));
        LayoutException role = assertThrows(LayoutException.class,
                () -> LayoutLoader.parse(base.replace("  byline:", "  bylin:"), "x.yaml"));
        assertTrue(role.getMessage().contains("bylin"), role.getMessage());
        LayoutException colour = assertThrows(LayoutException.class,
                () -> LayoutLoader.parse(base.replace("masthead: 0/100/100/0", "masthead: 0/100/100"), "x.yaml"));
        assertTrue(colour.getMessage().contains("0/100/100"), colour.getMessage());
    }

    @Test
    void columnsWiderThanThePageAreRefused() throws Exception {
        String yaml = Files.readString(LAYOUTS.resolve("broadsheet.yaml")).replace("columns: 8", "columns: 12");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "x.yaml"));
        assertTrue(e.getMessage().contains("wider than the trim"), e.getMessage());
    }

    @Test
    void brokenYamlNamesTheLine() {
        LayoutException e = assertThrows(LayoutException.class,
                () -> LayoutLoader.parse("name: x\npage: [unclosed\n", "x.yaml"));
        assertTrue(e.getMessage().startsWith("x.yaml:"), e.getMessage());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return -1;
    }
}

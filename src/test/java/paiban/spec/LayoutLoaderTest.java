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
    void theLargerBodySizeIsTheSameLayoutOnAGridOfWuHao() throws Exception {
        LayoutSpec s = LayoutLoader.load(LAYOUTS.resolve("broadsheet.yaml"));
        LayoutSpec l = s.largerBody();
        PageGeometry g = l.geometry();
        assertEquals(10.5f, g.bodySize());
        assertEquals(15.75f, g.linePitch());
        assertEquals(8, g.columns());
        // 8 × 11 + 7 = 95 characters of 五号: no wider than the 111 of 小五, and within 2 pt of it.
        assertTrue(g.typeAreaWidth() <= s.geometry().typeAreaWidth() && g.typeAreaWidth() > s.geometry().typeAreaWidth() - 2);
        assertTrue(g.marginTop() + g.typeAreaHeight() <= s.geometry().marginTop() + s.geometry().typeAreaHeight() + 0.01);
        assertEquals(10.5f, l.style(Role.BODY).size(), "body text follows the body size");
        assertEquals(10.5f, l.style(Role.DATELINE).size());
        assertEquals(s.style(Role.HEADLINE).size(), l.style(Role.HEADLINE).size(), "display type keeps its size");
        assertEquals(s.style(Role.CAPTION).size(), l.style(Role.CAPTION).size());
        // The slim header keeps its depth in points (2 × 13.5 pt = 27 pt: 2 lines of 15.75 pt).
        assertTrue(l.headerLines() * g.linePitch() >= s.headerLines() * s.geometry().linePitch());
        assertEquals(null, l.largerBody());
    }

    @Test
    void aLargerBodySizeThatIsNotLargerIsAnError() throws Exception {
        String yaml = Files.readString(LAYOUTS.resolve("broadsheet.yaml")).replace("body-size: 五号", "body-size: 六号");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "x.yaml"));
        assertTrue(e.getMessage().contains("larger than body-size") && e.getMessage().startsWith("x.yaml:"),
                e.getMessage());
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

package paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import paiban.font.OpenTypeFace;

/** The 破折号 is the font's own seamless 2-em dash, and still reads back as the two characters typed. */
class TwoEmDashTest {

    @Test
    void aDoubledEmDashBecomesOneTwoEmGlyphStandingForBothCharacters() {
        OpenTypeFace serif = OpenTypeFace.open(Path.of("fonts/NotoSerifCJK-Regular.ttc"), "Noto Serif CJK SC");
        TextStyle style = new TextStyle(serif, 18);
        List<Line> lines = new Typesetter().set(List.of(new StyledText("——山西转型综合改革示范区回访记", style)),
                new ParagraphFormat(1000, 0, Alignment.LEFT));
        PlacedGlyph dash = lines.get(0).glyphs().get(0);
        assertEquals("——", dash.text());
        assertEquals(2000, serif.advance(dash.glyphId()));
        assertNotEquals(serif.glyphId(0x2014), dash.glyphId());
        PlacedGlyph next = lines.get(0).glyphs().get(1);
        assertEquals("山", next.text());
        assertEquals(36f, next.x() - dash.x(), 0.01f);
        assertEquals("——山西转型综合改革示范区回访记", lines.get(0).text());
    }
}

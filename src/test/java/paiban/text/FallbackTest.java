package paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import paiban.font.Face;
import paiban.font.FaceChain;

/** Characters the style's face lacks are drawn by the first face of its chain that has them; the rest are reported. */
class FallbackTest {

    /** FakeFace without some code points. */
    record Lacking(Face base, Set<Integer> missing, String name) implements Face {
        public String familyName() { return name; }
        public String postScriptName() { return name; }
        public boolean bold() { return base.bold(); }
        public int unitsPerEm() { return base.unitsPerEm(); }
        public int ascender() { return base.ascender(); }
        public int descender() { return base.descender(); }
        public int glyphId(int codePoint) { return missing.contains(codePoint) ? 0 : base.glyphId(codePoint); }
        public int advance(int glyphId) { return glyphId == 0 ? 1000 : base.advance(glyphId); }
        public int substitute(int glyphId, String feature) { return base.substitute(glyphId, feature); }
    }

    static final int ONLY_IN_SANS = 0x9FED;
    static final int IN_NO_FONT = 0x1F600;

    final Face serif = new Lacking(FakeFace.SERIF, Set.of(ONLY_IN_SANS, IN_NO_FONT), "Serif");
    final Face sans = new Lacking(FakeFace.SERIF, Set.of(IN_NO_FONT), "Sans");

    List<Line> set(String text, FaceChain chain) {
        return new Typesetter().set(List.of(new StyledText(text, new TextStyle(serif, 9, chain))),
                new ParagraphFormat(9 * 13, 18, Alignment.JUSTIFY));
    }

    @Test
    void aCharacterTheFaceLacksComesFromTheChain() {
        String text = "元素鿭的名字，笑😀了。";
        List<Line> lines = set(text, FaceChain.of(List.of(sans)));
        List<PlacedGlyph> glyphs = lines.stream().flatMap(l -> l.glyphs().stream()).toList();
        PlacedGlyph borrowed = glyphs.stream().filter(g -> g.text().equals("鿭")).findFirst().orElseThrow();
        assertSame(sans, borrowed.face());
        assertEquals(ONLY_IN_SANS, borrowed.glyphId());
        assertEquals(9f, borrowed.advance(), 1e-3, "a full-width box like its neighbours");
        glyphs.stream().filter(g -> !g.text().equals("鿭") && !g.text().equals("😀"))
                .forEach(g -> assertSame(serif, g.face(), g.text()));
        PlacedGlyph missing = glyphs.stream().filter(g -> g.text().equals("😀")).findFirst().orElseThrow();
        assertSame(serif, missing.face(), "uncovered: the style face's .notdef");
        assertEquals(0, missing.glyphId());
        assertTrue(missing.advance() > 0, "the box takes room: it is seen");
        assertEquals(List.of(IN_NO_FONT), Typesetter.uncovered(lines));
        assertEquals(text, lines.stream().map(Line::text).reduce("", String::concat), "every character is placed");
    }

    @Test
    void withoutAChainBothAreReported() {
        assertEquals(List.of(ONLY_IN_SANS, IN_NO_FONT), Typesetter.uncovered(set("鿭😀", FaceChain.NONE)));
    }

    @Test
    void laterTiersAreOnlyLookedAtWhenNeeded() {
        AtomicInteger asked = new AtomicInteger();
        FaceChain chain = new FaceChain(List.of(() -> List.of(sans), () -> {
            asked.incrementAndGet();
            return List.of();
        }));
        set("元素鿭", chain);
        assertEquals(0, asked.get(), "the second tier was not needed");
        set("😀", chain);
        set("😀😀", chain);
        assertEquals(1, asked.get(), "looked up once, then kept");
    }
}

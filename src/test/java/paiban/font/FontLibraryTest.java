package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontLibraryTest {

    final FontLibrary library = FontLibrary.standard(Path.of("fonts"));

    @Test
    void findsRegularAndBoldOfBothFamiliesInTheProjectFolder() {
        check(library.face("Noto Serif CJK SC", false), "NotoSerifCJKsc-Regular", "NotoSerifCJK-Regular.ttc");
        check(library.face("Noto Serif CJK SC", true), "NotoSerifCJKsc-Bold", "NotoSerifCJK-Bold.ttc");
        check(library.face("Noto Sans CJK SC", false), "NotoSansCJKsc-Regular", "NotoSansCJK-Regular.ttc");
        check(library.face("Noto Sans CJK SC", true), "NotoSansCJKsc-Bold", "NotoSansCJK-Bold.ttc");
    }

    private static void check(OpenTypeFace face, String postScriptName, String file) {
        assertEquals(postScriptName, face.postScriptName());
        assertEquals(file, face.path().getFileName().toString());
        assertTrue(face.path().startsWith(Path.of("fonts").toAbsolutePath()), "project fonts first: " + face.path());
    }

    @Test
    void returnsTheSameFaceEveryTime() {
        assertSame(library.face("Noto Serif CJK SC", false), library.face("Noto Serif CJK SC", false));
        assertSame(library.face("noto serif cjk sc", true).path(), library.face("Noto Serif CJK SC", true).path());
    }

    @Test
    void fileHintNarrowsTheSearch() {
        OpenTypeFace face = library.face("Noto Sans CJK TC", true, "NotoSansCJK-Bold.ttc");
        assertEquals("NotoSansCJKtc-Bold", face.postScriptName());
        OpenTypeFace byPath = library.face("Noto Sans CJK SC", false, "fonts/NotoSansCJK-Regular.ttc");
        assertEquals("NotoSansCJKsc-Regular", byPath.postScriptName());
    }

    @Test
    void missingFamilySaysWhatAndWhere() {
        FontLibrary projectOnly = new FontLibrary(List.of(Path.of("fonts")));
        FontException e = assertThrows(FontException.class, () -> projectOnly.face("FZShuSong-Z01", false));
        assertTrue(e.getMessage().contains("FZShuSong-Z01"), e.getMessage());
        assertTrue(e.getMessage().contains("fonts"), e.getMessage());
    }

    @Test
    void missingWeightNamesTheFacesThereAre() {
        FontLibrary projectOnly = new FontLibrary(List.of(Path.of("fonts")));
        FontException e = assertThrows(FontException.class,
                () -> projectOnly.face("Noto Sans CJK SC", true, "NotoSansCJK-Regular.ttc"));
        assertTrue(e.getMessage().contains("bold") && e.getMessage().contains("Regular"), e.getMessage());
    }

    @Test
    void trueTypeFacesGiveMetrics() {
        assumeTrue(Files.isDirectory(Path.of("/usr/share/fonts/truetype/dejavu")), "DejaVu fonts not installed");
        OpenTypeFace dejaVu = library.face("DejaVu Sans", false);
        assertFalse(dejaVu.hasCffOutlines());
        assertEquals(2048, dejaVu.unitsPerEm());
        int a = dejaVu.glyphId('A');
        assertTrue(a > 0 && dejaVu.advance(a) > 1000, "advance of A: " + dejaVu.advance(a));
        assertThrows(FontException.class, dejaVu::cffTable);
    }
}

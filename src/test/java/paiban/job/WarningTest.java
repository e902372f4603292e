package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import paiban.message.Language;
import paiban.message.Warning;
import paiban.model.SourcePos;

/** A warning carries its kind and position from where it is made; its words come from the catalogue. */
class WarningTest {

    @Test
    void aPositionedWarningGivesItsFileLineAndTheRest() {
        Warning w = Warning.at(Warning.Code.PHOTO_MISSING, new SourcePos(Path.of("my issue.txt"), 64), "photo.missing",
                "a.jpg", null);
        assertEquals("photo-missing", w.code().key());
        assertEquals("my issue.txt", w.file());
        assertEquals(64, w.line());
        assertEquals("photo a.jpg not found; a grey placeholder (3:2) stands in its place",
                w.message().render(Language.EN));
        assertEquals("my issue.txt:64: photo a.jpg not found; a grey placeholder (3:2) stands in its place",
                w.render(Language.EN));
        assertEquals("my issue.txt:64: 找不到照片 a.jpg；先放一个灰色占位框（3:2）", w.render(Language.ZH));
    }

    @Test
    void aWarningWithoutAPositionHasNoFileOrLine() {
        Warning w = Warning.of(Warning.Code.PHOTO_LOW_DPI, "photo.low-dpi", "/x/a b.jpg", "90", "80", "60", 2, "150");
        assertNull(w.file());
        assertNull(w.line());
        assertEquals("photo /x/a b.jpg: 90 dpi at its placed size (80 × 60 mm) on 第2版; 150 dpi or more prints sharp",
                w.toString());
    }
}

package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A printed warning read back for the report: its kind, and its file and line when it names them. */
class WarningTest {

    @Test
    void aPositionedWarningGivesItsFileLineAndTheRest() {
        Warning w = Warning.parse("issue.txt:12: 'editor' is not printed: the page has no running head");
        assertEquals(new Warning("unprinted-attribute", "issue.txt", 12, "'editor' is not printed: the page has no running head"), w);
    }

    @Test
    void aWarningWithoutAPositionKeepsItsWholeText() {
        String text = "photo /x/a b.jpg: 90 dpi at its placed size (80 × 60 mm) on 第2版; 150 dpi or more prints sharp";
        assertEquals(new Warning("photo-low-dpi", null, null, text), Warning.parse(text));
    }

    @Test
    void aFileNameWithSpacesIsKept() {
        Warning w = Warning.parse("my issue.txt:64: photo a.jpg not found; a grey placeholder (3:2) stands in its place");
        assertEquals("my issue.txt", w.file());
        assertEquals("photo-missing", w.code());
    }

    @Test
    void aPinThePageCouldNotHoldHasItsCode() {
        Warning w = Warning.parse("a.txt:9: " + paiban.flow.PagePlanner.PIN_NOT_HELD + ": 第1版 \"标题\": place bottom");
        assertEquals(new Warning("pin-not-held", "a.txt", 9, paiban.flow.PagePlanner.PIN_NOT_HELD + ": 第1版 \"标题\": place bottom"), w);
    }

    @Test
    void aWarningOfNoKnownKindIsOther() {
        assertEquals("other", Warning.parse("a.txt:3: something new").code());
    }
}

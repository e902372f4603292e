package paiban.galley;

import java.util.List;
import paiban.text.DisplayBreaker;
import paiban.text.Line;
import paiban.text.ParagraphFormat;
import paiban.text.Typesetter;
import paiban.text.StyledText;

/**
 * What a paragraph is set from: its runs (text, face, fallbacks, size) and its format. Two equal settings give the
 * same lines, so it is the key under which set lines are kept ({@link GalleyCache}). Faces and fallback chains are
 * compared by identity: they are the objects the typesetter measures with, and a {@link StyleBook} kept from run to
 * run hands out the same ones.
 *
 * <p>Equality and hash are spelled out over the fields rather than left to the records inside: their generated
 * methods are bootstrapped on first use, which a cold run pays for. A component added to {@link ParagraphFormat} or
 * {@link paiban.text.TextStyle} must be added here too (a test counts them).
 */
final class Setting {

    private final List<StyledText> runs;
    private final ParagraphFormat format;
    /** Display text (headline, kicker, subtitle, caption), broken at its phrase joints ({@link DisplayBreaker}). */
    private final boolean display;
    private final int hash;

    Setting(List<StyledText> runs, ParagraphFormat format) {
        this(runs, format, false);
    }

    Setting(List<StyledText> runs, ParagraphFormat format, boolean display) {
        this.runs = List.copyOf(runs);
        this.format = format;
        this.display = display;
        int h = Float.floatToIntBits(format.measure()) + (display ? 17 : 0);
        h = 31 * h + Float.floatToIntBits(format.indent());
        h = 31 * h + format.alignment().ordinal();
        h = 31 * h + format.punctuation().ordinal();
        h = 31 * h + Float.floatToIntBits(format.hanLatinSpace());
        for (StyledText r : runs) {
            h = 31 * h + r.text().hashCode();
            h = 31 * h + System.identityHashCode(r.style().face());
            h = 31 * h + System.identityHashCode(r.style().fallbacks());
            h = 31 * h + Float.floatToIntBits(r.style().size());
        }
        this.hash = h;
    }

    List<StyledText> runs() {
        return runs;
    }

    ParagraphFormat format() {
        return format;
    }

    /** The lines of this setting: display text by its phrase joints, a paragraph by the body breaker. */
    List<Line> set(Typesetter typesetter) {
        return display ? DisplayBreaker.set(runs, format) : typesetter.set(runs, format);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Setting other && other.hash == hash && other.display == display && sameFormat(other.format)
                && sameRuns(other.runs);
    }

    private boolean sameFormat(ParagraphFormat f) {
        return Float.compare(f.measure(), format.measure()) == 0 && Float.compare(f.indent(), format.indent()) == 0
                && f.alignment() == format.alignment() && f.punctuation() == format.punctuation()
                && Float.compare(f.hanLatinSpace(), format.hanLatinSpace()) == 0;
    }

    private boolean sameRuns(List<StyledText> other) {
        if (other.size() != runs.size()) {
            return false;
        }
        for (int i = 0; i < runs.size(); i++) {
            StyledText a = runs.get(i);
            StyledText b = other.get(i);
            if (a.style().face() != b.style().face() || a.style().fallbacks() != b.style().fallbacks()
                    || Float.compare(a.style().size(), b.style().size()) != 0 || !a.text().equals(b.text())) {
                return false;
            }
        }
        return true;
    }
}

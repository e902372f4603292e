package paiban.text;

import java.util.List;

/** Small helpers to set text with the fake face and to read galleys in tests. */
final class Galleys {

    static final float BODY = 9f;

    private Galleys() {
    }

    static List<Line> set(String text, ParagraphFormat format) {
        return set(text, BODY, format);
    }

    static List<Line> set(String text, float size, ParagraphFormat format) {
        return new Typesetter().set(List.of(new StyledText(text, new TextStyle(FakeFace.SERIF, size))), format);
    }

    /** Body text of 9 pt in a column of {@code characters} ems with the usual 2-em indent. */
    static ParagraphFormat column(int characters) {
        return ParagraphFormat.body(characters * BODY, BODY);
    }

    /** The galley's text as the source wrote it: the hyphens of hyphenated words are no source characters. */
    static String text(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            sb.append(line.text());
        }
        return sb.toString().replace(Line.SOFT_HYPHEN, "");
    }

    /** Right edge of the last glyph's advance box. */
    static float rightEdge(Line line) {
        List<PlacedGlyph> g = line.glyphs();
        PlacedGlyph last = g.get(g.size() - 1);
        return last.x() + last.advance();
    }

    static String show(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            sb.append(String.format("%7.2f |%s|%n", rightEdge(line), line.text()));
        }
        return sb.toString();
    }
}

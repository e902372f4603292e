package paiban.page;

import java.util.List;

import paiban.galley.SetLine;
import paiban.spec.Cmyk;
import paiban.spec.ColumnHeadStyle;
import paiban.spec.FurnitureSpec;
import paiban.spec.Role;
import paiban.text.Line;

/**
 * Dresses a headline block's lines as the layout and the article ask: the column tag (栏目题) with its rule, bar,
 * 栏花 or reversed block ({@code furniture: column-head:}), and a reversed headline (反白, {@code head: reverse}): white
 * type on a solid bar of the layout's reverse colour. The ornaments are vector marks drawn before the line they
 * dress, so the type stands on them; a reversed line is white and knocks out.
 */
final class HeadDress {
    /** A line's slot in a head block, in its ems: the galley's display leading, so reversed lines' bars abut. */
    private static final float SLOT = 1.25f;
    /** The reversed column tag's block reaches this far round the tag's em box, in its ems. */
    private static final float BLOCK_PAD_X = 0.4f;
    private static final float BLOCK_PAD_Y = 0.15f;
    /** The rule under a {@code rule} tag stands this far under the em box's top, in the tag's ems (in its air). */
    private static final float RULE_DROP = 1.35f;
    /** The bar of a {@code bar} tag and the square of a {@code flower} tag, and the text's offset after each. */
    private static final float BAR_WIDTH = 0.3f;
    private static final float FLOWER_SIZE = 0.6f;
    private static final float AFTER_ORNAMENT = 0.3f;
    /** Weights of the rules, pt. */
    private static final float THIN = 0.5f;
    private static final float MEDIUM = 1f;

    private final FurnitureSpec spec;

    HeadDress(FurnitureSpec spec) {
        this.spec = spec;
    }

    /**
     * Adds the marks for one line of a head block standing over {@code width} pt from {@code left}: its ornaments,
     * then the line itself ({@code plain}, as it would stand undressed), moved or whitened as its dress asks.
     */
    void draw(List<Mark> marks, SetLine line, TextMark plain, float left, float width, boolean reverseHead) {
        Line l = line.line();
        if (l.glyphs().isEmpty()) {
            marks.add(plain);
            return;
        }
        float size = l.glyphs().get(0).size();
        float top = plain.baseline() - l.glyphs().get(0).face().ascent(size);
        if (line.role() == Role.COLUMN_TAG) {
            columnTag(marks, plain, left, width, top, size);
        } else if (reverseHead && (line.role() == Role.HEADLINE || line.role() == Role.LEAD_HEADLINE)) {
            float pad = (SLOT - 1) / 2f * size;
            marks.add(new BoxMark(left, top - pad, width, size * SLOT, spec.reverseColor(), null, 0));
            marks.add(recolored(plain, Cmyk.WHITE));
        } else {
            marks.add(plain);
        }
    }

    private void columnTag(List<Mark> marks, TextMark plain, float left, float width, float top, float size) {
        float textWidth = plain.line().width();
        Cmyk ink = plain.color();
        switch (spec.columnHead()) {
            case PLAIN -> marks.add(plain);
            case RULE -> {
                marks.add(new RuleMark(left, top + size * RULE_DROP, left + width, top + size * RULE_DROP, MEDIUM, ink));
                marks.add(plain);
            }
            case BAR -> {
                marks.add(new BoxMark(left, top, size * BAR_WIDTH, size, ink, null, 0));
                marks.add(moved(plain, left + size * (BAR_WIDTH + AFTER_ORNAMENT)));
            }
            case FLOWER -> {
                float side = size * FLOWER_SIZE;
                marks.add(new BoxMark(left, top + (size - side) / 2f, side, side, ink, null, 0));
                float after = left + side + size * AFTER_ORNAMENT;
                marks.add(moved(plain, after));
                float ruleFrom = after + textWidth + size * AFTER_ORNAMENT;
                if (ruleFrom < left + width) {
                    marks.add(new RuleMark(ruleFrom, top + size / 2f, left + width, top + size / 2f, THIN, ink));
                }
            }
            case REVERSE -> {
                float blockWidth = textWidth + 2 * size * BLOCK_PAD_X;
                float bottom = top + size * (1 + BLOCK_PAD_Y);
                marks.add(new BoxMark(left, top - size * BLOCK_PAD_Y, blockWidth, size * (1 + 2 * BLOCK_PAD_Y),
                        spec.reverseColor(), null, 0));
                if (left + blockWidth < left + width) {
                    marks.add(new RuleMark(left + blockWidth, bottom - MEDIUM / 2f, left + width, bottom - MEDIUM / 2f,
                            MEDIUM, spec.reverseColor()));
                }
                marks.add(recolored(moved(plain, left + size * BLOCK_PAD_X), Cmyk.WHITE));
            }
            default -> throw new IllegalStateException("unknown column-head style " + spec.columnHead());
        }
    }

    private static TextMark moved(TextMark t, float x) {
        return new TextMark(t.line(), x, t.baseline(), t.color(), t.tag(), t.actualText());
    }

    private static TextMark recolored(TextMark t, Cmyk color) {
        return new TextMark(t.line(), t.x(), t.baseline(), color, t.tag(), t.actualText());
    }
}

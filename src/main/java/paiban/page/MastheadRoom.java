package paiban.page;

import java.util.List;
import paiban.model.IssueInfo;
import paiban.model.PageInfo;
import paiban.text.Line;
import paiban.text.TextStyle;

/**
 * The room each masthead text has, and the text shrunk to it: a paper's name of eleven characters, a long motto,
 * honours or header band fields would otherwise run past the trim or over each other. Text that fits keeps its
 * style's size exactly; text that does not is set smaller, in proportion, until it fits.
 */
final class MastheadRoom {

    /** The honours column takes at most this share of the type area's width. */
    static final float HONOURS_SHARE = 0.25f;

    private MastheadRoom() {
    }

    /** {@code s} in {@code style}, or smaller so that it is at most {@code room} wide. */
    static Line fit(DisplayText text, String s, TextStyle style, float room) {
        Line line = text.line(s, style);
        if (line.width() <= room || room <= 0) {
            return line;
        }
        float size = style.size() * room / line.width();
        for (int i = 0; i < 4 && line.width() > room; i++) {
            line = text.line(s, style.withSize(size));
            size *= 0.97f;
        }
        return line;
    }

    /** A row of fields set with at least one em between them, smaller when they do not fit {@code width}. */
    static List<Line> row(DisplayText text, List<String> fields, TextStyle style, float width) {
        List<Line> lines = fields.stream().map(f -> text.line(f, style)).toList();
        float total = (float) lines.stream().mapToDouble(Line::width).sum();
        float gaps = (fields.size() - 1) * style.size(); // the band keeps its em gaps; the text gives way
        if (total + gaps <= width) {
            return lines;
        }
        float scale = Math.max(0.2f, (width - gaps) / total * 0.98f);
        TextStyle smaller = style.withSize(style.size() * scale);
        return fields.stream().map(f -> text.line(f, smaller)).toList();
    }

    /**
     * The width of the name block (name, motto, founding year): clear of the honours on both sides when it is
     * centred, half of the rest when a section banner stands beside it.
     */
    static float nameBlock(DisplayText text, IssueInfo info, PageInfo page, TextStyle note, float width, float em) {
        float honoursRoom = honours(text, info.honors(), note, width, 2 * em);
        return page.section() == null ? width - 2 * honoursRoom : (width - honoursRoom) / 2f;
    }

    /** The width the honours column takes at the right, its gap included, capped at {@link #HONOURS_SHARE}. */
    static float honours(DisplayText text, List<String> honours, TextStyle note, float width, float gap) {
        if (honours.isEmpty()) {
            return 0;
        }
        float natural = (float) honours.stream().mapToDouble(h -> text.line(h, note).width()).max().orElse(0);
        return Math.min(natural, width * HONOURS_SHARE) + gap;
    }
}

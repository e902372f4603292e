package paiban.page;

import java.util.ArrayList;
import java.util.List;
import paiban.galley.StyleBook;
import paiban.model.IssueInfo;
import paiban.model.PageInfo;
import paiban.spec.Cmyk;
import paiban.spec.PageGeometry;
import paiban.spec.Role;
import paiban.text.Line;
import paiban.text.TextStyle;

/**
 * The front-page masthead (报头) and its header band. The paper's name stands large at the left in the masthead
 * colour with its motto and founding year under it; a supplement's section banner (e.g. 开发区建设 周刊, its
 * 指导 unit and slogan) takes the middle, smaller than the paper's name as the regulations require; honours stand
 * at the right. The header band under it carries the issue data on two lines between rules.
 */
final class Masthead {

    static final int BAND_LINES = 3;

    // Proportions of the masthead. A length "in ems" is a multiple of the size of the text it belongs to; "in
    // pitches" of the grid's line pitch. They were chosen by eye on the sample papers.

    /** Depth of the paper's name (and the section's name), in its ems: a tenth more than the em, for air under it. */
    private static final float NAME_DEPTH = 1.1f;
    /** From the line above to the baseline of a motto, founding year, guide or banner line, in its ems. */
    private static final float SMALL_LINE_DROP = 1.5f;
    /** Height of the honours' lines at the right, in their ems: airy, so a short list still fills the masthead. */
    private static final float HONOR_LEADING = 1.8f;
    /** Space between the name block, the section banner and the honours, in body ems. */
    private static final float BLOCK_GAP = 2f;
    /** Weight of the thin rules (the one left of the honours, the band's thin rules), pt. */
    private static final float THIN_RULE = 0.5f;
    /** Height the guide line (…指导) takes in the section banner, in its ems: its drop and some air under it. */
    private static final float GUIDE_HEIGHT = 1.8f;
    /** Air under the guide line before the slogan, in the guide's ems (its drop plus this is GUIDE_HEIGHT). */
    private static final float GUIDE_AIR = 0.3f;
    /** Height the slogan line takes in the section banner, in its ems. */
    private static final float SLOGAN_HEIGHT = 1.9f;
    /** The frame round a section suffix (周刊): padding at either side, in the suffix's ems. */
    private static final float SUFFIX_PAD = 0.2f;
    /** The frame's top above the suffix's baseline, and its height, in the suffix's ems. */
    private static final float SUFFIX_FRAME_TOP = 1.05f;
    private static final float SUFFIX_FRAME_HEIGHT = 1.3f;
    /** Weight of the suffix's frame, pt. */
    private static final float SUFFIX_FRAME_RULE = 1f;
    /** Where the band's thin top rule stands under the band's first grid line, in pitches. */
    private static final float BAND_TOP_RULE = 0.25f;
    /** The band's two text rows: the tops of their em boxes under the top rule, in pitches. */
    private static final float BAND_FIRST_ROW = 0.5f;
    private static final float BAND_SECOND_ROW = 1.5f;
    /** The band's heavy rule (文) stands this far above the foot of the band's last grid line, in pitches. */
    private static final float BAND_FOOT_RULE = 0.35f;
    /** Weight of the heavy rule, pt, and the distance down to the thin rule under it (武), pt. */
    private static final float HEAVY_RULE = 2f;
    private static final float HEAVY_TO_THIN = 2.5f;

    private final StyleBook styles;
    private final DisplayText text = new DisplayText();

    Masthead(StyleBook styles) {
        this.styles = styles;
    }

    /** @param pageLabel 第N版 and the page's name, printed first in the band */
    List<Mark> draw(IssueInfo info, PageInfo page, String pageLabel, float x, float y, int lines) {
        PageGeometry g = styles.spec().geometry();
        float pitch = g.linePitch();
        float width = g.typeAreaWidth();
        float upper = (lines - BAND_LINES) * pitch;
        List<Mark> marks = new ArrayList<>();
        // A 报眼 booked at the right: the honours stand left of it, and a centred name keeps clear of it on both sides.
        float earWidth = AdPlaces.earWidth(page, g);
        float ear = earWidth > 0 ? earWidth + BLOCK_GAP * g.bodySize() : 0;

        // The paper's name and what stands under it.
        TextStyle nameStyle = styles.text(Role.MASTHEAD_NAME);
        String paper = info.paper() == null ? "" : info.paper();
        float room = MastheadRoom.nameBlock(text, info, page, styles.text(Role.MASTHEAD_NOTE), width - 2 * ear,
                g.bodySize());
        Line name = MastheadRoom.fit(text, paper, nameStyle, room);
        List<Line> under = new ArrayList<>();
        if (info.motto() != null) {
            under.add(MastheadRoom.fit(text, info.motto(), styles.text(Role.MASTHEAD_MOTTO), room));
        }
        if (info.founded() != null) {
            under.add(MastheadRoom.fit(text, "创刊于" + info.founded() + "年", styles.text(Role.MASTHEAD_NOTE), room));
        }
        LogoMark logo = MastheadLogo.of(styles, paper, width, upper);
        float nameW = logo == null ? name.width() : logo.width();
        float nameH = (logo == null ? nameStyle.size() : logo.height())
                + (float) under.stream().mapToDouble(l -> size(l) * (double) SMALL_LINE_DROP).sum();
        float ny = y + Math.max(0, (upper - nameH) / 2f);
        // A paper's own front page centres its name; a supplement's puts it at the left, its banner beside it.
        float blockW = Math.max(nameW, maxWidth(under));
        float nx = page.section() == null ? x + Math.max(0, (width - blockW) / 2f) : x;
        ny = name(marks, logo, name, nx + (blockW - nameW) / 2f, ny);
        float uy = ny + nameStyle.size() * NAME_DEPTH;
        for (Line l : under) {
            uy += size(l) * SMALL_LINE_DROP;
            marks.add(new TextMark(l, nx + (blockW - l.width()) / 2f, uy, Cmyk.BLACK));
        }
        float leftEdge = nx + blockW + BLOCK_GAP * g.bodySize();

        // Honours at the right, stacked and right-aligned.
        float rightEdge = x + width - ear;
        if (!info.honors().isEmpty()) {
            TextStyle note = styles.text(Role.MASTHEAD_NOTE);
            List<Line> honors = info.honors().stream()
                    .map(h -> MastheadRoom.fit(text, h, note, width * MastheadRoom.HONOURS_SHARE)).toList();
            float hw = maxWidth(honors);
            float lead = note.size() * HONOR_LEADING;
            float hy = y + (upper - lead * honors.size()) / 2f + note.face().ascent(note.size())
                    + (lead - note.size()) / 2f;
            for (Line l : honors) {
                marks.add(new TextMark(l, rightEdge - l.width(), hy, Cmyk.BLACK));
                hy += lead;
            }
            rightEdge -= hw + BLOCK_GAP * g.bodySize();
            marks.add(new RuleMark(rightEdge + g.bodySize(), y + pitch, rightEdge + g.bodySize(), y + upper - pitch,
                    THIN_RULE, Cmyk.BLACK));
        }

        if (page.section() != null) {
            marks.addAll(sectionBanner(page, leftEdge, rightEdge, y, upper));
        }
        marks.addAll(band(info, page, pageLabel, x, y + upper, width));
        return marks;
    }

    /**
     * The paper's name set in type, or its logo with the name invisible over it (what extraction and search find),
     * from {@code x} with its top at {@code y}; gives the top to reckon what stands under the name from.
     */
    private float name(List<Mark> marks, LogoMark logo, Line name, float x, float y) {
        TextStyle nameStyle = styles.text(Role.MASTHEAD_NAME);
        if (logo == null) {
            marks.add(new TextMark(name, x, y + nameStyle.face().ascent(nameStyle.size()),
                    styles.color(Role.MASTHEAD_NAME)));
            return y;
        }
        marks.add(logo.at(x, y));
        marks.add(new TextMark(name, x + (logo.width() - name.width()) / 2f, y + logo.height() * 0.8f, null));
        return y + logo.height() - nameStyle.size() * NAME_DEPTH;
    }

    /** A supplement's name with its suffix, the guiding unit and the slogan, centred between name and honours. */
    private List<Mark> sectionBanner(PageInfo page, float left, float right, float y, float height) {
        List<Mark> marks = new ArrayList<>();
        TextStyle ns = styles.text(Role.SECTION_NAME);
        float room = right - left;
        float gapX = styles.spec().geometry().bodySize();
        Line suffix = page.sectionSuffix() == null ? null
                : MastheadRoom.fit(text, page.sectionSuffix(), styles.text(Role.SECTION_SUFFIX), room / 4f);
        Line name = MastheadRoom.fit(text, page.section(), ns, room - (suffix == null ? 0 : gapX + suffix.width()));
        Line guide = page.guide() == null ? null
                : MastheadRoom.fit(text, page.guide() + " 指导", styles.text(Role.SECTION_GUIDE), room);
        Line banner = page.banner() == null ? null
                : MastheadRoom.fit(text, page.banner(), styles.text(Role.BANNER), room);
        LogoMark logo = MastheadLogo.ofSection(styles, page.section(), room);
        float nameW = logo == null ? name.width() : logo.width();
        float nameRow = nameW + (suffix == null ? 0 : gapX + suffix.width());
        float blockH = ns.size() * NAME_DEPTH + (guide == null ? 0 : size(guide) * GUIDE_HEIGHT)
                + (banner == null ? 0 : size(banner) * SLOGAN_HEIGHT);
        float cx = (left + right) / 2f;
        float top = y + Math.max(0, (height - blockH) / 2f);
        float base = top + ns.face().ascent(ns.size());
        float nx = cx - nameRow / 2f;
        if (logo != null) {
            // the section's logo, standing on the name's baseline; the name invisible over it
            marks.add(logo.at(nx, base - logo.height()));
            marks.add(new TextMark(name, nx + (nameW - name.width()) / 2f, base, null));
        } else {
            marks.add(new TextMark(name, nx, base, styles.color(Role.SECTION_NAME)));
        }
        if (suffix != null) {
            // The suffix (周刊, 专刊) sits in a frame beside the name, on its baseline.
            float sx = nx + nameW + gapX;
            float ss = size(suffix);
            marks.add(new BoxMark(sx - ss * SUFFIX_PAD, base - ss * SUFFIX_FRAME_TOP,
                    suffix.width() + ss * (2 * SUFFIX_PAD), ss * SUFFIX_FRAME_HEIGHT, null,
                    styles.color(Role.SECTION_SUFFIX), SUFFIX_FRAME_RULE));
            marks.add(new TextMark(suffix, sx, base, styles.color(Role.SECTION_SUFFIX)));
        }
        float yy = top + ns.size() * NAME_DEPTH;
        if (guide != null) {
            yy += size(guide) * SMALL_LINE_DROP;
            marks.add(new TextMark(guide, cx - guide.width() / 2f, yy, styles.color(Role.SECTION_GUIDE)));
            yy += size(guide) * GUIDE_AIR;
        }
        if (banner != null) {
            yy += size(banner) * SMALL_LINE_DROP;
            marks.add(new TextMark(banner, cx - banner.width() / 2f, yy, styles.color(Role.BANNER)));
        }
        return marks;
    }

    /**
     * The header band: issue numbers, date with weekday and lunar date, CN, 邮发代号 and page count on the first
     * line (a 内部资料准印证 where a paper has no CN number); the supervising and publishing units, website, e-mail and the
     * page's credits (责任编辑 …: the front page's, as every page prints its own) on the second. Fields are spread across the
     * width; a thin rule above and a heavy-over-thin pair below (文武线).
     */
    private List<Mark> band(IssueInfo info, PageInfo page, String pageLabel, float x, float y, float width) {
        PageGeometry g = styles.spec().geometry();
        float pitch = g.linePitch();
        List<Mark> marks = new ArrayList<>();
        TextStyle st = styles.text(Role.BAND);
        List<String> first = new ArrayList<>();
        first.add(pageLabel);
        StringBuilder num = new StringBuilder();
        if (info.number() != null) {
            num.append("第").append(info.number()).append("期");
        }
        if (info.serial() != null) {
            num.append(num.length() > 0 ? " " : "").append("总第").append(info.serial()).append("期");
        }
        add(first, num.toString());
        if (info.date() != null) {
            first.add(IssueDates.gregorian(info.date()) + " " + IssueDates.weekday(info.date()) + " "
                    + IssueDates.lunar(info.date()));
        }
        if (info.cn() != null) {
            first.add("国内统一连续出版物号 CN " + info.cn());
        } else if (info.permit() != null) {
            first.add(info.label("内部资料准印证") + info.permit());
        }
        if (info.postalCode() != null) {
            first.add("邮政发行 " + info.label("邮发代号") + info.postalCode());
        }
        if (info.pages() != null) {
            first.add("今日" + info.pages() + "版");
        }
        if (info.price() != null) {
            first.add(info.label("零售价") + info.price());
        }
        List<String> second = new ArrayList<>();
        StringBuilder units = new StringBuilder();
        if (info.supervisor() != null) {
            units.append(info.supervisor()).append("主管");
        }
        if (info.publisher() != null) {
            units.append(units.length() > 0 ? " " : "").append(info.publisher()).append("主办");
        }
        add(second, units.toString());
        if (info.website() != null) {
            second.add(info.label("网址") + info.website());
        }
        if (info.email() != null) {
            second.add(info.label("投稿邮箱") + info.email());
        }
        add(second, Credits.of(page, info));
        float top = y + pitch * BAND_TOP_RULE;
        marks.add(new RuleMark(x, top, x + width, top, THIN_RULE, Cmyk.BLACK));
        float ascent = st.face().ascent(st.size());
        spread(marks, first, st, x, width, top + pitch * BAND_FIRST_ROW + ascent);
        spread(marks, second, st, x, width, top + pitch * BAND_SECOND_ROW + ascent);
        float bottom = y + pitch * (BAND_LINES - BAND_FOOT_RULE);
        marks.add(new RuleMark(x, bottom, x + width, bottom, HEAVY_RULE, Cmyk.BLACK));
        marks.add(new RuleMark(x, bottom + HEAVY_TO_THIN, x + width, bottom + HEAVY_TO_THIN, THIN_RULE, Cmyk.BLACK));
        return marks;
    }

    private static void add(List<String> fields, String s) {
        if (!s.isEmpty()) {
            fields.add(s);
        }
    }

    /** Places fields across the width with equal space between them (one field: centred). */
    private void spread(List<Mark> marks, List<String> fields, TextStyle st, float x, float width, float baseline) {
        if (fields.isEmpty()) {
            return;
        }
        List<Line> lines = MastheadRoom.row(text, fields, st, width);
        float total = (float) lines.stream().mapToDouble(Line::width).sum();
        if (lines.size() == 1) {
            marks.add(new TextMark(lines.get(0), x + (width - total) / 2f, baseline, Cmyk.BLACK));
            return;
        }
        float gap = Math.max(st.size(), (width - total) / (lines.size() - 1));
        float cx = x;
        for (Line l : lines) {
            marks.add(new TextMark(l, cx, baseline, Cmyk.BLACK));
            cx += l.width() + gap;
        }
    }

    private static float size(Line l) {
        return l.glyphs().isEmpty() ? 0 : l.glyphs().get(0).size();
    }

    private static float maxWidth(List<Line> lines) {
        return (float) lines.stream().mapToDouble(Line::width).max().orElse(0);
    }
}

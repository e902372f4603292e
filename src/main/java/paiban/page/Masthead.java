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

        // The paper's name and what stands under it.
        TextStyle nameStyle = styles.text(Role.MASTHEAD_NAME);
        String paper = info.paper() == null ? "" : info.paper();
        Line name = text.line(paper, nameStyle);
        List<Line> under = new ArrayList<>();
        if (info.motto() != null) {
            under.add(text.line(info.motto(), styles.text(Role.MASTHEAD_MOTTO)));
        }
        if (info.founded() != null) {
            under.add(text.line("创刊于" + info.founded() + "年", styles.text(Role.MASTHEAD_NOTE)));
        }
        LogoMark logo = MastheadLogo.of(styles, paper, width, upper);
        float nameW = logo == null ? name.width() : logo.width();
        float nameH = (logo == null ? nameStyle.size() : logo.height())
                + (float) under.stream().mapToDouble(l -> size(l) * 1.5).sum();
        float ny = y + Math.max(0, (upper - nameH) / 2f);
        // A paper's own front page centres its name; a supplement's puts it at the left, its banner beside it.
        float blockW = Math.max(nameW, maxWidth(under));
        float nx = page.section() == null ? x + Math.max(0, (width - blockW) / 2f) : x;
        ny = name(marks, logo, name, nx + (blockW - nameW) / 2f, ny);
        float uy = ny + nameStyle.size() * 1.1f;
        for (Line l : under) {
            uy += size(l) * 1.5f;
            marks.add(new TextMark(l, nx + (blockW - l.width()) / 2f, uy, Cmyk.BLACK));
        }
        float leftEdge = nx + blockW + 2 * g.bodySize();

        // Honours at the right, stacked and right-aligned.
        float rightEdge = x + width;
        if (!info.honors().isEmpty()) {
            TextStyle note = styles.text(Role.MASTHEAD_NOTE);
            List<Line> honors = info.honors().stream().map(h -> text.line(h, note)).toList();
            float hw = maxWidth(honors);
            float lead = note.size() * 1.8f;
            float hy = y + (upper - lead * honors.size()) / 2f + note.size() * 0.88f + (lead - note.size()) / 2f;
            for (Line l : honors) {
                marks.add(new TextMark(l, rightEdge - l.width(), hy, Cmyk.BLACK));
                hy += lead;
            }
            rightEdge -= hw + 2 * g.bodySize();
            marks.add(new RuleMark(rightEdge + g.bodySize(), y + pitch, rightEdge + g.bodySize(), y + upper - pitch,
                    0.5f, Cmyk.BLACK));
        }

        if (page.section() != null) {
            marks.addAll(sectionBanner(page, leftEdge, rightEdge, y, upper));
        }
        marks.addAll(band(info, pageLabel, x, y + upper, width));
        return marks;
    }

    /**
     * The paper's name set in type, or its logo with the name invisible over it (what extraction and search find),
     * from {@code x} with its top at {@code y}; gives the top to reckon what stands under the name from.
     */
    private float name(List<Mark> marks, LogoMark logo, Line name, float x, float y) {
        TextStyle nameStyle = styles.text(Role.MASTHEAD_NAME);
        if (logo == null) {
            marks.add(new TextMark(name, x, y + nameStyle.size() * 0.88f, styles.color(Role.MASTHEAD_NAME)));
            return y;
        }
        marks.add(logo.at(x, y));
        marks.add(new TextMark(name, x + (logo.width() - name.width()) / 2f, y + logo.height() * 0.8f, null));
        return y + logo.height() - nameStyle.size() * 1.1f;
    }

    /** A supplement's name with its suffix, the guiding unit and the slogan, centred between name and honours. */
    private List<Mark> sectionBanner(PageInfo page, float left, float right, float y, float height) {
        List<Mark> marks = new ArrayList<>();
        TextStyle ns = styles.text(Role.SECTION_NAME);
        Line name = text.line(page.section(), ns);
        Line suffix = page.sectionSuffix() == null ? null : text.line(page.sectionSuffix(), styles.text(Role.SECTION_SUFFIX));
        Line guide = page.guide() == null ? null : text.line(page.guide() + " 指导", styles.text(Role.SECTION_GUIDE));
        Line banner = page.banner() == null ? null : text.line(page.banner(), styles.text(Role.BANNER));
        float gapX = styles.spec().geometry().bodySize();
        LogoMark logo = MastheadLogo.ofSection(styles, page.section(), right - left);
        float nameW = logo == null ? name.width() : logo.width();
        float nameRow = nameW + (suffix == null ? 0 : gapX + suffix.width());
        float blockH = ns.size() * 1.1f + (guide == null ? 0 : size(guide) * 1.8f) + (banner == null ? 0 : size(banner) * 1.9f);
        float cx = (left + right) / 2f;
        float top = y + Math.max(0, (height - blockH) / 2f);
        float base = top + ns.size() * 0.88f;
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
            marks.add(new BoxMark(sx - ss * 0.2f, base - ss * 1.05f, suffix.width() + ss * 0.4f, ss * 1.3f, null,
                    styles.color(Role.SECTION_SUFFIX), 1f));
            marks.add(new TextMark(suffix, sx, base, styles.color(Role.SECTION_SUFFIX)));
        }
        float yy = top + ns.size() * 1.1f;
        if (guide != null) {
            yy += size(guide) * 1.5f;
            marks.add(new TextMark(guide, cx - guide.width() / 2f, yy, styles.color(Role.SECTION_GUIDE)));
            yy += size(guide) * 0.3f;
        }
        if (banner != null) {
            yy += size(banner) * 1.5f;
            marks.add(new TextMark(banner, cx - banner.width() / 2f, yy, styles.color(Role.BANNER)));
        }
        return marks;
    }

    /**
     * The header band: issue numbers, date with weekday and lunar date, CN, 邮发代号 and page count on the first
     * line; the supervising and publishing units, website and e-mail on the second. Fields are spread across the
     * width; a thin rule above and a heavy-over-thin pair below (文武线).
     */
    private List<Mark> band(IssueInfo info, String pageLabel, float x, float y, float width) {
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
        float top = y + pitch * 0.25f;
        marks.add(new RuleMark(x, top, x + width, top, 0.5f, Cmyk.BLACK));
        spread(marks, first, st, x, width, top + pitch * 0.5f + st.size() * 0.88f);
        spread(marks, second, st, x, width, top + pitch * 1.5f + st.size() * 0.88f);
        float bottom = y + pitch * (BAND_LINES - 0.35f);
        marks.add(new RuleMark(x, bottom, x + width, bottom, 2f, Cmyk.BLACK));
        marks.add(new RuleMark(x, bottom + 2.5f, x + width, bottom + 2.5f, 0.5f, Cmyk.BLACK));
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
        List<Line> lines = fields.stream().map(f -> text.line(f, st)).toList();
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

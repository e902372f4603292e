package paiban.page;

import java.util.ArrayList;
import java.util.List;
import paiban.galley.StyleBook;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.spec.Cmyk;
import paiban.spec.Role;
import paiban.text.Line;
import paiban.text.TextStyle;

/**
 * The slim header of an inside page (报眉): 第N版 and the page name at the left, the paper's name in the middle, the
 * date and weekday at the right, the responsible editors under them when given, and a rule across.
 */
final class RunningHead {

    /** The rule under the running head stands this far above the foot of its last grid line, in pitches. */
    private static final float RULE_ABOVE_FOOT = 0.4f;
    /** Weight of that rule, pt. */
    private static final float RULE_WEIGHT = 1f;
    /** Air between the credits' descenders and the header rule, in pt. */
    private static final float RULE_CLEARANCE = 2.5f;

    private final StyleBook styles;
    private final DisplayText text = new DisplayText();

    RunningHead(StyleBook styles) {
        this.styles = styles;
    }

    List<Mark> draw(IssueInfo info, Page page, float x, float y, int lines) {
        float pitch = styles.spec().geometry().linePitch();
        float width = styles.spec().geometry().typeAreaWidth();
        TextStyle st = styles.text(Role.FOLIO);
        float baseline = y + st.face().ascent(st.size());
        List<Mark> marks = new ArrayList<>();
        Line left = text.line("第" + page.number() + "版" + (page.name() == null ? "" : " " + page.name()), st);
        marks.add(new TextMark(left, x, baseline, Cmyk.BLACK));
        if (info.paper() != null) {
            Line mid = text.line(info.paper(), st);
            marks.add(new TextMark(mid, x + (width - mid.width()) / 2f, baseline, Cmyk.BLACK));
        }
        if (info.date() != null) {
            Line right = text.line(IssueDates.gregorian(info.date()) + " " + IssueDates.weekday(info.date()), st);
            marks.add(new TextMark(right, x + width - right.width(), baseline, Cmyk.BLACK));
        }
        String credits = Credits.of(page.info(), info);
        float ruleY = y + pitch * (lines - RULE_ABOVE_FOOT);
        if (!credits.isEmpty() && lines > 1) {
            // a line under the date at the folio's own leading, and the rule clear of its descenders
            Line c = text.line(credits, st);
            float creditBaseline = baseline + st.size() * 1.3f;
            marks.add(new TextMark(c, x + width - c.width(), creditBaseline, Cmyk.BLACK));
            ruleY = Math.max(ruleY, creditBaseline + st.size() * 0.12f + RULE_CLEARANCE);
        }
        marks.add(new RuleMark(x, ruleY, x + width, ruleY, RULE_WEIGHT, Cmyk.BLACK));
        return marks;
    }
}

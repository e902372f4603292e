package paiban.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.compose.PhotoSlot;
import paiban.compose.Rule;
import paiban.galley.ArticleGalley;
import paiban.galley.CaptionBlock;
import paiban.galley.HeadBlock;
import paiban.galley.SetLine;
import paiban.galley.StyleBook;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.spec.Cmyk;
import paiban.spec.PageGeometry;
import paiban.text.Line;

/**
 * Turns a page plan in grid units into marks in points: furniture, then each module's headline block, photo,
 * captions and legs, then the rules. This is the one place where grid lines become points.
 */
public final class PageAssembler {

    private static final float RULE = 0.5f;
    private static final Cmyk PLACEHOLDER = Cmyk.BLACK.tint(0.12f);
    private static final Cmyk PLACEHOLDER_FRAME = Cmyk.BLACK.tint(0.5f);

    private final StyleBook styles;
    private final PageGeometry g;
    private final Masthead masthead;
    private final RunningHead runningHead;
    private final DisplayText text = new DisplayText();

    public PageAssembler(StyleBook styles) {
        this.styles = styles;
        this.g = styles.spec().geometry();
        this.masthead = new Masthead(styles);
        this.runningHead = new RunningHead(styles);
    }

    /** Grid lines above the body area: the masthead on the front page, the slim header inside. */
    public int furnitureLines(boolean front) {
        return front ? styles.spec().mastheadLines() : styles.spec().headerLines();
    }

    /**
     * @param galleys the galley each module was planned with, by article index
     * @param base    folder that photo paths are relative to
     */
    public PageDrawing assemble(IssueInfo info, Page page, boolean front, PagePlan plan, Map<Integer, ArticleGalley> galleys,
                                Path base, String title) {
        List<Mark> marks = new ArrayList<>();
        float x0 = g.marginLeft();
        float y0 = g.marginTop();
        if (front) {
            String label = "第" + page.number() + "版" + (page.name() == null ? "" : " " + page.name());
            marks.addAll(masthead.draw(info, page.info(), label, x0, y0, furnitureLines(true)));
        } else {
            marks.addAll(runningHead.draw(info, page, x0, y0, furnitureLines(false)));
        }
        for (Module m : plan.modules()) {
            ArticleGalley galley = galleys.get(m.article());
            if (galley == null || m.lines() == 0) {
                continue;
            }
            head(marks, galley.head(), m);
            if (m.photo() != null) {
                photo(marks, galley, m.photo(), base);
            }
            for (Leg leg : m.legs()) {
                for (int i = 0; i < leg.count(); i++) {
                    Line line = galley.body().get(leg.first() + i);
                    marks.add(new TextMark(line, colX(leg.col()), baseline(leg.line() + i), Cmyk.BLACK));
                }
            }
        }
        for (Rule r : plan.rules()) {
            if (r.horizontal()) {
                float y = lineTop(r.line()) + g.bodySize() / 2f;
                marks.add(new RuleMark(colX(r.col()), y, colX(r.col()) + g.spanWidth(r.span()), y, RULE, Cmyk.BLACK));
            } else {
                float x = colX(r.col()) - g.gutter() / 2f;
                marks.add(new RuleMark(x, lineTop(r.line()), x, lineTop(r.line() + r.lines()) - gap(), RULE, Cmyk.BLACK));
            }
        }
        return new PageDrawing(page.number(), g.trimWidth(), g.trimHeight(), g.bleed(), marks, title);
    }

    private void head(List<Mark> marks, HeadBlock head, Module m) {
        float room = m.headlineLines() * g.linePitch() - gap();
        float top = lineTop(m.line()) + Math.max(0, (room - head.height()) / 2f);
        for (SetLine l : head.lines()) {
            marks.add(new TextMark(l.line(), colX(m.col()) + l.x(), top + l.baseline(), l.color()));
        }
    }

    private void photo(List<Mark> marks, ArticleGalley galley, PhotoSlot slot, Path base) {
        float x = colX(slot.col());
        float y = lineTop(slot.line());
        float w = g.spanWidth(slot.span());
        float h = slot.lines() * g.linePitch() - gap();
        // Several photos of one article share the slot, stacked, each in proportion to its height at this width.
        List<Photo> photos = galley.photos();
        double total = 0;
        for (Photo p : photos) {
            total += 1 / aspect(p);
        }
        float py = y;
        for (Photo p : photos) {
            float ph = (float) (h * (1 / aspect(p)) / total);
            Path file = base == null ? Path.of(p.path()) : base.resolve(p.path());
            if (Files.isRegularFile(file)) {
                marks.add(new ImageMark(file, x, py, w, ph - (photos.size() > 1 ? 2 : 0)));
            } else {
                marks.add(new BoxMark(x, py, w, ph - (photos.size() > 1 ? 2 : 0), PLACEHOLDER, PLACEHOLDER_FRAME, 0.5f));
                Line label = text.line("图片 " + p.path(), styles.text(paiban.spec.Role.CAPTION));
                marks.add(new TextMark(label, x + (w - label.width()) / 2f, py + ph / 2f, Cmyk.BLACK.tint(0.6f)));
            }
            py += ph;
        }
        CaptionBlock captions = galley.captions().get(slot.span());
        if (captions != null) {
            float cy = y + h + gap();
            for (SetLine l : captions.lines()) {
                marks.add(new TextMark(l.line(), x + l.x(), cy + l.baseline(), l.color()));
            }
        }
    }

    private static double aspect(Photo p) {
        return p.aspect() == null ? paiban.galley.GalleySetter.DEFAULT_ASPECT : p.aspect();
    }

    private float colX(int col) {
        return g.marginLeft() + g.columnX(col);
    }

    private float lineTop(int line) {
        return g.marginTop() + line * g.linePitch();
    }

    private float baseline(int line) {
        return lineTop(line) + g.bodySize() * 0.88f;
    }

    private float gap() {
        return g.linePitch() - g.bodySize();
    }
}

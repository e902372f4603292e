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
import paiban.galley.VerticalHead;
import paiban.galley.VerticalSetLine;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.spec.Artwork;
import paiban.spec.Cmyk;
import paiban.spec.PageGeometry;
import paiban.text.Line;

/**
 * Turns a page plan in grid units into marks in points: furniture, then each module's headline block, photo,
 * captions and legs, then the rules. This is the one place where grid lines become points ({@link GridPoints}).
 * It places by layout rules alone: what text extractors need besides is added to the finished drawing by
 * {@code paiban.reading.ReadingMarks}.
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
    private final HeadDress dress;
    private final GridPoints at;

    public PageAssembler(StyleBook styles) {
        this.styles = styles;
        this.g = styles.spec().geometry();
        this.at = new GridPoints(g);
        this.masthead = new Masthead(styles);
        this.runningHead = new RunningHead(styles);
        this.dress = new HeadDress(styles.spec().furniture());
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
            // The masthead and header band are real text (the paper's name, the issue data): tagged as furniture.
            for (Mark mk : masthead.draw(info, page.info(), label, x0, y0, furnitureLines(true))) {
                marks.add(mk instanceof TextMark t ? t.tagged(Tag.FURNITURE) : mk);
            }
        } else {
            marks.addAll(runningHead.draw(info, page, x0, y0, furnitureLines(false)));
        }
        for (Module m : plan.modules()) {
            ArticleGalley galley = galleys.get(m.article());
            if (galley == null || m.lines() == 0) {
                continue;
            }
            float inset = box(marks, galley, m);
            head(marks, galley.head(), m, galley.article().furniture().reverseHead(), inset);
            VerticalHead vertical = galley.head().vertical();
            if (vertical != null) {
                verticalHead(marks, vertical, m, inset);
            }
            if (m.photo() != null) {
                photo(marks, galley, m.photo(), base, m.article(), m.line() + m.lines());
            }
            int[] paragraph = paragraphs(galley.body());
            // beside a vertical head every column gives the strip its share: the legs close up to its left
            float share = vertical == null ? 0 : vertical.share();
            for (Leg leg : m.legs()) {
                float x = colX(leg.col()) + inset - (leg.col() - m.col()) * share;
                for (int i = 0; i < leg.count(); i++) {
                    int index = leg.first() + i;
                    Line line = galley.body().get(index);
                    marks.add(new TextMark(line, x, baseline(leg.line() + i), Cmyk.BLACK,
                            Tag.of(Tag.Kind.PARAGRAPH, m.article(), paragraph[index])));
                }
            }
        }
        for (Rule r : BoxedRules.without(plan.rules(), boxed(plan, galleys))) {
            if (r.horizontal()) {
                float y = lineTop(r.line()) + g.bodySize() / 2f;
                marks.add(new RuleMark(colX(r.col()), y, colX(r.col()) + g.spanWidth(r.span()), y, RULE, Cmyk.BLACK));
            } else {
                float x = colX(r.col()) - g.gutter() / 2f;
                marks.add(new RuleMark(x, lineTop(r.line()), x, lineTop(r.line() + r.lines()) - gap(), RULE, Cmyk.BLACK));
            }
        }
        for (AdPlace ad : AdPlaces.of(page, styles.spec(), front, furnitureLines(front))) {
            ad(marks, ad, base);
        }
        List<Mark> inked = PageColour.blackOnly(page) ? PageColour.inBlack(marks) : marks;
        return new PageDrawing(page.number(), g.trimWidth(), g.trimHeight(), g.bleed(),
                PageColour.apply(inked, PageColour.of(styles.spec(), page)), title);
    }

    /**
     * A booked advertisement block: its file scaled to fit the block, its shape kept and centred (a PDF stays vector,
     * an image goes the photos' way), or, when it names none, a framed grey placeholder with the advertiser, the kind
     * and the size as booked. Both are artifacts: an ad is no part of the page's text.
     */
    private void ad(List<Mark> marks, AdPlace ad, Path base) {
        if (ad.slot().file() != null) {
            Path file = base == null ? Path.of(ad.slot().file()) : base.resolve(ad.slot().file());
            Artwork art;
            try {
                art = Artwork.read(file);
            } catch (java.io.IOException e) {
                throw new paiban.UserError(ad.slot().message(paiban.model.AdMessages.fileRefused(ad.slot().file(),
                        file.toString(), paiban.model.AdMessages.damaged(ad.slot().pdf(), String.valueOf(e.getMessage())))));
            }
            LogoMark fitted = LogoMark.fitted(art, 0, 0, ad.width(), ad.height(), ad.slot().label());
            marks.add(fitted.at(ad.x() + (ad.width() - fitted.width()) / 2f,
                    ad.y() + (ad.height() - fitted.height()) / 2f));
            // what the ad is, as invisible text over it (as a logo's name): for search, and for a reader's extraction
            Line label = adLabel(ad);
            marks.add(new TextMark(label, ad.x() + Math.max(0, (ad.width() - label.width()) / 2f),
                    ad.y() + ad.height() / 2f, null, Tag.ARTIFACT));
            return;
        }
        marks.add(new BoxMark(ad.x(), ad.y(), ad.width(), ad.height(), PLACEHOLDER, PLACEHOLDER_FRAME, 0.5f));
        Line label = adLabel(ad);
        if (label.width() > ad.width() - 4) {
            label = text.line(ad.slot().label(), styles.text(paiban.spec.Role.KICKER));
        }
        marks.add(new TextMark(label, ad.x() + (ad.width() - label.width()) / 2f, ad.y() + ad.height() / 2f,
                Cmyk.BLACK.tint(0.6f), Tag.ARTIFACT));
    }

    /** The advertiser, the kind and the size as booked: 某某银行（半通栏广告 4x20）. */
    private Line adLabel(AdPlace ad) {
        return text.line(ad.slot().label() + "（" + ad.slot().kind().word() + "广告 " + ad.slot().size() + "）",
                styles.text(paiban.spec.Role.KICKER));
    }

    /** The page's modules whose article stands in a box. */
    private static List<Module> boxed(PagePlan plan, Map<Integer, ArticleGalley> galleys) {
        return plan.modules().stream().filter(m -> galleys.get(m.article()) != null
                && galleys.get(m.article()).article().furniture().boxed()).toList();
    }

    /**
     * The grid line under the last thing a module shows: its headline block, the foot of its longest leg (its box's
     * foot line included) or its photo. A box ends there, so it never frames the empty lines a page left in its cell.
     */
    static int contentFoot(Module m) {
        int foot = m.line() + m.headlineLines();
        for (Leg leg : m.legs()) {
            foot = Math.max(foot, m.foot(leg));
        }
        if (m.photo() != null) {
            foot = Math.max(foot, m.photo().line() + m.photo().lines() + m.photo().captionLines());
        }
        return Math.min(foot, m.line() + m.lines());
    }

    /**
     * A boxed article's tint and frame round its module (see {@link BoxFrame}); returns how far its text stands in
     * from the columns' left edges: half a gutter in a box, else nothing.
     */
    private float box(List<Mark> marks, ArticleGalley galley, Module m) {
        String name = galley.article().furniture().box();
        if (name == null) {
            return 0;
        }
        float top = lineTop(m.line()) - gap() / 2f;
        float foot = lineTop(contentFoot(m)) - gap() / 2f;
        BoxFrame.draw(marks, styles.spec().furniture().boxes().get(name), colX(m.col()), top, g.spanWidth(m.span()),
                foot - top);
        return g.gutter() / 2f;
    }

    private void head(List<Mark> marks, HeadBlock head, Module m, boolean reverseHead, float inset) {
        float room = m.headlineLines() * g.linePitch() - gap();
        float top = lineTop(m.line()) + Math.max(0, (room - head.height()) / 2f);
        int part = -1;
        paiban.spec.Role last = null;
        // a module cut short by the foot of the page shows what fits; the job reports the rest as overset
        List<SetLine> shown = head.within(room);
        for (SetLine l : head.lines()) {
            boolean headline = l.role() == paiban.spec.Role.HEADLINE || l.role() == paiban.spec.Role.LEAD_HEADLINE;
            if (l.role() != last || l.role() == null) {
                part++;
                last = l.role();
            }
            Tag tag = Tag.of(headline ? Tag.Kind.HEADLINE : Tag.Kind.HEAD_PART, m.article(), part);
            if (!shown.contains(l)) {
                continue;
            }
            dress.draw(marks, l, new TextMark(l.line(), colX(m.headCol()) + l.x(), top + l.baseline(), l.color(), tag),
                    colX(m.headCol()) + inset, g.spanWidth(m.headSpan()) - 2 * inset, reverseHead);
        }
    }

    /**
     * A vertical head's lines in its strip at the module's right (inside a box's inset), from the body's first line:
     * the headline's lines tagged as the headline, the others as head parts, in reading order (right to left). A
     * line that would run past the module's foot is not drawn.
     */
    private void verticalHead(List<Mark> marks, VerticalHead head, Module m, float inset) {
        float left = colX(m.col()) + g.spanWidth(m.span()) - inset - head.width();
        float top = lineTop(m.line() + m.headlineLines());
        // a module cut short by the foot of the page shows the lines that fit, as a head across does
        float foot = lineTop(m.line() + m.lines()) - gap();
        int part = 0;
        paiban.spec.Role last = null;
        for (VerticalSetLine l : head.lines()) {
            if (top + l.top() + l.line().length() > foot + 0.01f) {
                continue;
            }
            boolean headline = l.role() == paiban.spec.Role.HEADLINE || l.role() == paiban.spec.Role.LEAD_HEADLINE;
            if (last != null && l.role() != last) {
                part++;
            }
            last = l.role();
            Tag tag = Tag.of(headline ? Tag.Kind.HEADLINE : Tag.Kind.HEAD_PART, m.article(), part);
            marks.add(new VerticalTextMark(l.line(), left + l.x(), top + l.top(), l.color(), tag));
        }
    }

    /** The paragraph number of each body line: a new paragraph starts after a line that ends one. */
    private static int[] paragraphs(List<Line> body) {
        int[] out = new int[body.size()];
        int p = 0;
        for (int i = 0; i < body.size(); i++) {
            out[i] = p;
            if (body.get(i).paragraphEnd()) {
                p++;
            }
        }
        return out;
    }

    private void photo(List<Mark> marks, ArticleGalley galley, PhotoSlot slot, Path base, int article,
                       int moduleEnd) {
        float x = colX(slot.col());
        float y = lineTop(slot.line());
        float w = g.spanWidth(slot.span());
        float h = slot.lines() * g.linePitch() - gap();
        // Several photos of one article share the slot, stacked, each in proportion to its height at this width (to
        // the lines the desk gave it, when it did).
        List<Photo> photos = galley.photos();
        double total = 0;
        for (Photo p : photos) {
            total += share(p);
        }
        float py = y;
        int figure = 0;
        // the space between stacked photos comes off the pictures in proportion, so each is cropped alike
        float pictures = h - ArticleGalley.PHOTO_STACK_GAP * (photos.size() - 1);
        for (Photo p : photos) {
            float ph = (float) (pictures * share(p) / total);
            Path file = base == null ? Path.of(p.path()) : base.resolve(p.path());
            if (Files.isRegularFile(file)) {
                marks.add(new ImageMark(file, x, py, w, ph, Tag.of(Tag.Kind.FIGURE, article, figure++)));
            } else {
                marks.add(new BoxMark(x, py, w, ph, PLACEHOLDER, PLACEHOLDER_FRAME, 0.5f));
                // a proof aid, not the page's text: an artifact
                Line label = text.line("图片 " + p.path(), styles.text(paiban.spec.Role.CAPTION));
                marks.add(new TextMark(label, x + (w - label.width()) / 2f, py + ph / 2f, Cmyk.BLACK.tint(0.6f),
                        Tag.ARTIFACT));
            }
            py += ph + ArticleGalley.PHOTO_STACK_GAP;
        }
        CaptionBlock captions = galley.captions().get(slot.span());
        if (captions != null) {
            float cy = y + h + gap();
            for (SetLine l : captions.within(lineTop(moduleEnd) - gap() - cy)) {
                marks.add(new TextMark(l.line(), x + l.x(), cy + l.baseline(), l.color(),
                        Tag.of(Tag.Kind.CAPTION, article, 0)));
            }
        }
    }

    /** A stacked photo's part of its slot: the lines the desk gave it, else its height at the slot's width. */
    private static double share(Photo p) {
        return p.size() != null && p.size().lines() > 0 ? p.size().lines() : 1 / p.shownAspect();
    }

    private float colX(int col) {
        return at.colX(col);
    }

    private float lineTop(int line) {
        return at.lineTop(line);
    }

    /**
     * A body line's baseline, computed in double and rounded to 1/64 pt (exact in binary): lines one pitch apart are
     * then exactly one pitch apart in every reader's arithmetic, not 13.4999 or 13.5001 (text extractors group a
     * column's lines into one block by comparing that distance with 1.5 em — at 9 pt on 13.5 pt, an exact tie).
     */
    private float baseline(int line) {
        double ascent = styles.text(paiban.spec.Role.BODY).face().ascent();
        double b = (double) g.marginTop() + line * (double) g.linePitch() + g.bodySize() * ascent;
        return (float) (Math.round(b * 64) / 64.0);
    }

    private float gap() {
        return at.gap();
    }
}

package paiban.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import paiban.message.Message;

/**
 * The body area left around booked advertisement blocks (a 半通栏 at the foot, a corner block), composed as
 * rectangles the page maker fills one by one. A block stands in a corner of the area, so what is left is an L: it is
 * cut into two rectangles either across, over the block's top (a full-width part and the part beside the block), or
 * down, along the block's side (a full-height strip and the part over or under the block). The articles are taken
 * in order: the first run goes to the part that starts higher (further left on a tie), the rest to the other. Every
 * cut and every split of the articles is priced by the page maker in the same column-line units, and the cheapest
 * page is kept; a block is never covered, as the page maker only fills the rectangles it is given.
 *
 * <p>Only the splits that share the articles' text out most evenly over the two parts' room are tried
 * ({@value #SPLITS} of them), so a page of many articles costs a few page makers' searches, not one per article.
 */
public final class FreeArea {

    /** The splits of the articles between two parts tried for each cut. */
    static final int SPLITS = 5;
    /** The cuts across the page at the height the text asks for, tried for each block. */
    static final int ACROSS = 3;

    /** A rectangle of the body area: columns {@code col … col+span-1}, lines {@code line … line+lines-1}. */
    record Region(int col, int line, int span, int lines) {
        int area() {
            return span * lines;
        }
    }

    private final PageMaker whole;
    private final int columns;
    private final int bodyTop;
    private final int bodyLines;
    private final List<Booking> bookings;

    /**
     * @param whole    the page maker for the whole body area
     * @param bookings the blocks booked in the body area, lines counted from its top
     */
    public FreeArea(PageMaker whole, List<Booking> bookings) {
        this.whole = whole;
        this.columns = whole.columns();
        this.bodyTop = whole.bodyTop();
        this.bodyLines = whole.bodyLines();
        this.bookings = List.copyOf(bookings);
    }

    /** @param jumps whether text that does not fit here continues on a later page (else it is overset) */
    public PagePlan make(List<ArticleRequest> requests, boolean jumps) throws PinException {
        Region whole = new Region(0, 0, columns, bodyLines);
        if (bookings.stream().noneMatch(b -> b.within(whole) != null)) {
            return maker(whole).make(requests, jumps);
        }
        Part p = compose(whole, requests, 0, jumps);
        List<Module> modules = new ArrayList<>(p.modules);
        modules.sort(Comparator.comparingInt(Module::article));
        return new PagePlan(bodyTop, bodyLines, columns, modules, p.rules, p.footEmpty, p.empty, p.cost,
                columns * bodyLines - free(whole));
    }

    /** The plan of one rectangle or of an L cut into rectangles: modules and rules on the page's grid. */
    private record Part(List<Module> modules, List<Rule> rules, int empty, int footEmpty, long cost) {
        boolean shows() {
            return modules.stream().anyMatch(m -> m.lines() > 0);
        }
    }

    /**
     * One way to cut an L: the part taken first, the other, the rule between them when both hold articles, and how
     * many articles the first takes ({@code split}, -1 while not chosen).
     */
    private record Cut(Region first, Region second, Rule rule, int split) {
        Cut(Region first, Region second, Rule rule) {
            this(first, second, rule, -1);
        }

        Cut split(int k) {
            return new Cut(first, second, rule, k);
        }
    }

    private Part compose(Region r, List<ArticleRequest> requests, int offset, boolean jumps) throws PinException {
        return compose(r, requests, offset, jumps, true);
    }

    /**
     * @param flexible whether the L may also be cut across at any height the articles' text asks for, not only at
     *                 the block's edge (the L left under or over that cut is then cut at the block's edges only)
     */
    private Part compose(Region r, List<ArticleRequest> requests, int offset, boolean jumps, boolean flexible)
            throws PinException {
        Booking b = bookings.stream().map(x -> x.within(r)).filter(x -> x != null).findFirst().orElse(null);
        if (b == null) {
            try {
                return placed(r, maker(r).make(requests, jumps), offset);
            } catch (PinException e) {
                throw e.article() == PinException.PAGE ? e : new PinException(e.article() + offset, e.message());
            }
        }
        List<Cut> cuts = new ArrayList<>();
        for (Cut cut : cuts(r, b)) {
            for (int k : splits(requests, cut)) {
                cuts.add(cut.split(k));
            }
        }
        if (flexible) {
            cuts.addAll(across(r, b, requests));
        }
        Part best = null;
        PinException refused = null;
        for (Cut cut : cuts) {
            int k = cut.split;
            if (pinnedBelowTop(cut.first, requests.subList(0, k))
                    || (cut.second != null && pinnedBelowTop(cut.second, requests.subList(k, requests.size())))) {
                continue; // an article pinned to the top stands at the page's top, in a part that starts there
            }
            try {
                Part first = compose(cut.first, requests.subList(0, k), offset, jumps, false);
                if (best != null && first.cost >= best.cost) {
                    continue; // the second part cannot make it cheaper
                }
                Part p = join(cut, first, cut.second == null ? null : compose(cut.second,
                        requests.subList(k, requests.size()), offset + k, jumps, false));
                if (best == null || p.cost < best.cost) {
                    best = p;
                }
            } catch (PinException e) {
                refused = refused == null ? e : refused;
            }
        }
        if (best == null) {
            throw refused != null ? refused : new PinException(Message.of("ad.no-room"));
        }
        return best;
    }

    /**
     * Cuts across the whole width at the height that gives the first articles the room their text asks for: a
     * full-width part, and an L round the block (itself cut at the block's edges). So the part beside the block
     * need not hold exactly the articles that fit beside it: the articles over it and beside it may run deeper.
     */
    private List<Cut> across(Region r, Booking b, List<ArticleRequest> requests) {
        boolean foot = b.end() == r.line() + r.lines();
        long[] need = need(requests);
        int n = requests.size();
        int free = free(r);
        int booked = r.area() - free;
        List<Cut> out = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            double share = need[k] / (double) Math.max(1, need[n]);
            int t = r.line() + (int) Math.round((share * free + (foot ? 0 : booked)) / r.span());
            boolean fits = foot ? t > r.line() && t + 1 < b.line() - 1 : t > b.end() + 1 && t + 1 < r.line() + r.lines();
            if (fits) {
                Region upper = new Region(r.col(), r.line(), r.span(), t - r.line());
                Region lower = new Region(r.col(), t + 1, r.span(), r.line() + r.lines() - t - 1);
                out.add(new Cut(upper, lower, new Rule(true, r.col(), r.span(), t, 1), k));
            }
        }
        // the heights nearest the block's edge leave the least room over (or under) it: those few are tried
        out.sort(Comparator.comparingInt(c -> foot ? b.line() - c.rule.line() : c.rule.line() - b.end()));
        return out.subList(0, Math.min(ACROSS, out.size()));
    }

    /**
     * The ways to cut {@code r} round the block {@code b} in one of its corners: across over (or under) the block,
     * and down beside it. A block as wide as {@code r} leaves one rectangle over or under it, one as tall leaves one
     * beside it.
     */
    private static List<Cut> cuts(Region r, Booking b) {
        boolean foot = b.end() == r.line() + r.lines();
        boolean left = b.col() == r.col();
        // the lines over (or under) the block with its gap line, and the columns beside it
        int restTop = foot ? r.line() : b.end() + 1;
        int restLines = foot ? b.line() - 1 - r.line() : r.line() + r.lines() - restTop;
        int besideCol = left ? b.colEnd() : r.col();
        int besideSpan = r.span() - b.span();
        int gapLine = foot ? b.line() - 1 : b.end();
        List<Cut> out = new ArrayList<>();
        if (besideSpan <= 0 || restLines <= 0) {
            Region only = besideSpan > 0 ? new Region(besideCol, r.line(), besideSpan, r.lines())
                    : restLines > 0 ? new Region(r.col(), restTop, r.span(), restLines) : null;
            if (only != null) {
                out.add(new Cut(only, null, null));
            }
            return out;
        }
        Region across = new Region(r.col(), restTop, r.span(), restLines);
        Region beside = new Region(besideCol, foot ? b.line() : r.line(), besideSpan, b.lines());
        out.add(ordered(across, beside, new Rule(true, besideCol, besideSpan, gapLine, 1)));
        Region strip = new Region(besideCol, r.line(), besideSpan, r.lines());
        Region over = new Region(b.col(), restTop, b.span(), restLines);
        int ruleCol = left ? besideCol : b.col();
        out.add(ordered(strip, over, new Rule(false, ruleCol, 0, restTop, restLines)));
        return out;
    }

    /** The two parts in reading order: the one that starts higher first, the one further left on a tie. */
    private static Cut ordered(Region a, Region b, Rule rule) {
        boolean aFirst = a.line() < b.line() || (a.line() == b.line() && a.col() < b.col());
        return aFirst ? new Cut(a, b, rule) : new Cut(b, a, rule);
    }

    /**
     * How many articles go to the first part, most even first: the splits whose text (each article one column
     * wide with its headline and a gap line) fills the two parts' room most alike, at most {@value #SPLITS}.
     */
    private List<Integer> splits(List<ArticleRequest> requests, Cut cut) {
        int n = requests.size();
        if (cut.second == null) {
            return List.of(n);
        }
        long[] need = need(requests);
        double a1 = Math.max(1, free(cut.first));
        double a2 = Math.max(1, free(cut.second));
        List<Integer> ks = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            ks.add(k);
        }
        ks.sort(Comparator.comparingDouble(k -> Math.abs(need[k] / a1 - (need[n] - need[k]) / a2)));
        return ks.subList(0, Math.min(SPLITS, ks.size()));
    }

    private static boolean pinnedBelowTop(Region r, List<ArticleRequest> requests) {
        return r.line() > 0 && requests.stream().anyMatch(ArticleRequest::pinTop);
    }

    /** The column-lines the first {@code k} articles' text takes one column wide, headline and gap line each. */
    private static long[] need(List<ArticleRequest> requests) {
        long[] need = new long[requests.size() + 1];
        for (int i = 0; i < requests.size(); i++) {
            ArticleExtent e = requests.get(i).extentAtSpan().apply(1);
            need[i + 1] = need[i] + (e == null ? 0 : e.headlineLines() + e.bodyLines() + 1);
        }
        return need;
    }

    /** Column-lines of {@code r} no booking takes (with its gap line). */
    private int free(Region r) {
        int booked = 0;
        for (Booking b : bookings) {
            Booking in = b.within(r);
            if (in != null) {
                boolean foot = b.end() == bodyLines;
                Booking gap = new Booking(b.col(), foot ? b.line() - 1 : b.end(), b.span(), 1).within(r);
                booked += in.span() * in.lines() + (gap == null ? 0 : gap.span());
            }
        }
        return r.area() - booked;
    }

    private Part join(Cut cut, Part first, Part second) {
        if (second == null) {
            return first;
        }
        List<Module> modules = new ArrayList<>(first.modules);
        modules.addAll(second.modules);
        List<Rule> rules = new ArrayList<>(first.rules);
        rules.addAll(second.rules);
        if (first.shows() && second.shows()) {
            rules.add(cut.rule.horizontal() ? new Rule(true, cut.rule.col(), cut.rule.span(), bodyTop + cut.rule.line(), 1)
                    : new Rule(false, cut.rule.col(), 0, bodyTop + cut.rule.line(), cut.rule.lines()));
        }
        // the foot of the page: the part that reaches the area's foot over more columns tells it
        int foot = reachesFoot(cut.second) ? second.footEmpty : first.footEmpty;
        return new Part(modules, rules, first.empty + second.empty, foot, first.cost + second.cost);
    }

    private boolean reachesFoot(Region r) {
        return r.line() + r.lines() == bodyLines;
    }

    private PageMaker maker(Region r) {
        return whole.within(r.line(), r.span(), r.lines());
    }

    /** A rectangle's plan moved to the rectangle's columns, its articles numbered among the page's. */
    private static Part placed(Region r, PagePlan plan, int offset) {
        List<Module> modules = new ArrayList<>();
        for (Module m : plan.modules()) {
            modules.add(moved(m, r.col(), offset));
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule x : plan.rules()) {
            rules.add(new Rule(x.horizontal(), x.col() + r.col(), x.span(), x.line(), x.lines()));
        }
        return new Part(modules, rules, plan.emptyColumnLines(), plan.emptyLines(), plan.cost());
    }

    private static Module moved(Module m, int dc, int offset) {
        List<Leg> legs = new ArrayList<>();
        for (Leg l : m.legs()) {
            legs.add(new Leg(l.col() + dc, l.line(), l.count(), l.first()));
        }
        PhotoSlot p = m.photo();
        PhotoSlot photo = p == null ? null : new PhotoSlot(p.col() + dc, p.line(), p.span(), p.lines(), p.captionLines());
        return new Module(m.article() + offset, m.col() + dc, m.line(), m.span(), m.lines(), m.headlineLines(), photo,
                legs, m.overset(), m.bodySpan(), m.headCol() + dc, m.headSpan());
    }
}

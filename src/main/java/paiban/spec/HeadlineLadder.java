package paiban.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The sizes a headline may take by its article's {@link Rank}: each rung runs from a largest to a smallest size
 * of the 号 series, and the page maker picks within it by the room the article gets. The lead's smallest size is
 * above every other rung's largest, so the lead is always the largest headline on its page. An article whose body
 * has fewer than {@code briefChars} characters is a brief.
 */
public record HeadlineLadder(Rung lead, Rung second, Rung others, Rung briefs, int briefChars) {

    /** The ladder of a layout that names none: 初号–小初, 一号–二号, 二号–三号, 四号; briefs under 200 characters. */
    public static final HeadlineLadder DEFAULT = new HeadlineLadder(new Rung(42, 36), new Rung(26, 22),
            new Rung(22, 16), new Rung(14, 14), 200);

    /** The sizes from {@code largest} down to {@code smallest}, in pt. */
    public record Rung(float largest, float smallest) {
        public Rung {
            if (!(smallest > 0) || smallest > largest) {
                throw new IllegalArgumentException("a rung runs from its largest size down to its smallest: "
                        + largest + "–" + smallest);
            }
        }

        /** The 号 sizes within the rung, largest first; the rung's own ends always among them. */
        public List<Float> sizes() {
            List<Float> out = new ArrayList<>();
            out.add(largest);
            for (float s : Length.haoSeries()) {
                if (s < largest - 0.01f && s > smallest + 0.01f) {
                    out.add(s);
                }
            }
            if (smallest < largest - 0.01f) {
                out.add(smallest);
            }
            return out;
        }
    }

    public Rung rung(Rank rank) {
        return switch (rank) {
            case LEAD -> lead;
            case SECOND -> second;
            case OTHERS -> others;
            case BRIEF -> briefs;
        };
    }

    /**
     * The size of a kicker or subtitle under a headline of {@code headline} pt: its own style's size, but at least
     * two 号 below the headline (一号 → 三号, 二号 → 四号), so the two never read as one block; never down to the
     * body's size (at least the first 号 size 1.3 times the body), and always below the headline.
     */
    public static float underHeadline(float own, float headline, float body) {
        List<Float> series = Length.haoSeries();
        int at = 0;
        while (at < series.size() && series.get(at) > headline + 0.01f) {
            at++;
        }
        float size = Math.min(own, series.get(Math.min(series.size() - 1, at + 4)));
        float floor = series.get(0);
        for (float s : series) {
            if (s >= 1.3f * body - 0.01f) {
                floor = s;
            }
        }
        if (size < floor) {
            size = floor;
        }
        if (size >= headline - 0.01f) {
            // a headline near the floor: the next 号 below it
            size = series.get(Math.min(series.size() - 1, at + (series.get(at) < headline - 0.01f ? 0 : 1)));
        }
        return size;
    }
}

package paiban.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a page's lines into the masthead (everything before the first article) and articles. An article starts at
 * a headline: a display line (short, no sentence punctuation) followed — after an optional subtitle (——…), a column
 * tag (a 2–6 character label, below a subtitle) and a reporters' byline — by running text. A short line between a
 * headline and running text is otherwise itself the headline, the line above it the kicker. A kicker or column tag is the display line
 * directly above the headline; a line of names at the end of an article is its byline. A headline never follows a
 * sentence left unfinished: that line is the rest of the sentence.
 */
final class ArticleSegmenter {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(".{0,12}〔[0-9]{4}〕[0-9]{1,4}号");

    /** The masthead lines and the articles, in page order. */
    record Segments(List<RawLine> masthead, List<ArticleDraft> articles) {
    }

    private final List<RawLine> lines;

    private ArticleSegmenter(List<RawLine> lines) {
        this.lines = lines;
    }

    /**
     * @param units the page's lines
     * @param taken which of them are header fields already taken (they neither start nor end anything)
     */
    static Segments segment(List<RawLine> units, boolean[] taken) {
        List<RawLine> live = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (!taken[i]) {
                live.add(units.get(i));
                index.add(i);
            }
        }
        return new ArticleSegmenter(live).split(index);
    }

    private Segments split(List<Integer> index) {
        int n = lines.size();
        List<int[]> heads = new ArrayList<>(); // {headline, first body line}
        for (int k = 0; k < n; ) {
            int body = bodyAfterHead(k);
            if (body > 0) {
                heads.add(new int[] {k, body});
                k = body + 1;
            } else {
                k++;
            }
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        if (heads.isEmpty()) {
            return new Segments(List.copyOf(lines), drafts);
        }
        int mastheadEnd = heads.get(0)[0];
        int[] regionStart = new int[heads.size()];
        for (int h = 0; h < heads.size(); h++) {
            int k = heads.get(h)[0];
            int floor = h == 0 ? 0 : heads.get(h - 1)[1] + 1;
            ArticleDraft d = new ArticleDraft();
            regionStart[h] = k;
            int c = k - 1;
            if (c >= floor && index.get(c) == index.get(k) - 1 && aboveHeadline(c, h == 0)) {
                String t = lines.get(c).text();
                if (isColumnTag(t)) {
                    d.column = lines.get(c);
                } else {
                    d.kicker = lines.get(c);
                }
                regionStart[h] = c;
                if (h == 0) {
                    mastheadEnd = c;
                }
            }
            d.headline = lines.get(k);
            for (int j = k + 1; j < heads.get(h)[1]; j++) {
                String t = lines.get(j).text();
                if (d.subtitle == null && isSubtitle(t)) {
                    d.subtitle = lines.get(j);
                } else if (d.column == null && isColumnTag(t)) {
                    d.column = lines.get(j);
                } else {
                    d.byline = lines.get(j);
                }
            }
            drafts.add(d);
        }
        for (int h = 0; h < heads.size(); h++) {
            int end = h + 1 < heads.size() ? regionStart[h + 1] : n;
            drafts.get(h).body.addAll(lines.subList(heads.get(h)[1], end));
        }
        return new Segments(List.copyOf(lines.subList(0, mastheadEnd)), drafts);
    }

    /** If line {@code k} is a headline, the index of the article's first body line; else -1. */
    private int bodyAfterHead(int k) {
        String head = lines.get(k).text();
        if (!LineShape.display(head) || isSubtitle(head) || HeaderFields.looksLikeField(head)) {
            return -1; // a date or other header value on a line of its own is no headline
        }
        if (k > 0 && LineShape.unfinished(lines.get(k - 1).text())) {
            return -1;
        }
        int j = k + 1;
        boolean subtitle = false;
        boolean column = false;
        boolean reporters = false;
        while (j < lines.size()) {
            String t = lines.get(j).text();
            if (!subtitle && isSubtitle(t)) {
                subtitle = true;
            } else if (!column && subtitle && isColumnTag(t)) {
                column = true; // below the headline a label is taken as the column tag only under a subtitle
            } else if (!reporters && (Bylines.isReporterLine(t) || subtitle && Bylines.isTitledNameLine(t))) {
                reporters = true; // under a subtitle, a name with its title (国务院总理　李强) is the author's line
            } else if (captionAt(j)) {
                // a photo under the headline: its caption is no body text
            } else {
                break;
            }
            j++;
        }
        if (j >= lines.size()) {
            return -1;
        }
        String body = lines.get(j).text();
        if (!LineShape.running(body) && !Datelines.startsWithDateline(body)) {
            return -1;
        }
        if (j == k + 1 && ParagraphRepair.splitsWord(head, body)) {
            return -1; // a piece of a sentence cut inside a word, not a headline
        }
        return j;
    }

    /** Line {@code j} is a photo caption, or the description above a credit line (■ …供图). */
    private boolean captionAt(int j) {
        String t = lines.get(j).text();
        return PhotoCaptions.isCaption(t) || (j + 1 < lines.size() && PhotoCaptions.isCaption(lines.get(j + 1).text())
                && PhotoCaptions.creditOnly(lines.get(j + 1).text()) && PhotoCaptions.describes(lines.get(j)));
    }

    /** Line {@code c}, directly above a headline, is its kicker or column tag. */
    private boolean aboveHeadline(int c, boolean first) {
        String t = lines.get(c).text();
        if (!LineShape.display(t) || isSubtitle(t) || Bylines.isReporterLine(t)) {
            return false;
        }
        if (first && (MastheadLines.looksLikeMasthead(t) || HeaderFields.looksLikeField(t))) {
            return false;
        }
        // a line of names right after running text or a photo caption closes the article before: its byline
        if (c > 0 && Bylines.isNameLine(t)) {
            String before = lines.get(c - 1).text();
            return !LineShape.running(before) && !PhotoCaptions.isCaption(before);
        }
        return true;
    }

    /** 副题: ——…, a document number (国发〔2018〕43号) or a bracketed note under the headline. */
    static boolean isSubtitle(String t) {
        if (LineShape.hasStop(t) || LineShape.length(t) > LineShape.DISPLAY_MAX) {
            return false;
        }
        return t.startsWith("——") || t.startsWith("－－") || t.startsWith("—")
                || DOCUMENT_NUMBER.matcher(t).matches() || LineShape.bracketed(t);
    }

    /** 栏目: a label of two to six characters without spaces. */
    static boolean isColumnTag(String t) {
        int n = LineShape.length(t);
        return n >= 2 && n <= 6 && t.equals(LineShape.collapse(t)) && !t.contains(" ") && LineShape.display(t);
    }
}

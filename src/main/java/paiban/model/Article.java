package paiban.model;

import java.util.List;

/**
 * One article. The headline is a list of lines: one entry unless the writer forced a break. Attribute fields are
 * null when absent; {@code span} is the preferred number of base columns; {@code furniture} how it is dressed (a
 * reversed headline, a box); {@code cuttable} the paragraphs (numbered from 1) its editor allows to be cut to fit; {@code fixed} where and how large the
 * desk fixed its module by hand; {@code contents} whether the front page's guide (导读) lists it (null: as the
 * guide's default rule says).
 */
public record Article(
        List<String> headline,
        String kicker,
        String subtitle,
        String column,
        String dateline,
        String byline,
        Integer span,
        Place place,
        List<Block> body,
        SourcePos pos,
        Furniture furniture,
        List<Integer> cuttable,
        Fixed fixed,
        Boolean contents) {

    public Article {
        headline = List.copyOf(headline);
        body = List.copyOf(body);
        furniture = furniture == null ? Furniture.NONE : furniture;
        cuttable = cuttable == null ? List.of() : List.copyOf(cuttable);
        fixed = fixed == null ? Fixed.NONE : fixed;
    }

    /** An article not fixed by hand and that says nothing about the front page's guide (导读). */
    public Article(List<String> headline, String kicker, String subtitle, String column, String dateline,
                   String byline, Integer span, Place place, List<Block> body, SourcePos pos, Furniture furniture,
                   List<Integer> cuttable) {
        this(headline, kicker, subtitle, column, dateline, byline, span, place, body, pos, furniture, cuttable,
                Fixed.NONE, null);
    }

    /** The same article with another body (photos checked, a paragraph cut). */
    public Article withBody(List<Block> other, List<Integer> marks) {
        return new Article(headline, kicker, subtitle, column, dateline, byline, span, place, other, pos, furniture,
                marks, fixed, contents);
    }

    /** The same article under a column tag (栏目题): the page's 简讯 head over the first of its briefs. */
    public Article withColumn(String tag) {
        return new Article(headline, kicker, subtitle, tag, dateline, byline, span, place, body, pos, furniture,
                cuttable, fixed, contents);
    }

    /** An article with no paragraph marked cuttable. */
    public Article(List<String> headline, String kicker, String subtitle, String column, String dateline,
                   String byline, Integer span, Place place, List<Block> body, SourcePos pos, Furniture furniture) {
        this(headline, kicker, subtitle, column, dateline, byline, span, place, body, pos, furniture, List.of());
    }

    /** An article dressed plainly ({@link Furniture#NONE}). */
    public Article(List<String> headline, String kicker, String subtitle, String column, String dateline,
                   String byline, Integer span, Place place, List<Block> body, SourcePos pos) {
        this(headline, kicker, subtitle, column, dateline, byline, span, place, body, pos, Furniture.NONE);
    }

    /**
     * The article without its {@code n}th paragraph (counted from 1 among the paragraphs), which the editor marked
     * cuttable; the marks of the paragraphs after it move up one.
     */
    public Article withoutParagraph(int n) {
        List<Block> kept = new java.util.ArrayList<>();
        int k = 0;
        for (Block b : body) {
            if (b instanceof Paragraph && ++k == n) {
                continue;
            }
            kept.add(b);
        }
        List<Integer> marks = cuttable.stream().filter(c -> c != n).map(c -> c > n ? c - 1 : c).toList();
        return withBody(kept, marks);
    }

    /** The {@code n}th paragraph (from 1), or null. */
    public Paragraph paragraph(int n) {
        int k = 0;
        for (Block b : body) {
            if (b instanceof Paragraph p && ++k == n) {
                return p;
            }
        }
        return null;
    }

    /** The headline as one string, lines joined without a break, for reports and messages. */
    public String title() {
        return String.join("", headline);
    }
}

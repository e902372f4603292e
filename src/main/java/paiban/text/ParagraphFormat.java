package paiban.text;

/**
 * How to set one paragraph.
 *
 * @param measure       line length in pt
 * @param indent        first-line indent in pt (two body characters for body text)
 * @param alignment     line alignment
 * @param punctuation   width style of full-width punctuation
 * @param hanLatinSpace extra space between a Han character and adjacent Latin letters or digits, in em of the
 *                      run; 0 (newspaper look) unless designers ask for 1/8 or 1/4
 */
public record ParagraphFormat(float measure, float indent, Alignment alignment, PunctuationStyle punctuation,
                              float hanLatinSpace) {

    public ParagraphFormat {
        if (!(measure > 0)) {
            throw new IllegalArgumentException("measure must be positive: " + measure);
        }
        if (indent < 0 || indent >= measure) {
            throw new IllegalArgumentException("indent must lie in [0, measure): " + indent);
        }
        if (hanLatinSpace < 0 || hanLatinSpace > 0.5f) {
            throw new IllegalArgumentException("hanLatinSpace must lie in [0, 0.5] em: " + hanLatinSpace);
        }
        if (alignment == null || punctuation == null) {
            throw new NullPointerException("alignment and punctuation are required");
        }
    }

    /** Kaiming punctuation and no Han–Latin space: the newspaper defaults. */
    public ParagraphFormat(float measure, float indent, Alignment alignment) {
        this(measure, indent, alignment, PunctuationStyle.KAIMING, 0f);
    }

    /** Body text: justified, 2-em first-line indent, Kaiming punctuation. */
    public static ParagraphFormat body(float measure, float bodySize) {
        return new ParagraphFormat(measure, 2 * bodySize, Alignment.JUSTIFY);
    }

    /** A headline or other display line: no indent, not justified. */
    public static ParagraphFormat headline(float measure, Alignment alignment) {
        return new ParagraphFormat(measure, 0f, alignment);
    }

    public ParagraphFormat withPunctuation(PunctuationStyle style) {
        return new ParagraphFormat(measure, indent, alignment, style, hanLatinSpace);
    }

    public ParagraphFormat withHanLatinSpace(float em) {
        return new ParagraphFormat(measure, indent, alignment, punctuation, em);
    }

    public ParagraphFormat withIndent(float pt) {
        return new ParagraphFormat(measure, pt, alignment, punctuation, hanLatinSpace);
    }
}

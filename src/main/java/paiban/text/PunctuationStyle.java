package paiban.text;

/**
 * How wide full-width punctuation is set before any line adjustment (typesetting-zh §3.3). At a line end every
 * full-width mark is trimmed to half an em whatever the style (GB/T 15834 §5.1.10).
 */
public enum PunctuationStyle {
    /** 开明式: 。？！ keep a full em, every other mark is half an em. Mainland newspaper default. */
    KAIMING,
    /** 全角式: every mark a full em, only adjacent pairs compressed. */
    FULL_WIDTH,
    /** 半角式: every mark half an em; the densest setting. */
    HALF_WIDTH
}

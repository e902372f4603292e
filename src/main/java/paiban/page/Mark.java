package paiban.page;

/**
 * One thing drawn on a page. Coordinates are pt from the top-left corner of the trim, y growing downwards: the
 * renderer alone turns them into PDF space.
 */
public sealed interface Mark permits TextMark, VerticalTextMark, RuleMark, BoxMark, ImageMark, LogoMark {
}

package paiban.spec;

/**
 * The layout's newsroom furniture ({@code furniture:} section): how column tags are drawn, and the colour of the solid
 * bar a reversed (反白) head stands on: K on a black-and-white page, a colour the layout names on a colour page.
 */
public record FurnitureSpec(ColumnHeadStyle columnHead, Cmyk reverseColor) {

    /** Without a {@code furniture:} section: plain column tags, reversed heads on solid K. */
    public static final FurnitureSpec DEFAULT = new FurnitureSpec(ColumnHeadStyle.PLAIN, Cmyk.BLACK);

    public FurnitureSpec {
        columnHead = columnHead == null ? ColumnHeadStyle.PLAIN : columnHead;
        reverseColor = reverseColor == null ? Cmyk.BLACK : reverseColor;
    }
}

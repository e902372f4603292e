package paiban.spec;

import java.util.Map;

/**
 * The layout's newsroom furniture ({@code furniture:} section): how column tags are drawn, and the colour of the solid
 * bar a reversed (反白) head stands on: K on a black-and-white page, a colour the layout names on a colour page; and the
 * box styles an article may ask for by name ({@code box: 花边}), in the layout's order.
 */
public record FurnitureSpec(ColumnHeadStyle columnHead, Cmyk reverseColor, Map<String, BoxStyle> boxes,
                            String contentsBox, int contentsSpan, String briefsHead) {

    /** Without a {@code furniture:} section: plain column tags, reversed heads on solid K, no box styles. */
    public static final FurnitureSpec DEFAULT = new FurnitureSpec(ColumnHeadStyle.PLAIN, Cmyk.BLACK, Map.of());
    /** A guide (导读) is one column wide unless the layout says otherwise. */
    public static final int CONTENTS_SPAN = 1;

    /**
     * @param contentsBox  the box style a page's guide (导读) stands in, or null for none
     * @param contentsSpan the guide's width in columns
     * @param briefsHead   the column head (栏目题) every page's briefs (简讯) stand under unless the page names its own,
     *                     or null for none
     */
    public FurnitureSpec {
        columnHead = columnHead == null ? ColumnHeadStyle.PLAIN : columnHead;
        reverseColor = reverseColor == null ? Cmyk.BLACK : reverseColor;
        boxes = boxes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(boxes));
        contentsSpan = contentsSpan < 1 ? CONTENTS_SPAN : contentsSpan;
    }

    public FurnitureSpec(ColumnHeadStyle columnHead, Cmyk reverseColor, Map<String, BoxStyle> boxes,
                         String contentsBox, int contentsSpan) {
        this(columnHead, reverseColor, boxes, contentsBox, contentsSpan, null);
    }

    /** The guide in the layout's first box style (none when it names none), one column wide. */
    public FurnitureSpec(ColumnHeadStyle columnHead, Cmyk reverseColor, Map<String, BoxStyle> boxes) {
        this(columnHead, reverseColor, boxes, boxes == null || boxes.isEmpty() ? null : boxes.keySet().iterator().next(),
                CONTENTS_SPAN);
    }

    public FurnitureSpec(ColumnHeadStyle columnHead, Cmyk reverseColor) {
        this(columnHead, reverseColor, Map.of());
    }
}

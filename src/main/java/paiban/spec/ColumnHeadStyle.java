package paiban.spec;

import java.util.Arrays;

/**
 * How a column tag (栏目题) is drawn over its article, a property of the paper's look and so of the layout
 * ({@code furniture: column-head:}).
 */
public enum ColumnHeadStyle {
    /** The tag's text alone, in its style's colour. */
    PLAIN("plain"),
    /** The tag over a thin rule across the head of its module. */
    RULE("rule"),
    /** A short thick bar at the tag's left, the text beside it. */
    BAR("bar"),
    /** 栏花: a small solid square before the tag and a rule after it to the module's edge. */
    FLOWER("flower"),
    /** 反白: the tag in white on a solid block of its colour, a rule of that colour running on after it. */
    REVERSE("reverse");

    private final String key;

    ColumnHeadStyle(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The style named {@code key}, or null. */
    public static ColumnHeadStyle ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().orElse(null);
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ColumnHeadStyle::key).toList());
    }
}

package paiban.spec;

import java.util.Map;

/**
 * A page layout loaded from {@code layouts/NAME.yaml}: geometry, the depth of the masthead and the slim header,
 * a style for every role, and how the PDF is delivered (optional {@code output:} section).
 */
public record LayoutSpec(
        String name,
        String description,
        PageGeometry geometry,
        int mastheadLines,
        int headerLines,
        Map<Role, Style> styles,
        Map<String, Cmyk> colors,
        OutputSpec output) {

    public LayoutSpec {
        styles = Map.copyOf(styles);
        colors = Map.copyOf(colors);
        output = output == null ? OutputSpec.DEFAULT : output;
    }

    /** A layout delivered as the default, PDF/X-1a:2001. */
    public LayoutSpec(String name, String description, PageGeometry geometry, int mastheadLines, int headerLines,
                      Map<Role, Style> styles, Map<String, Cmyk> colors) {
        this(name, description, geometry, mastheadLines, headerLines, styles, colors, OutputSpec.DEFAULT);
    }

    public Style style(Role role) {
        return styles.get(role);
    }
}

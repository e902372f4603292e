package paiban.spec;

import java.util.Map;

/**
 * A page layout loaded from {@code layouts/NAME.yaml}: geometry, the depth of the masthead and the slim header,
 * and a style for every role.
 */
public record LayoutSpec(
        String name,
        String description,
        PageGeometry geometry,
        int mastheadLines,
        int headerLines,
        Map<Role, Style> styles,
        Map<String, Cmyk> colors) {

    public LayoutSpec {
        styles = Map.copyOf(styles);
        colors = Map.copyOf(colors);
    }

    public Style style(Role role) {
        return styles.get(role);
    }
}

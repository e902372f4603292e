package paiban.spec;

import java.util.Map;

/**
 * A page layout loaded from {@code layouts/NAME.yaml}: geometry, the depth of the masthead and the slim header,
 * a style for every role, and how the PDF is delivered (optional {@code output:} section). {@code largerBody}, when
 * the layout permits one (optional {@code grid: larger-body:}), is the same layout on the grid of a larger body size:
 * a page too thin for the base size may be set in it to fill its type area. {@code furniture} (optional
 * {@code furniture:} section) says how column tags and reversed heads are drawn. {@code logos}: artwork for the
 * paper's name and sections ({@code masthead: logo:}, {@code masthead: section-logos:}). {@code headlines} is the
 * headline ladder (optional {@code headlines:} section; {@link HeadlineLadder#DEFAULT} without one).
 */
public record LayoutSpec(
        String name,
        String description,
        PageGeometry geometry,
        int mastheadLines,
        int headerLines,
        Map<Role, Style> styles,
        Map<String, Cmyk> colors,
        OutputSpec output,
        LayoutSpec largerBody,
        FurnitureSpec furniture,
        Logos logos,
        HeadlineLadder headlines) {

    public LayoutSpec {
        styles = Map.copyOf(styles);
        colors = Map.copyOf(colors);
        output = output == null ? OutputSpec.DEFAULT : output;
        furniture = furniture == null ? FurnitureSpec.DEFAULT : furniture;
        logos = logos == null ? Logos.NONE : logos;
        headlines = headlines == null ? HeadlineLadder.DEFAULT : headlines;
    }

    /** A layout without a {@code furniture:} section or logos. */
    public LayoutSpec(String name, String description, PageGeometry geometry, int mastheadLines, int headerLines,
                      Map<Role, Style> styles, Map<String, Cmyk> colors, OutputSpec output, LayoutSpec largerBody) {
        this(name, description, geometry, mastheadLines, headerLines, styles, colors, output, largerBody, null, null);
    }

    /** A layout whose furniture is set in type, without logos. */
    public LayoutSpec(String name, String description, PageGeometry geometry, int mastheadLines, int headerLines,
                      Map<Role, Style> styles, Map<String, Cmyk> colors, OutputSpec output, LayoutSpec largerBody,
                      FurnitureSpec furniture) {
        this(name, description, geometry, mastheadLines, headerLines, styles, colors, output, largerBody, furniture,
                null);
    }

    /** A layout with the default headline ladder. */
    public LayoutSpec(String name, String description, PageGeometry geometry, int mastheadLines, int headerLines,
                      Map<Role, Style> styles, Map<String, Cmyk> colors, OutputSpec output, LayoutSpec largerBody,
                      FurnitureSpec furniture, Logos logos) {
        this(name, description, geometry, mastheadLines, headerLines, styles, colors, output, largerBody, furniture,
                logos, null);
    }

    public LayoutSpec(String name, String description, PageGeometry geometry, int mastheadLines, int headerLines,
                      Map<Role, Style> styles, Map<String, Cmyk> colors, OutputSpec output) {
        this(name, description, geometry, mastheadLines, headerLines, styles, colors, output, null);
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

package paiban.spec;

/**
 * A type style: the font family it resolves to, weight, size in pt and colour. {@code origin} is where the layout
 * names the font ({@code layouts/x.yaml:12}), for messages about a font that cannot be found; null when unknown.
 */
public record Style(String family, boolean bold, float size, Cmyk color, paiban.model.SourcePos origin) {

    public Style(String family, boolean bold, float size, Cmyk color) {
        this(family, bold, size, color, null);
    }
}

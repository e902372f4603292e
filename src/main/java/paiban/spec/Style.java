package paiban.spec;

/** A type style: the font family it resolves to, weight, size in pt and colour. */
public record Style(String family, boolean bold, float size, Cmyk color) {
}

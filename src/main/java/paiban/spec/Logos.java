package paiban.spec;

import java.util.Map;

/**
 * Artwork a layout names for its furniture: the paper's name as a logo (most papers' name is a calligraphy logo,
 * not type) and logos for sections, by section name. Each is a PDF (its first page, kept vector) or an image.
 *
 * @param masthead null when the paper's name is set in type
 */
public record Logos(Artwork masthead, Map<String, Artwork> sections) {

    public static final Logos NONE = new Logos(null, Map.of());

    public Logos {
        sections = Map.copyOf(sections);
    }

    /** The logo standing for a section's name, or null. */
    public Artwork section(String name) {
        return name == null ? null : sections.get(name);
    }
}

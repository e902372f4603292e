package paiban.galley;

import java.util.EnumMap;
import java.util.Map;
import paiban.font.Face;
import paiban.font.FontLibrary;
import paiban.spec.Cmyk;
import paiban.spec.LayoutSpec;
import paiban.spec.Role;
import paiban.spec.Style;
import paiban.text.TextStyle;

/** The layout's styles resolved to faces once, so setting an article never looks a font up again. */
public final class StyleBook {

    private final LayoutSpec spec;
    private final FontLibrary fonts;
    private final Map<Role, TextStyle> styles = new EnumMap<>(Role.class);

    public StyleBook(LayoutSpec spec, FontLibrary fonts) throws java.io.IOException {
        this.spec = spec;
        this.fonts = fonts;
        for (Role r : Role.values()) {
            Style s = spec.style(r);
            styles.put(r, new TextStyle(face(s, r, s.bold()), s.size()));
        }
    }

    public LayoutSpec spec() {
        return spec;
    }

    public TextStyle text(Role role) {
        return styles.get(role);
    }

    /** The same role at another size (headlines shrink to fit narrow modules). */
    public TextStyle text(Role role, float size) {
        return new TextStyle(styles.get(role).face(), size);
    }

    /** The bold face of a role's family, for **bold** spans in body text. */
    public TextStyle bold(Role role) throws java.io.IOException {
        Style s = spec.style(role);
        Face f = face(s, role, true);
        return new TextStyle(f, s.size());
    }

    /** The face a style names; a font that cannot be found is reported at the layout line that names it. */
    private Face face(Style s, Role role, boolean bold) {
        try {
            return fonts.face(s.family(), bold);
        } catch (paiban.font.FontException e) {
            String where = s.origin() == null ? spec.name() : s.origin();
            throw new paiban.font.FontException(where + ": style " + role.key() + ": " + e.getMessage(), e);
        }
    }

    public Cmyk color(Role role) {
        return spec.style(role).color();
    }
}

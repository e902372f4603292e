package paiban.galley;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import paiban.font.Face;
import paiban.font.FaceChain;
import paiban.font.FontException;
import paiban.font.FontLibrary;
import paiban.message.Message;
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
    private final Map<Face, FaceChain> chains = new IdentityHashMap<>();

    public StyleBook(LayoutSpec spec, FontLibrary fonts) {
        this.spec = spec;
        this.fonts = fonts;
        for (Role r : Role.values()) {
            Style s = spec.style(r);
            Face face = face(s, r, s.bold());
            styles.put(r, new TextStyle(face, s.size(), fallbacks(face)));
        }
    }

    /**
     * Where a face's missing characters come from: the layout's other families in the same weight (Serif ↔ Sans),
     * then in the other weight, then the system's Chinese faces ({@link FontLibrary#systemCjkFaces}) — each tier
     * looked at only when the ones before it lack a character.
     */
    private synchronized FaceChain fallbacks(Face primary) {
        return chains.computeIfAbsent(primary, p -> {
            Set<String> families = new LinkedHashSet<>();
            for (Role r : Role.values()) {
                families.add(spec.style(r).family());
            }
            Set<String> seen = new HashSet<>();
            seen.add(p.postScriptName());
            List<Face> layoutFaces = new ArrayList<>();
            Supplier<List<Face>> layout = () -> {
                synchronized (layoutFaces) {
                    if (layoutFaces.isEmpty()) {
                        for (boolean bold : new boolean[] {p.bold(), !p.bold()}) {
                            for (String family : families) {
                                try {
                                    Face f = fonts.face(family, bold);
                                    if (seen.add(f.postScriptName())) {
                                        layoutFaces.add(f);
                                    }
                                } catch (FontException e) {
                                    // the family has no face of this weight
                                }
                            }
                        }
                    }
                    return List.copyOf(layoutFaces);
                }
            };
            Supplier<List<Face>> system = () -> {
                layout.get(); // the layout's faces claim their names first
                synchronized (layoutFaces) {
                    return fonts.systemCjkFaces(p.bold()).stream()
                            .filter(f -> seen.add(f.postScriptName())).map(Face.class::cast).toList();
                }
            };
            return new FaceChain(List.of(layout, system));
        });
    }

    /** Every face the styles use, the bold body face included, each once. */
    public List<Face> faces() {
        Set<Face> faces = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Face> out = new ArrayList<>();
        for (TextStyle t : styles.values()) {
            if (faces.add(t.face())) {
                out.add(t.face());
            }
        }
        Face bold = bold(Role.BODY).face();
        if (faces.add(bold)) {
            out.add(bold);
        }
        return out;
    }

    public LayoutSpec spec() {
        return spec;
    }

    public TextStyle text(Role role) {
        return styles.get(role);
    }

    /** The same role at another size (headlines shrink to fit narrow modules). */
    public TextStyle text(Role role, float size) {
        return styles.get(role).withSize(size);
    }

    /** The bold face of a role's family, for **bold** spans in body text. */
    public TextStyle bold(Role role) {
        Style s = spec.style(role);
        Face f = face(s, role, true);
        return new TextStyle(f, s.size(), fallbacks(f));
    }

    /** The face a style names; a font that cannot be found is reported at the layout line that names it. */
    private Face face(Style s, Role role, boolean bold) {
        try {
            return fonts.face(s.family(), bold);
        } catch (paiban.font.FontException e) {
            Object where = s.origin() == null ? spec.name() : s.origin();
            throw new paiban.font.FontException(Message.at(where, Message.of("font.style",
                    role.key(), e.message())), e);
        }
    }

    public Cmyk color(Role role) {
        return spec.style(role).color();
    }
}

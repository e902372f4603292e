package paiban.font;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a character goes when the face a style names does not cover it: an ordered list of faces to borrow the
 * glyph from, in tiers that are looked up only when an earlier tier fails (so the system font folders are walked
 * only for a character none of the layout's own faces has). The typesetter asks {@link #faceFor} per code point
 * the style's face lacks; a character no face covers is set as the style face's .notdef and reported.
 *
 * <p>Safe to share between threads.
 */
public final class FaceChain {

    /** No fallback: a character the face lacks is its .notdef. */
    public static final FaceChain NONE = new FaceChain(List.of());

    private final List<Supplier<? extends List<? extends Face>>> tiers;
    private final List<List<? extends Face>> resolved;

    /** Tiers of faces, each asked for only when the faces of the tiers before it do not cover a character. */
    public FaceChain(List<Supplier<? extends List<? extends Face>>> tiers) {
        this.tiers = List.copyOf(tiers);
        this.resolved = new ArrayList<>();
    }

    /** A chain of the given faces, in order. */
    public static FaceChain of(List<? extends Face> faces) {
        List<? extends Face> copy = List.copyOf(faces);
        return new FaceChain(List.of(() -> copy));
    }

    /** The first face of the chain that covers the code point, or null when none does. */
    public Face faceFor(int codePoint) {
        for (int t = 0; t < tiers.size(); t++) {
            for (Face f : tier(t)) {
                if (f.covers(codePoint)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Every face of the chain, in order (resolving all tiers). */
    public List<Face> faces() {
        List<Face> all = new ArrayList<>();
        for (int t = 0; t < tiers.size(); t++) {
            all.addAll(tier(t));
        }
        return all;
    }

    private synchronized List<? extends Face> tier(int t) {
        while (resolved.size() <= t) {
            resolved.add(Objects.requireNonNullElse(tiers.get(resolved.size()).get(), List.of()));
        }
        return resolved.get(t);
    }
}

package paiban.text;

import java.util.Objects;
import paiban.font.Face;
import paiban.font.FaceChain;

/**
 * A face at a size (pt), and the faces that stand in for it, character by character, where it has no glyph
 * ({@link FaceChain#NONE}: none).
 */
public record TextStyle(Face face, float size, FaceChain fallbacks) {

    public TextStyle {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(fallbacks, "fallbacks");
    }

    public TextStyle(Face face, float size) {
        this(face, size, FaceChain.NONE);
    }

    /** The same faces at another size. */
    public TextStyle withSize(float newSize) {
        return new TextStyle(face, newSize, fallbacks);
    }

    /** The face that draws the code point: this style's own when it covers it, else the first fallback that does. */
    public Face faceFor(int codePoint) {
        if (face.covers(codePoint)) {
            return face;
        }
        Face f = fallbacks.faceFor(codePoint);
        return f == null ? face : f;
    }
}

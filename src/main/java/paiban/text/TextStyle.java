package paiban.text;

import paiban.font.Face;

/** A face at a size (pt). */
public record TextStyle(Face face, float size) {
}

package paiban.galley;

import paiban.model.SourcePos;

/**
 * A character no font of the chain covers (the style's face, the layout's other faces, the system's Chinese
 * faces): it is on the page as the face's .notdef, an empty box, and the desk must fix it — where it is in the
 * issue file, which code point, and which article.
 */
public record Uncovered(SourcePos pos, int codePoint, String article) {

    @Override
    public String toString() {
        return pos + ": " + String.format("U+%04X", codePoint) + " '" + Character.toString(codePoint)
                + "' is in no font (article \"" + article + "\"); it shows as an empty box";
    }
}

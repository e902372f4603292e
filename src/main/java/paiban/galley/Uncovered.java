package paiban.galley;

import paiban.message.Warning;
import paiban.model.SourcePos;

/**
 * A character no font of the chain covers (the style's face, the layout's other faces, the system's Chinese
 * faces): it is on the page as the face's .notdef, an empty box, and the desk must fix it — where it is in the
 * issue file, which code point, and which article.
 */
public record Uncovered(SourcePos pos, int codePoint, String article) {

    /** The character as a warning of its own kind, at its line. */
    public Warning warning() {
        return Warning.at(Warning.Code.UNCOVERED, pos, "font.uncovered", String.format("U+%04X", codePoint),
                Character.toString(codePoint), article);
    }

    @Override
    public String toString() {
        return warning().toString();
    }
}

package paiban.font;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The glyphs of one face a document shows, each with the text it stands for — what the PDF font needs for its
 * subset and its ToUnicode map. A glyph keeps the first non-empty text it was added with: one glyph can stand for
 * two texts (a font may draw U+2014 and U+2015 alike), and a PDF can map a code back to only one; copying then
 * yields the first. Not thread-safe: one collector per document being written.
 */
public final class UsedGlyphs {

    private final Map<Integer, String> texts = new TreeMap<>();

    /** Records a glyph; text may be empty for the second glyph of a sequence that maps back as a whole. */
    public void add(int glyphId, String text) {
        String known = texts.get(glyphId);
        if (known == null || (known.isEmpty() && text != null && !text.isEmpty())) {
            texts.put(glyphId, text == null ? "" : text);
        }
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** Glyph id → text, ascending by glyph id. */
    public Map<Integer, String> texts() {
        return Collections.unmodifiableMap(texts);
    }
}

package paiban.render;

import java.io.IOException;
import java.util.SortedMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import paiban.font.Face;

/** Builds the PDF font object for one face from the glyphs a document uses (glyph id → the text it stands for). */
@FunctionalInterface
public interface FontEmbedder {
    COSDictionary embed(PDDocument doc, Face face, SortedMap<Integer, String> glyphs) throws IOException;
}

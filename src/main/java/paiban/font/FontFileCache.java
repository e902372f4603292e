package paiban.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Embedded font programs (the subsets a PDF carries) kept compressed from one PDF to the next, by their bytes. Most of
 * the time a warm process ({@code --watch}) spends writing a PDF goes into Flate-compressing the font subsets; after
 * an edit that brings no glyph new to the page, or takes none away, each subset is the same bytes as before, and its
 * compressed form is taken from here. Keyed by the whole program, so only the same input ever finds an entry, and the
 * stream written is the one compressing it again would give: the PDF is byte-identical.
 *
 * <p>Bounded: the programs least recently used are dropped once the kept bytes (plain and compressed) pass
 * {@link #BUDGET}. Safe to share between threads.
 */
public final class FontFileCache {

    /** Bytes kept at most, plain and compressed together: the subsets of a few renders of a large issue. */
    static final long BUDGET = 32L << 20;

    /** A plain program as a key: equality by content, hash computed once. */
    private record Program(byte[] bytes, int hash) {
        Program(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Program p && p.hash == hash && Arrays.equals(p.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Program, byte[]> compressed = new LinkedHashMap<>(16, 0.75f, true);
    private final long budget;
    private long kept;
    private int found;

    public FontFileCache() {
        this(BUDGET);
    }

    FontFileCache(long budget) {
        this.budget = budget;
    }

    /** The Type0 font dictionary for these glyphs of the face, as {@link PdfFontResource#build} makes it. */
    public COSDictionary embed(PDDocument document, Face face, Map<Integer, String> glyphs) {
        return PdfFontResource.build(document, face, glyphs, this);
    }

    /** How many programs were found compressed so far. */
    public synchronized int found() {
        return found;
    }

    /** Bytes kept now, plain and compressed. */
    synchronized long kept() {
        return kept;
    }

    /** A Flate-compressed stream of the program: compressed now, or taken as compressed before. */
    COSStream flate(PDDocument document, byte[] program) throws IOException {
        Program key = new Program(program);
        byte[] done = take(key);
        COSStream stream = document.getDocument().createCOSStream();
        if (done == null) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(program);
            }
            try (InputStream in = stream.createRawInputStream()) {
                keep(key, in.readAllBytes());
            }
        } else {
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(done);
            }
        }
        return stream;
    }

    private synchronized byte[] take(Program key) {
        byte[] done = compressed.get(key);
        if (done != null) {
            found++;
        }
        return done;
    }

    private synchronized void keep(Program key, byte[] done) {
        if (compressed.put(key, done) == null) {
            kept += key.bytes().length + done.length;
        }
        Iterator<Map.Entry<Program, byte[]>> oldest = compressed.entrySet().iterator();
        while (kept > budget && oldest.hasNext()) {
            Map.Entry<Program, byte[]> e = oldest.next();
            kept -= e.getKey().bytes().length + e.getValue().length;
            oldest.remove();
        }
    }
}

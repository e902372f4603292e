package paiban.spec;

import java.nio.file.Path;

/**
 * How a layout's pages are delivered to the printer: the PDF/X flavour and, optionally, the printer's output
 * profile (an ICC file) to embed in the output intent.
 *
 * @param iccProfile null unless the layout names one; PDF/X-1a does not need it (the output condition is a
 *                   registered name), PDF/X-4 does
 */
public record OutputSpec(Pdfx pdfx, Path iccProfile) {

    /** The PDF/X flavours the engine writes. */
    public enum Pdfx {
        /** ISO 15930-1: PDF 1.3, CMYK and spot only, no transparency. What newspaper plants ask for. */
        X1A_2001("X-1a"),
        /** ISO 15930-7: PDF 1.6, transparency and ICC colour allowed, XMP metadata. */
        X4("X-4");

        private final String key;

        Pdfx(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Pdfx ofKey(String s) {
            for (Pdfx p : values()) {
                if (p.key.equalsIgnoreCase(s.strip())) {
                    return p;
                }
            }
            return null;
        }
    }

    public static final OutputSpec DEFAULT = new OutputSpec(Pdfx.X1A_2001, null);

    public OutputSpec {
        pdfx = pdfx == null ? Pdfx.X1A_2001 : pdfx;
    }
}

package paiban.spec;

import java.nio.file.Path;

/**
 * How a layout's pages are delivered to the printer: the PDF/X flavour and, optionally, the printer's output
 * profile (an ICC file) to embed in the output intent.
 *
 * @param iccProfile null unless the layout names one; PDF/X-1a does not need it (the output condition is a
 *                   registered name), PDF/X-4 does
 * @param colour     the pages print in colour (top-level {@code colour: true}; an issue's page may say otherwise):
 *                   colour photos are separated into CMYK, else every photo prints in black alone
 */
public record OutputSpec(Pdfx pdfx, Path iccProfile, boolean colour) {

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

    public static final OutputSpec DEFAULT = new OutputSpec(Pdfx.X1A_2001, null, false);

    /** Pages in black. */
    public OutputSpec(Pdfx pdfx, Path iccProfile) {
        this(pdfx, iccProfile, false);
    }

    public OutputSpec {
        pdfx = pdfx == null ? Pdfx.X1A_2001 : pdfx;
    }
}

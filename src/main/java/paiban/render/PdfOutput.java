package paiban.render;

import java.time.ZonedDateTime;
import paiban.spec.OutputSpec;

/**
 * How to write the PDF: the layout's output section (PDF/X flavour, output profile), whether to add printer's
 * marks in a slug area, and the creation date written into the document (the date by default, so the same
 * input gives the same bytes; the clock only with {@code --timestamp}).
 */
public record PdfOutput(OutputSpec spec, boolean marks, ZonedDateTime created) {

    /** PDF/X-1a, no marks, dated 2000-01-01 (callers that know the issue date pass it). */
    public static final PdfOutput DEFAULT = new PdfOutput(OutputSpec.DEFAULT, false, null);

    public PdfOutput {
        spec = spec == null ? OutputSpec.DEFAULT : spec;
        created = created == null ? ZonedDateTime.parse("2000-01-01T00:00:00+08:00") : created;
    }

    public boolean x4() {
        return spec.pdfx() == OutputSpec.Pdfx.X4;
    }
}

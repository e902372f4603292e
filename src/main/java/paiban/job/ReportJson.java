package paiban.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PhotoSlot;
import paiban.flow.Jump;
import paiban.flow.Overset;
import paiban.galley.ArticleGalley;
import paiban.galley.Uncovered;
import paiban.message.Language;
import paiban.message.Warning;
import paiban.model.Photo;
import paiban.model.SourcePos;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;

/**
 * The machine-readable report of a run ({@code --report report.json}): per page, each module's rectangle in grid
 * units, its legs, its photo and crop, jumps, the empty lines and each photo file's real crop; then overset,
 * warnings (objects with a stable code, see {@link Warning}) and the characters no font covers. Written on every
 * exit once the issue was read: a run stopped by the user's mistake writes what it knows and the error.
 */
public final class ReportJson {

    /**
     * Version of the report's format (docs/report.schema.json): raised when a field is removed or changes meaning,
     * so a newsroom pipeline can refuse a report it does not understand.
     */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The report's messages are English whatever the run's language: a pipeline reads the codes, and the same input
     * gives the same report on every machine. The command prints the same warnings in the run's language.
     */
    static final Language REPORT_LANGUAGE = Language.EN;

    private ReportJson() {
    }

    public static String write(LayoutReport report, PageGeometry g) {
        return write(report, g, null, List.of());
    }

    /** The report of a layout whose inside pages may be set at its larger body size, on that size's grid. */
    public static String write(LayoutReport report, LayoutSpec spec) {
        return write(report, spec, List.of());
    }

    /**
     * As {@link #write(LayoutReport, LayoutSpec)}, with the warnings printed before the layout ran (reading the
     * issue, its pages' layouts) first among the warnings.
     */
    public static String write(LayoutReport report, LayoutSpec spec, List<Warning> earlier) {
        return write(report, spec.geometry(), spec.largerBody() == null ? null : spec.largerBody().geometry(), earlier);
    }

    /**
     * The report of a run that stopped on the user's mistake once the issue was read: what is known (its title and
     * the warnings printed so far), no pages, and the error.
     */
    public static String failed(paiban.model.Issue issue, List<Warning> warnings, paiban.UserError error) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\n  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n  \"title\": ")
                .append(str(LayoutJob.title(issue))).append(",\n  \"pages\": [],\n  \"overset\": [],");
        warnings(sb, warnings);
        sb.append(",\n  \"uncovered\": [],\n  \"error\": ");
        SourcePos at = error.message().position();
        sb.append("{\"file\": ").append(str(at == null || at.file() == null ? null : at.file().toString()))
                .append(", \"line\": ").append(at == null ? null : at.line())
                .append(", \"message\": ").append(str(error.message().withoutPosition().render(REPORT_LANGUAGE)))
                .append("}\n}\n");
        return sb.toString();
    }

    private static String write(LayoutReport report, PageGeometry g, PageGeometry larger, List<Warning> earlier) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n  \"title\": ").append(str(report.title())).append(",\n  \"pages\": [");
        String sep = "\n";
        for (PageLayout p : report.pages()) {
            sb.append(sep);
            // a photo's crop is reckoned on the grid the page was set on
            page(sb, p, larger != null && p.bodySize() == larger.bodySize() && p.bodySize() != g.bodySize() ? larger : g);
            sep = ",\n";
        }
        sb.append("\n  ],\n  \"overset\": [");
        for (int i = 0; i < report.overset().size(); i++) {
            Overset o = report.overset().get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"page\": ").append(o.page()).append(", \"article\": ")
                    .append(str(o.article())).append(", \"source\": ").append(str(o.where())).append(", \"lines\": ")
                    .append(o.lines()).append(", \"characters\": ").append(o.characters()).append(", \"from\": ")
                    .append(str(o.firstWords())).append(", \"photos\": [")
                    .append(String.join(", ", o.photos().stream().map(ReportJson::str).toList())).append("]}");
        }
        sb.append("],");
        List<Warning> warnings = new ArrayList<>();
        warnings.addAll(earlier);
        warnings.addAll(report.warnings());
        report.uncovered().forEach(u -> warnings.add(u.warning()));
        warnings(sb, warnings);
        sb.append(",\n  \"uncovered\": [");
        for (int i = 0; i < report.uncovered().size(); i++) {
            Uncovered u = report.uncovered().get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"codePoint\": ").append(u.codePoint())
                    .append(", \"character\": ").append(str(Character.toString(u.codePoint())))
                    .append(", \"file\": ").append(str(u.pos().file() == null ? null : u.pos().file().toString()))
                    .append(", \"line\": ").append(u.pos().line()).append(", \"article\": ").append(str(u.article()))
                    .append('}');
        }
        sb.append("]\n}\n");
        return sb.toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f", 100 * share);
    }

    private static void warnings(StringBuilder sb, List<Warning> warnings) {
        sb.append("\n  \"warnings\": [");
        for (int i = 0; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"code\": ").append(str(w.code().key()))
                    .append(", \"file\": ").append(str(w.file())).append(", \"line\": ").append(w.line())
                    .append(", \"message\": ").append(str(w.message().render(REPORT_LANGUAGE))).append('}');
        }
        sb.append(']');
    }

    /** One page: its body area, size and empty lines, its modules, and the jumps it sends on. */
    private static void page(StringBuilder sb, PageLayout p, PageGeometry g) {
        sb.append("    {\"page\": ").append(p.page().number()).append(", \"name\": ").append(str(p.page().name()))
                .append(", \"bodyTop\": ").append(p.plan().bodyTop()).append(", \"bodyLines\": ").append(p.plan().bodyLines())
                .append(", \"emptyLinesAtFoot\": ").append(p.plan().emptyLines())
                .append(", \"holeColumnLines\": ").append(p.plan().emptyColumnLines())
                .append(", \"whitePercent\": ").append(percent(p.white().emptyShare()))
                .append(", \"holePercent\": ").append(percent(p.white().holeShare()))
                .append(", \"bodySize\": ").append(p.bodySize()).append(",\n     \"modules\": [");
        String msep = "\n";
        for (Module m : p.plan().modules()) {
            ArticleGalley galley = p.galleys().get(m.article());
            if (galley == null) {
                continue;
            }
            sb.append(msep);
            module(sb, m, galley, g);
            msep = ",\n";
        }
        sb.append("],\n     \"jumps\": [");
        for (int i = 0; i < p.jumps().size(); i++) {
            Jump j = p.jumps().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"article\": ").append(str(j.article())).append(", \"toPage\": ")
                    .append(j.toPage()).append(", \"lines\": ").append(j.lines()).append('}');
        }
        sb.append("],\n     \"crops\": [");
        for (int i = 0; i < p.crops().size(); i++) {
            PhotoCrop c = p.crops().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"file\": ").append(str(c.file()))
                    .append(", \"fileAspect\": ").append(number(c.fileAspect()))
                    .append(", \"printedAspect\": ").append(number(c.printedAspect()))
                    .append(", \"aspectChange\": ").append(number(c.aspectChange()))
                    .append(", \"widthMm\": ").append(String.format(Locale.ROOT, "%.1f", c.widthMm()))
                    .append(", \"heightMm\": ").append(String.format(Locale.ROOT, "%.1f", c.heightMm())).append('}');
        }
        sb.append("]}");
    }

    /** One module in grid units (columns and lines counted from 1): its rectangle, headline block, legs, photo. */
    private static void module(StringBuilder sb, Module m, ArticleGalley galley, PageGeometry g) {
        sb.append("       {\"article\": ").append(str(galley.article().title()))
                .append(", \"source\": ").append(str(String.valueOf(galley.article().pos())))
                .append(", \"column\": ").append(m.col() + 1).append(", \"line\": ").append(m.line() + 1)
                .append(", \"columns\": ").append(m.span()).append(", \"bodyColumns\": ").append(m.bodySpan())
                .append(", \"lines\": ").append(m.lines())
                .append(", \"headlineLines\": ").append(m.headlineLines())
                .append(", \"headlineColumn\": ").append(m.headCol() + 1)
                .append(", \"headlineColumns\": ").append(m.headSpan())
                .append(", \"bodyLines\": ").append(galley.bodyLines())
                .append(", \"oversetLines\": ").append(m.overset()).append(", \"legs\": [");
        List<Leg> legs = m.legs();
        for (int i = 0; i < legs.size(); i++) {
            Leg l = legs.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"column\": ").append(l.col() + 1).append(", \"line\": ")
                    .append(l.line() + 1).append(", \"lines\": ").append(l.count()).append('}');
        }
        sb.append(']');
        PhotoSlot ph = m.photo();
        if (ph != null) {
            double width = g.spanWidth(ph.span());
            // each picture's share of the slot less its air (gap line, space between stacked photos)
            double height = ph.lines() * g.linePitch() - galley.photoAir();
            double crop = PhotoCrop.slotChange(ph, galley, g);
            sb.append(", \"photo\": {\"column\": ").append(ph.col() + 1).append(", \"columns\": ").append(ph.span())
                    .append(", \"lines\": ").append(ph.lines()).append(", \"captionLines\": ").append(ph.captionLines())
                    .append(", \"aspectChange\": ").append(String.format(Locale.ROOT, "%.3f", crop))
                    .append(", \"widthMm\": ").append(mm(width)).append(", \"heightMm\": ").append(mm(height))
                    .append(", \"maxColumns\": ").append(galley.photoLimits().widest(m.bodySpan()));
            String stated = stated(galley.photos());
            if (stated != null) {
                sb.append(", \"size\": ").append(str(stated));
            }
            sb.append('}');
        }
        sb.append('}');
    }

    /** Millimetres to a tenth, from points. */
    private static String mm(double points) {
        return String.format(Locale.ROOT, "%.1f", points * 25.4 / 72);
    }

    /** The size the issue gave the article's photos, as it may be written again ({@code 2x20}, 头像), or null. */
    private static String stated(List<Photo> photos) {
        String size = null;
        boolean head = false;
        for (Photo p : photos) {
            size = size == null && p.size() != null ? p.size().toString() : size;
            head |= p.headShot();
        }
        return head ? (size == null ? "头像" : size + " 头像") : size;
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

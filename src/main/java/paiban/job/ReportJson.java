package paiban.job;

import java.util.List;
import java.util.Locale;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PhotoSlot;
import paiban.flow.Jump;
import paiban.flow.Overset;
import paiban.galley.ArticleGalley;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;

/**
 * The machine-readable report of a run ({@code --report report.json}): per page, each module's rectangle in grid
 * units, its legs, its photo and crop, jumps, overset and the empty lines; then warnings.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static String write(LayoutReport report, PageGeometry g) {
        return write(report, g, null);
    }

    /** The report of a layout whose inside pages may be set at its larger body size, on that size's grid. */
    public static String write(LayoutReport report, LayoutSpec spec) {
        return write(report, spec.geometry(), spec.largerBody() == null ? null : spec.largerBody().geometry());
    }

    private static String write(LayoutReport report, PageGeometry g, PageGeometry larger) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n  \"title\": ").append(str(report.title())).append(",\n  \"pages\": [");
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
        sb.append("],\n  \"warnings\": [");
        for (int i = 0; i < report.warnings().size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(str(report.warnings().get(i)));
        }
        sb.append("]\n}\n");
        return sb.toString();
    }

    /** One page: its body area, size and empty lines, its modules, and the jumps it sends on. */
    private static void page(StringBuilder sb, PageLayout p, PageGeometry g) {
        sb.append("    {\"page\": ").append(p.page().number()).append(", \"name\": ").append(str(p.page().name()))
                .append(", \"bodyTop\": ").append(p.plan().bodyTop()).append(", \"bodyLines\": ").append(p.plan().bodyLines())
                .append(", \"emptyLinesAtFoot\": ").append(p.plan().emptyLines())
                .append(", \"holeColumnLines\": ").append(p.plan().emptyColumnLines())
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
            double crop = (width / height) / galley.photoAspect() - 1;
            sb.append(", \"photo\": {\"column\": ").append(ph.col() + 1).append(", \"columns\": ").append(ph.span())
                    .append(", \"lines\": ").append(ph.lines()).append(", \"captionLines\": ").append(ph.captionLines())
                    .append(", \"aspectChange\": ").append(String.format(Locale.ROOT, "%.3f", crop)).append('}');
        }
        sb.append('}');
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

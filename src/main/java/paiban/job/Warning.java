package paiban.job;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paiban.galley.Uncovered;

/**
 * One warning of a run as the report gives it: a stable {@code code} per kind, so a pipeline can act on a kind
 * without reading the wording; the issue file and line when the warning names one (else null); and the text after
 * that position. The command prints the same warning as one line, {@code FILE:LINE: text}.
 */
public record Warning(String code, String file, Integer line, String message) {

    /** A code for any warning no kind below matches: the wording may change, the code does not. */
    public static final String OTHER = "other";

    /** A character no font covers. */
    public static final String UNCOVERED = "uncovered";

    /** "FILE:LINE: text", the form every positioned message takes. */
    private static final Pattern POSITIONED = Pattern.compile("(.+?):(\\d+): (.*)", Pattern.DOTALL);

    /** Each kind: its code and a phrase only its warnings contain. The first that matches wins. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"photo-missing", " not found; a grey placeholder"},
            new String[] {"photo-low-dpi", " dpi at its placed size"},
            new String[] {"pdfx-profile", "PDF/X-4 needs the printer's output profile"},
            new String[] {"too-many-articles", " articles; only the first "},
            new String[] {"unprinted-attribute", "' is not printed: "},
            new String[] {"unknown-attribute", "' is not an article attribute"},
            new String[] {"attribute-as-text", "' looks like an attribute but stands"},
            new String[] {"page-layout-unused", "' is not used: a run lays every page out on one layout"},
            new String[] {"invisible-removed", "): it prints nothing"},
            new String[] {"encoding", ": read as "},
            new String[] {"moved", "moved from 第"},
            new String[] {"underfull", "版 underfull: "},
            new String[] {"empty-page", "版 is nearly empty ("},
            new String[] {"pin-not-held", ": " + paiban.flow.PagePlanner.PIN_NOT_HELD + ": "},
            new String[] {"cut", "\": cut paragraph "});

    /** Every code a warning may have (docs/report.schema.json lists the same). */
    public static final List<String> CODES = java.util.stream.Stream.concat(KINDS.stream().map(k -> k[0]),
            java.util.stream.Stream.of(UNCOVERED, OTHER)).toList();

    /** A warning as the run printed it, its position and kind read back from the text. */
    public static Warning parse(String text) {
        String code = OTHER;
        for (String[] kind : KINDS) {
            if (text.contains(kind[1])) {
                code = kind[0];
                break;
            }
        }
        Matcher m = POSITIONED.matcher(text);
        if (m.matches() && !m.group(1).contains(": ")) { // a path may hold spaces, not ": "
            return new Warning(code, m.group(1), Integer.valueOf(m.group(2)), m.group(3));
        }
        return new Warning(code, null, null, text);
    }

    /** A character no font covers, as a warning of its own kind. */
    public static Warning of(Uncovered u) {
        String text = u.toString();
        String at = u.pos() + ": ";
        return new Warning(UNCOVERED, u.pos().file() == null ? null : u.pos().file().toString(), u.pos().line(),
                text.startsWith(at) ? text.substring(at.length()) : text);
    }
}

package paiban.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The layout facts of a run's report (--report), as a snapshot a reviewer can read: the report's own keys and
 * order, one page, module and overset entry per line, without the entries that change when no module moved (the
 * issue's title, source lines, the overset's first words, warnings, uncovered characters, photo crops, the report
 * format's version), nor a photo's millimetres and limits (its columns and lines say where it stands).
 */
final class LayoutSnapshot {

    /** Keys left out: they follow edits to the text, the messages or the report's format, not the layout. */
    private static final Set<String> VOLATILE = Set.of("title", "source", "from", "warnings", "schemaVersion",
            "uncovered", "crops", "error", "widthMm", "heightMm", "maxColumns", "size");
    /** Lists written one entry per line. */
    private static final Set<String> BLOCK_LISTS = Set.of("pages", "modules", "overset");

    private LayoutSnapshot() {
    }

    static String of(String reportJson) {
        // JSON is YAML: SnakeYAML reads the report into maps that keep its key order.
        Object report = new Yaml(new SafeConstructor(new LoaderOptions())).load(reportJson);
        StringBuilder sb = new StringBuilder();
        value(sb, report, "", 0);
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object v, String key, int indent) {
        if (v instanceof Map<?, ?> map) {
            boolean top = indent == 0;
            sb.append('{');
            String sep = top ? "\n  " : "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (VOLATILE.contains(k)) {
                    continue;
                }
                sb.append(sep).append(quote(k)).append(": ");
                value(sb, e.getValue(), k, indent + 2);
                sep = top ? ",\n  " : ", ";
            }
            sb.append(top ? "\n}" : "}");
        } else if (v instanceof List<?> list) {
            boolean block = BLOCK_LISTS.contains(key) && !list.isEmpty();
            String pad = "\n" + " ".repeat(indent + 2);
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(block ? pad : i == 0 ? "" : ", ");
                value(sb, list.get(i), "", indent + 2);
                sb.append(block && i < list.size() - 1 ? "," : "");
            }
            sb.append(block ? "\n" + " ".repeat(indent) + "]" : "]");
        } else if (v instanceof String s) {
            sb.append(quote(s));
        } else if (v instanceof Double d) {
            sb.append(new BigDecimal(d.toString()).stripTrailingZeros().toPlainString());
        } else {
            sb.append(v);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

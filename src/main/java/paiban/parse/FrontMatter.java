package paiban.parse;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import paiban.model.IssueInfo;
import paiban.model.SourcePos;

/**
 * The YAML front matter: issue-level fields. SnakeYAML only composes the node tree (nothing is constructed), and every
 * scalar is taken as the text the writer typed, so {@code 21-465}, {@code 14-0015} or {@code 2025-05-16} never turn
 * into numbers or dates behind our back; each key is then converted by its own rule here.
 */
final class FrontMatter {
    static final List<String> KEYS = List.of("paper", "layout", "date", "number", "serial", "cn", "postal-code",
            "pages", "founded", "motto", "honors", "supervisor", "publisher", "website", "email", "price",
            "label-colon", "permit");

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern CN = Pattern.compile("[0-9]{2}-[0-9]{4}(/[A-Za-z0-9.]+)?");

    private final List<String> lines;
    private final int first;
    private final Path name;

    /** A key as written: the line (index into the file's lines) of the key, and its value node. */
    private record Entry(int line, Node value) {
    }

    private FrontMatter(List<String> lines, int first, Path name) {
        this.lines = lines;
        this.first = first;
        this.name = name;
    }

    /**
     * Parses the YAML held by {@code lines[first, end)}: the lines between the opening and the closing {@code ---}.
     */
    static IssueInfo parse(List<String> lines, int first, int end, Path name) throws IssueFormatException {
        return new FrontMatter(lines, first, name).read(end);
    }

    private IssueInfo read(int end) throws IssueFormatException {
        // Chinese keys and full-width colons are aliases (AttributeKeys.FRONT); YAML knows neither.
        String yamlText = String.join("\n", lines.subList(first, end).stream().map(AttributeKeys::frontMatterLine).toList());
        Node root;
        try {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            root = yaml.compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int at = mark == null ? first : Math.min(first + mark.getLine(), Math.max(first, end - 1));
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw error(at, "YAML syntax error in front matter: " + oneLine(problem));
        } catch (YAMLException e) {
            throw error(first, "YAML error in front matter: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            return IssueInfo.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(lineOf(root), "front matter must be 'key: value' lines");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int at = lineOf(keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw error(at, "front matter keys must be plain words");
            }
            String key = keyScalar.getValue();
            if (!KEYS.contains(key)) {
                throw error(at, "unknown key '" + key + "' in front matter");
            }
            Entry previous = entries.putIfAbsent(key, new Entry(at, tuple.getValueNode()));
            if (previous != null) {
                throw error(at, "duplicate key '" + key + "' in front matter (first on line " + (previous.line + 1)
                        + ")");
            }
        }
        return new IssueInfo(
                text(entries, "paper"),
                text(entries, "layout"),
                date(entries, "date"),
                whole(entries, "number", "the issue number 第N期"),
                whole(entries, "serial", "the running number 总第N期"),
                cn(entries, "cn"),
                text(entries, "postal-code"),
                whole(entries, "pages", "the page count 今日N版"),
                whole(entries, "founded", "the founding year"),
                text(entries, "motto"),
                list(entries, "honors"),
                text(entries, "supervisor"),
                text(entries, "publisher"),
                text(entries, "website"),
                text(entries, "email"),
                text(entries, "price"),
                colon(entries, "label-colon"),
                permit(entries, "permit"));
    }

    /** 内部资料准印证: free text, but a paper has it instead of a CN number, never beside one. */
    private String permit(Map<String, Entry> entries, String key) throws IssueFormatException {
        String value = text(entries, key);
        if (value != null && entries.containsKey("cn")) {
            throw error(entries.get(key).line, "'" + key + "' (内部资料准印证) is for a paper without a CN number;"
                    + " this front matter has 'cn' too: keep one of them");
        }
        return value;
    }

    /** The header band's label colon: {@code ":"} (half-width) or {@code "："} (full-width). */
    private String colon(Map<String, Entry> entries, String key) throws IssueFormatException {
        String v = text(entries, key);
        if (v != null && !v.equals(":") && !v.equals("：")) {
            throw error(entries.get(key).line, "'" + key + "' is the colon after a header band label: \":\" or \"：\","
                    + " not '" + v + "'");
        }
        return v;
    }

    private String text(Map<String, Entry> entries, String key) throws IssueFormatException {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (!(e.value instanceof ScalarNode scalar)) {
            throw error(e.line, "'" + key + "' must be a single text value, not a list or a mapping");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error(e.line, "empty value for '" + key + "' in front matter (leave the key out instead)");
        }
        return value;
    }

    private Integer whole(Map<String, Entry> entries, String key, String what) throws IssueFormatException {
        String value = text(entries, key);
        if (value == null) {
            return null;
        }
        if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) == 0) {
            throw error(entries.get(key).line, "'" + key + "' must be a whole number above 0 (" + what + ")");
        }
        return Integer.parseInt(value);
    }

    private LocalDate date(Map<String, Entry> entries, String key) throws IssueFormatException {
        String value = text(entries, key);
        if (value == null) {
            return null;
        }
        var m = DATE.matcher(value);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException ignored) {
            // falls through to the error below
        }
        throw error(entries.get(key).line, "'" + key + "' must be a real date written YYYY-MM-DD");
    }

    private String cn(Map<String, Entry> entries, String key) throws IssueFormatException {
        String value = text(entries, key);
        if (value != null && !CN.matcher(value).matches()) {
            throw error(entries.get(key).line,
                    "'" + key + "' must look like 14-0015: two digits, a hyphen, four digits, optionally /suffix"
                            + " (a 内部资料准印证 goes in 'permit:')");
        }
        return value;
    }

    private List<String> list(Map<String, Entry> entries, String key) throws IssueFormatException {
        Entry e = entries.get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value instanceof ScalarNode) {
            return List.of(text(entries, key));
        }
        if (!(e.value instanceof SequenceNode sequence)) {
            throw error(e.line, "'" + key + "' must be a list of text, or one text");
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw error(lineOf(item), "every item of '" + key + "' must be non-empty text");
            }
            out.add(scalar.getValue().strip());
        }
        return out;
    }

    private int lineOf(Node node) {
        return first + node.getStartMark().getLine();
    }

    private IssueFormatException error(int lineIndex, String reason) {
        return new IssueFormatException(new SourcePos(name, lineIndex + 1), reason, lines.get(lineIndex));
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable YAML" : s.replaceAll("\\s+", " ").strip();
    }
}

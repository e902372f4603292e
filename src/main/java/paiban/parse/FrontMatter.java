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
import paiban.message.Message;
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
            throw error(at, "front.yaml-syntax", oneLine(problem));
        } catch (YAMLException e) {
            throw error(first, "front.yaml-error", oneLine(e.getMessage()));
        }
        if (root == null) {
            return IssueInfo.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(lineOf(root), "front.not-mapping");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int at = lineOf(keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw error(at, "front.key-plain");
            }
            String key = keyScalar.getValue();
            if (!KEYS.contains(key)) {
                throw error(at, "front.unknown-key", key);
            }
            Entry previous = entries.putIfAbsent(key, new Entry(at, tuple.getValueNode()));
            if (previous != null) {
                throw error(at, "front.duplicate-key", key, previous.line + 1);
            }
        }
        return new IssueInfo(
                text(entries, "paper"),
                text(entries, "layout"),
                date(entries, "date"),
                whole(entries, "number", "front.what.number"),
                whole(entries, "serial", "front.what.serial"),
                cn(entries, "cn"),
                text(entries, "postal-code"),
                whole(entries, "pages", "front.what.pages"),
                whole(entries, "founded", "front.what.founded"),
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
            throw error(entries.get(key).line, "front.permit-and-cn", key);
        }
        return value;
    }

    /** The header band's label colon: {@code ":"} (half-width) or {@code "："} (full-width). */
    private String colon(Map<String, Entry> entries, String key) throws IssueFormatException {
        String v = text(entries, key);
        if (v != null && !v.equals(":") && !v.equals("：")) {
            throw error(entries.get(key).line, "front.colon", key, v);
        }
        return v;
    }

    private String text(Map<String, Entry> entries, String key) throws IssueFormatException {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (!(e.value instanceof ScalarNode scalar)) {
            throw error(e.line, "front.text", key);
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error(e.line, "front.empty", key);
        }
        return value;
    }

    private Integer whole(Map<String, Entry> entries, String key, String what) throws IssueFormatException {
        String value = text(entries, key);
        if (value == null) {
            return null;
        }
        if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) == 0) {
            throw error(entries.get(key).line, "front.whole", key, Message.of(what));
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
        throw error(entries.get(key).line, "front.date", key);
    }

    private String cn(Map<String, Entry> entries, String key) throws IssueFormatException {
        String value = text(entries, key);
        if (value != null && !CN.matcher(value).matches()) {
            throw error(entries.get(key).line, "front.cn", key);
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
            throw error(e.line, "front.list", key);
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw error(lineOf(item), "front.list-item", key);
            }
            out.add(scalar.getValue().strip());
        }
        return out;
    }

    private int lineOf(Node node) {
        return first + node.getStartMark().getLine();
    }

    private IssueFormatException error(int lineIndex, String key, Object... args) {
        return new IssueFormatException(new SourcePos(name, lineIndex + 1), Message.of(key, args), lines.get(lineIndex));
    }

    private static String oneLine(String s) {
        return s == null ? "?" : s.replaceAll("\\s+", " ").strip();
    }
}

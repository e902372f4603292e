package paiban.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a layout file. The YAML is read as a node tree (not as Java maps) so that every complaint can name the line
 * of the offending key or value.
 */
public final class LayoutLoader {

    private static final Set<String> TOP = Set.of("name", "description", "page", "grid", "masthead", "fonts", "colors",
            "styles", "output", "furniture");
    private static final Set<String> PAGE = Set.of("trim-width", "trim-height", "bleed", "margin-top", "margin-bottom");
    private static final Set<String> GRID = Set.of("columns", "column-chars", "gutter-chars", "body-size", "line-pitch",
            "larger-body");
    private static final Set<String> LARGER_BODY = Set.of("body-size", "column-chars", "line-pitch");
    private static final Set<String> MASTHEAD = Set.of("lines", "header-lines");
    private static final Set<String> STYLE = Set.of("font", "bold", "size", "color");
    private static final Set<String> OUTPUT = Set.of("pdfx", "icc-profile");
    private static final Set<String> FURNITURE = Set.of("column-head", "reverse-color", "boxes");
    private static final Set<String> BOX = Set.of("frame", "tint");

    private final String file;

    private LayoutLoader(String file) {
        this.file = file;
    }

    /**
     * Finds a layout by file path or by name. A name is looked up as {@code layouts/NAME.yaml} in each search
     * folder in turn, then among the layouts built into the engine.
     */
    public static LayoutSpec resolve(String nameOrFile, List<Path> searchFolders) throws LayoutException {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")) {
            if (!Files.isRegularFile(asFile)) {
                throw new LayoutException(nameOrFile + ": layout file not found");
            }
            return load(asFile);
        }
        for (Path folder : searchFolders) {
            Path p = folder.resolve(nameOrFile + ".yaml");
            if (Files.isRegularFile(p)) {
                return load(p);
            }
        }
        InputStream in = LayoutLoader.class.getResourceAsStream("/layouts/" + nameOrFile + ".yaml");
        if (in != null) {
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new LayoutLoader("layouts/" + nameOrFile + ".yaml").read(r);
            } catch (IOException e) {
                throw new LayoutException("layouts/" + nameOrFile + ".yaml: " + e.getMessage());
            }
        }
        throw new LayoutException("no layout named \"" + nameOrFile + "\" (looked for " + nameOrFile
                + ".yaml in " + searchFolders + " and among the built-in layouts broadsheet, tabloid)");
    }

    public static LayoutSpec load(Path path) throws LayoutException {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new LayoutLoader(path.toString()).read(r);
        } catch (IOException e) {
            throw new LayoutException(path + ": cannot read layout file: " + e.getMessage());
        }
    }

    public static LayoutSpec parse(String yaml, String nameForMessages) throws LayoutException {
        return new LayoutLoader(nameForMessages).read(new java.io.StringReader(yaml));
    }

    private LayoutSpec read(Reader reader) throws LayoutException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new LayoutException(file + ":" + (m == null ? 1 : m.getLine() + 1) + ": not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new LayoutException(file + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            throw new LayoutException(file + ":1: a layout file is a mapping of keys (name, page, grid, styles …)");
        }
        Map<String, Node> t = mapping(top, TOP, "layout");
        Map<String, Node> page = mapping(require(t, "page", top), PAGE, "page");
        Map<String, Node> grid = mapping(require(t, "grid", top), GRID, "grid");
        Map<String, Node> mast = t.containsKey("masthead") ? mapping(t.get("masthead"), MASTHEAD, "masthead") : Map.of();

        float trimW = length(require(page, "trim-width", top));
        float trimH = length(require(page, "trim-height", top));
        float bleed = page.containsKey("bleed") ? length(page.get("bleed")) : 3 * Length.MM;
        float marginTop = length(require(page, "margin-top", top));
        float marginBottom = length(require(page, "margin-bottom", top));
        int columns = positiveInt(require(grid, "columns", top));
        int columnChars = positiveInt(require(grid, "column-chars", top));
        int gutterChars = positiveInt(require(grid, "gutter-chars", top));
        float bodySize = length(require(grid, "body-size", top));
        float pitch = length(require(grid, "line-pitch", top));
        if (pitch < bodySize) {
            throw error(grid.get("line-pitch"), "line-pitch must be at least the body size (" + bodySize + " pt)");
        }
        int lines = (int) Math.floor((trimH - marginTop - marginBottom) / pitch + 1e-4);
        PageGeometry g = new PageGeometry(trimW, trimH, bleed, marginTop, columns, columnChars, gutterChars, bodySize,
                pitch, lines);
        if (g.typeAreaWidth() > trimW) {
            throw error(grid.get("columns"), String.format("the columns are %.1f mm wide together, wider than the trim (%.1f mm)",
                    Length.toMm(g.typeAreaWidth()), Length.toMm(trimW)));
        }
        if (lines < 20) {
            throw error(page.get("trim-height"), "the type area holds only " + lines + " lines; margins too large?");
        }
        int mastLines = mast.containsKey("lines") ? positiveInt(mast.get("lines")) : 16;
        int headerLines = mast.containsKey("header-lines") ? positiveInt(mast.get("header-lines")) : 2;

        Map<String, String> fonts = new LinkedHashMap<>();
        if (t.containsKey("fonts")) {
            for (Map.Entry<String, Node> e : mapping(t.get("fonts"), null, "fonts").entrySet()) {
                fonts.put(e.getKey(), scalar(e.getValue()));
            }
        }
        Map<String, Cmyk> colors = new LinkedHashMap<>();
        colors.put("text", Cmyk.BLACK);
        if (t.containsKey("colors")) {
            for (Map.Entry<String, Node> e : mapping(t.get("colors"), null, "colors").entrySet()) {
                colors.put(e.getKey(), color(e.getValue(), Map.of()));
            }
        }
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        Map<String, Node> styleNodes = mapping(require(t, "styles", top), null, "styles");
        for (Map.Entry<String, Node> e : styleNodes.entrySet()) {
            Role role = Role.ofKey(e.getKey());
            if (role == null) {
                throw error(e.getValue(), "unknown style role \"" + e.getKey() + "\" (known: " + roleKeys() + ")");
            }
            Map<String, Node> s = mapping(e.getValue(), STYLE, "style " + e.getKey());
            String fontRole = scalar(require(s, "font", e.getValue()));
            String family = fonts.getOrDefault(fontRole, fontRole);
            boolean bold = s.containsKey("bold") && bool(s.get("bold"));
            float size = length(require(s, "size", e.getValue()));
            Cmyk color = s.containsKey("color") ? color(s.get("color"), colors) : Cmyk.BLACK;
            Node fontNode = s.get("font");
            String origin = file + ":" + (fontNode.getStartMark() == null ? 1 : fontNode.getStartMark().getLine() + 1);
            styles.put(role, new Style(family, bold, size, color, origin));
        }
        for (Role r : Role.values()) {
            if (!styles.containsKey(r)) {
                throw error(styleNodes.isEmpty() ? top : t.get("styles"), "no style for role \"" + r.key() + "\"");
            }
        }
        String name = t.containsKey("name") ? scalar(t.get("name")) : file;
        String description = t.containsKey("description") ? scalar(t.get("description")) : "";
        OutputSpec output = t.containsKey("output") ? output(mapping(t.get("output"), OUTPUT, "output")) : OutputSpec.DEFAULT;
        FurnitureSpec furniture = t.containsKey("furniture")
                ? furniture(mapping(t.get("furniture"), FURNITURE, "furniture"), colors) : FurnitureSpec.DEFAULT;
        LayoutSpec larger = null;
        if (grid.containsKey("larger-body")) {
            Node node = grid.get("larger-body");
            Map<String, Node> lb = mapping(node, LARGER_BODY, "larger-body");
            float size = length(require(lb, "body-size", node));
            int chars = positiveInt(require(lb, "column-chars", node));
            float lbPitch = length(require(lb, "line-pitch", node));
            if (size <= bodySize) {
                throw error(lb.get("body-size"), "the larger body size must be larger than body-size (" + bodySize + " pt)");
            }
            if (lbPitch < size) {
                throw error(lb.get("line-pitch"), "line-pitch must be at least the body size (" + size + " pt)");
            }
            int lbLines = (int) Math.floor((trimH - marginTop - marginBottom) / lbPitch + 1e-4);
            PageGeometry lg = new PageGeometry(trimW, trimH, bleed, marginTop, columns, chars, gutterChars, size, lbPitch,
                    lbLines);
            if (lg.typeAreaWidth() > trimW) {
                throw error(lb.get("column-chars"), String.format("the columns are %.1f mm wide together at %s pt,"
                        + " wider than the trim (%.1f mm)", Length.toMm(lg.typeAreaWidth()), size, Length.toMm(trimW)));
            }
            // Text set at the body size follows it; display type keeps its size. Furniture keeps its depth in pt.
            Map<Role, Style> lbStyles = new EnumMap<>(Role.class);
            for (Map.Entry<Role, Style> e : styles.entrySet()) {
                Style st = e.getValue();
                lbStyles.put(e.getKey(), Math.abs(st.size() - bodySize) < 0.01f
                        ? new Style(st.family(), st.bold(), size, st.color(), st.origin()) : st);
            }
            larger = new LayoutSpec(name, description, lg, (int) Math.ceil(mastLines * pitch / lbPitch - 1e-4),
                    (int) Math.ceil(headerLines * pitch / lbPitch - 1e-4), lbStyles, colors, output, null, furniture);
        }
        return new LayoutSpec(name, description, g, mastLines, headerLines, styles, colors, output, larger, furniture);
    }

    /** {@code furniture: {column-head: plain|rule|bar|flower|reverse, reverse-color: COLOUR}}. */
    private FurnitureSpec furniture(Map<String, Node> f, Map<String, Cmyk> colors) throws LayoutException {
        ColumnHeadStyle head = ColumnHeadStyle.PLAIN;
        if (f.containsKey("column-head")) {
            head = ColumnHeadStyle.ofKey(scalar(f.get("column-head")));
            if (head == null) {
                throw error(f.get("column-head"), "unknown column-head style (known: " + ColumnHeadStyle.keys() + ")");
            }
        }
        Cmyk reverse = f.containsKey("reverse-color") ? color(f.get("reverse-color"), colors) : Cmyk.BLACK;
        Map<String, BoxStyle> boxes = new LinkedHashMap<>();
        if (f.containsKey("boxes")) {
            for (Map.Entry<String, Node> e : mapping(f.get("boxes"), null, "boxes").entrySet()) {
                boxes.put(e.getKey(), box(e.getKey(), mapping(e.getValue(), BOX, "box " + e.getKey()), e.getValue()));
            }
        }
        return new FurnitureSpec(head, reverse, boxes);
    }

    /** {@code NAME: {frame: none|thin|thick-thin|ornament, tint: PERCENT}}: a tint up to 20 % K keeps text legible. */
    private BoxStyle box(String name, Map<String, Node> b, Node at) throws LayoutException {
        BoxStyle.Frame frame = BoxStyle.Frame.THIN;
        if (b.containsKey("frame")) {
            frame = BoxStyle.Frame.ofKey(scalar(b.get("frame")));
            if (frame == null) {
                throw error(b.get("frame"), "unknown box frame (known: " + BoxStyle.Frame.keys() + ")");
            }
        }
        float tint = 0;
        if (b.containsKey("tint")) {
            String v = scalar(b.get("tint")).strip();
            try {
                tint = Float.parseFloat(v.endsWith("%") ? v.substring(0, v.length() - 1) : v) / 100f;
            } catch (NumberFormatException e) {
                tint = -1;
            }
            if (!(tint >= 0 && tint <= 0.2f)) {
                throw error(b.get("tint"), "a box tint is a percentage of K from 0 to 20, not '" + v + "'");
            }
        }
        if (frame == BoxStyle.Frame.NONE && tint == 0) {
            throw error(at, "box " + name + " has neither a frame nor a tint: it would not show");
        }
        return new BoxStyle(name, frame, tint);
    }

    /** {@code output: {pdfx: X-1a | X-4, icc-profile: FILE}}; a relative profile path is taken from the layout's folder. */
    private OutputSpec output(Map<String, Node> o) throws LayoutException {
        OutputSpec.Pdfx pdfx = OutputSpec.Pdfx.X1A_2001;
        if (o.containsKey("pdfx")) {
            pdfx = OutputSpec.Pdfx.ofKey(scalar(o.get("pdfx")));
            if (pdfx == null) {
                throw error(o.get("pdfx"), "unknown PDF/X flavour (known: X-1a, X-4)");
            }
        }
        java.nio.file.Path icc = null;
        if (o.containsKey("icc-profile")) {
            icc = java.nio.file.Path.of(scalar(o.get("icc-profile")));
            java.nio.file.Path dir = java.nio.file.Path.of(file).toAbsolutePath().getParent();
            if (!icc.isAbsolute() && dir != null) {
                icc = dir.resolve(icc);
            }
            if (!Files.isRegularFile(icc)) {
                throw error(o.get("icc-profile"), "ICC profile not found: " + icc);
            }
        }
        return new OutputSpec(pdfx, icc);
    }

    private static String roleKeys() {
        StringBuilder sb = new StringBuilder();
        for (Role r : Role.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.key());
        }
        return sb.toString();
    }

    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) throws LayoutException {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of keys");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key \"" + key + "\" in " + what + " (known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "key \"" + key + "\" appears twice in " + what);
            }
        }
        return out;
    }

    private Node require(Map<String, Node> map, String key, Node parent) throws LayoutException {
        Node n = map.get(key);
        if (n == null) {
            throw error(parent, "missing key \"" + key + "\"");
        }
        return n;
    }

    private String scalar(Node node) throws LayoutException {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, "expected a single value here");
        }
        return s.getValue();
    }

    private float length(Node node) throws LayoutException {
        String v = scalar(node);
        try {
            float pt = Length.parse(v);
            if (pt <= 0) {
                throw error(node, "a length must be positive: \"" + v + "\"");
            }
            return pt;
        } catch (IllegalArgumentException e) {
            throw error(node, e.getMessage());
        }
    }

    private int positiveInt(Node node) throws LayoutException {
        String v = scalar(node);
        try {
            int i = Integer.parseInt(v.strip());
            if (i > 0) {
                return i;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(node, "expected a positive whole number, not \"" + v + "\"");
    }

    private boolean bool(Node node) throws LayoutException {
        String v = scalar(node).strip();
        return switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(node, "expected true or false, not \"" + v + "\"");
        };
    }

    private Cmyk color(Node node, Map<String, Cmyk> named) throws LayoutException {
        String v = scalar(node);
        Cmyk c = named.get(v.strip());
        if (c != null) {
            return c;
        }
        try {
            return Cmyk.parse(v);
        } catch (IllegalArgumentException e) {
            throw error(node, e.getMessage() + (named.isEmpty() ? "" : " or a colour named under colors: " + named.keySet()));
        }
    }

    private LayoutException error(Node node, String message) {
        int line = node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        String text = "";
        if (node instanceof ScalarNode s) {
            text = " (at \"" + s.getValue() + "\")";
        }
        return new LayoutException(file + ":" + line + ": " + message + (message.contains("\"") ? "" : text));
    }
}

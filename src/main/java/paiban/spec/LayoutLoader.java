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
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * Reads a layout file. The YAML is read as a node tree (not as Java maps) so that every complaint can name the line
 * of the offending key or value.
 */
public final class LayoutLoader {

    private static final Set<String> TOP = Set.of("name", "description", "page", "grid", "masthead", "fonts", "colors",
            "styles", "output", "furniture", "colour", "headlines");
    private static final Set<String> HEADLINES = Set.of("lead", "second", "others", "briefs", "brief-chars");
    private static final Set<String> PAGE = Set.of("trim-width", "trim-height", "bleed", "margin-top", "margin-bottom");
    private static final Set<String> GRID = Set.of("columns", "column-chars", "gutter-chars", "body-size", "line-pitch",
            "larger-body");
    private static final Set<String> LARGER_BODY = Set.of("body-size", "column-chars", "line-pitch");
    private static final Set<String> MASTHEAD = Set.of("lines", "header-lines", "logo", "section-logos");
    private static final Set<String> STYLE = Set.of("font", "bold", "size", "color");
    private static final Set<String> OUTPUT = Set.of("pdfx", "icc-profile");
    private static final Set<String> FURNITURE = Set.of("column-head", "reverse-color", "boxes", "contents-box",
            "contents-span", "briefs-head");
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
        if (namesFile(nameOrFile)) {
            if (!Files.isRegularFile(asFile)) {
                throw LayoutException.at(nameOrFile, "layout.file-not-found");
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
                throw LayoutException.at("layouts/" + nameOrFile + ".yaml", "layout.unreadable", e.getMessage());
            }
        }
        throw new LayoutException(Message.of("layout.no-such-name", nameOrFile, searchFolders));
    }

    /** Whether a layout is named by its file (a path, or a name ending in .yaml or .yml) rather than by a word. */
    public static boolean namesFile(String nameOrFile) {
        return nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/");
    }

    public static LayoutSpec load(Path path) throws LayoutException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(LayoutLimits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw LayoutException.at(path, "layout.unreadable", e.getMessage());
        }
        if (bytes.length > LayoutLimits.MAX_FILE_BYTES) {
            throw LayoutException.at(path, "layout.too-large", LayoutLimits.MAX_FILE_BYTES / 1024);
        }
        return new LayoutLoader(path.toString()).read(new java.io.StringReader(LayoutText.decode(bytes, path.toString())));
    }

    public static LayoutSpec parse(String yaml, String nameForMessages) throws LayoutException {
        return new LayoutLoader(nameForMessages).read(new java.io.StringReader(yaml));
    }

    /** The page and grid of a layout, with the masthead's depth and the slim header's, in grid lines. */
    private record Grid(PageGeometry geometry, int mastheadLines, int headerLines, float depth) {
    }

    private LayoutSpec read(Reader reader) throws LayoutException {
        MappingNode top = compose(reader);
        Map<String, Node> t = mapping(top, TOP, "layout");
        Grid grid = grid(t, top);
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
        Map<Role, Style> styles = styles(t, top, fonts, colors);
        String name = t.containsKey("name") ? scalar(t.get("name")) : file;
        String description = t.containsKey("description") ? scalar(t.get("description")) : "";
        OutputSpec output = t.containsKey("output") ? output(mapping(t.get("output"), OUTPUT, "output")) : OutputSpec.DEFAULT;
        FurnitureSpec furniture = t.containsKey("furniture")
                ? furniture(mapping(t.get("furniture"), FURNITURE, "furniture"), colors) : FurnitureSpec.DEFAULT;
        output = t.containsKey("colour") ? colour(output, t.get("colour")) : output;
        Logos logos = logos(t.containsKey("masthead") ? mapping(t.get("masthead"), MASTHEAD, "masthead") : Map.of());
        HeadlineLadder ladder = t.containsKey("headlines") ? ladder(t.get("headlines")) : HeadlineLadder.DEFAULT;
        Map<String, Node> gridNodes = mapping(t.get("grid"), GRID, "grid");
        LayoutSpec larger = gridNodes.containsKey("larger-body")
                ? larger(gridNodes.get("larger-body"), grid, styles, new LayoutSpec(name, description, grid.geometry(),
                        grid.mastheadLines(), grid.headerLines(), styles, colors, output, null, furniture, logos, ladder))
                : null;
        return new LayoutSpec(name, description, grid.geometry(), grid.mastheadLines(), grid.headerLines(), styles,
                colors, output, larger, furniture, logos, ladder);
    }

    /**
     * {@code headlines: {lead: 初号–小初, second: 一号–二号, others: 二号–三号, briefs: 四号, brief-chars: 200}}: each
     * rung a size or a range of sizes, largest first; every rung no larger than the one above it, and the lead's
     * smallest size above every other rung's largest, so the lead is the largest headline on its page.
     */
    private HeadlineLadder ladder(Node node) throws LayoutException {
        Map<String, Node> h = mapping(node, HEADLINES, "headlines");
        HeadlineLadder d = HeadlineLadder.DEFAULT;
        HeadlineLadder.Rung lead = h.containsKey("lead") ? rung(h.get("lead")) : d.lead();
        HeadlineLadder.Rung second = h.containsKey("second") ? rung(h.get("second")) : d.second();
        HeadlineLadder.Rung others = h.containsKey("others") ? rung(h.get("others")) : d.others();
        HeadlineLadder.Rung briefs = h.containsKey("briefs") ? rung(h.get("briefs")) : d.briefs();
        int briefChars = h.containsKey("brief-chars") ? positiveInt(h.get("brief-chars")) : d.briefChars();
        String[] names = {"lead", "second", "others", "briefs"};
        HeadlineLadder.Rung[] rungs = {lead, second, others, briefs};
        for (int i = 1; i < rungs.length; i++) {
            Node at = h.getOrDefault(names[i], node);
            if (rungs[i].largest() >= lead.smallest()) {
                throw error(at, "layout.rung-above-lead", names[i], rungs[i].largest(), lead.smallest());
            }
            if (rungs[i].largest() > rungs[i - 1].largest() || rungs[i].smallest() > rungs[i - 1].smallest()) {
                throw error(at, "layout.rung-order", names[i], names[i - 1]);
            }
        }
        return new HeadlineLadder(lead, second, others, briefs, briefChars);
    }

    /** {@code 一号–二号} (or with - or ~ between), largest first; or a single size. */
    private HeadlineLadder.Rung rung(Node node) throws LayoutException {
        String v = scalar(node).strip();
        String[] ends = v.split("\\s*[–—~～-]\\s*", -1);
        if (ends.length > 2 || ends[0].isEmpty()) {
            throw error(node, "layout.rung");
        }
        try {
            float largest = Length.parse(ends[0]);
            float smallest = ends.length == 2 ? Length.parse(ends[1]) : largest;
            if (smallest > largest) {
                throw error(node, "layout.rung-larger-first");
            }
            if (smallest <= 0) {
                throw error(node, "layout.rung-positive");
            }
            return new HeadlineLadder.Rung(largest, smallest);
        } catch (IllegalArgumentException e) {
            throw error(node, "layout.not-a-length", v);
        }
    }

    /** The YAML's node tree; a syntax error names its line. */
    private MappingNode compose(Reader reader) throws LayoutException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw LayoutException.at(new paiban.model.SourcePos(Path.of(file), m == null ? 1 : m.getLine() + 1),
                    "layout.not-yaml", e.getProblem());
        } catch (RuntimeException e) {
            throw LayoutException.at(file, "layout.not-yaml", e.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            throw LayoutException.at(new paiban.model.SourcePos(Path.of(file), 1), "layout.not-mapping");
        }
        return top;
    }

    /** {@code page:}, {@code grid:} and {@code masthead:}, each number checked against what PDF and a press allow. */
    private Grid grid(Map<String, Node> t, MappingNode top) throws LayoutException {
        Map<String, Node> page = mapping(require(t, "page", top), PAGE, "page");
        Map<String, Node> grid = mapping(require(t, "grid", top), GRID, "grid");
        Map<String, Node> mast = t.containsKey("masthead") ? mapping(t.get("masthead"), MASTHEAD, "masthead") : Map.of();
        float trimW = limited(require(page, "trim-width", top), "trim-width");
        float trimH = limited(require(page, "trim-height", top), "trim-height");
        float bleed = page.containsKey("bleed") ? limited(page.get("bleed"), "bleed") : 3 * Length.MM;
        float marginTop = limited(require(page, "margin-top", top), "margin-top");
        float marginBottom = limited(require(page, "margin-bottom", top), "margin-bottom");
        int columns = count(require(grid, "columns", top), "columns");
        int columnChars = count(require(grid, "column-chars", top), "column-chars");
        int gutterChars = count(require(grid, "gutter-chars", top), "gutter-chars");
        float bodySize = limited(require(grid, "body-size", top), "body-size");
        float pitch = limited(require(grid, "line-pitch", top), "line-pitch");
        if (pitch < bodySize) {
            throw error(grid.get("line-pitch"), "layout.pitch-below-size", bodySize);
        }
        float depth = trimH - marginTop - marginBottom;
        int lines = (int) Math.floor(depth / pitch + 1e-4);
        PageGeometry g = new PageGeometry(trimW, trimH, bleed, marginTop, columns, columnChars, gutterChars, bodySize,
                pitch, lines);
        if (g.typeAreaWidth() > trimW) {
            throw error(grid.get("columns"), "layout.columns-too-wide", mm(g.typeAreaWidth()), mm(trimW));
        }
        if (lines < 20) {
            throw error(page.get("trim-height"), "layout.too-few-lines", lines);
        }
        int mastLines = mast.containsKey("lines") ? furnitureLines(mast.get("lines"), "lines", lines) : 16;
        int headerLines = mast.containsKey("header-lines") ? furnitureLines(mast.get("header-lines"), "header-lines", lines) : 2;
        return new Grid(g, mastLines, headerLines, depth);
    }

    /** The styles, one for every role. */
    private Map<Role, Style> styles(Map<String, Node> t, MappingNode top, Map<String, String> fonts,
            Map<String, Cmyk> colors) throws LayoutException {
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        Map<String, Node> styleNodes = mapping(require(t, "styles", top), null, "styles");
        for (Map.Entry<String, Node> e : styleNodes.entrySet()) {
            Role role = Role.ofKey(e.getKey());
            if (role == null) {
                throw error(e.getValue(), "layout.unknown-role", e.getKey(), roleKeys());
            }
            Map<String, Node> s = mapping(e.getValue(), STYLE, "style " + e.getKey());
            String fontRole = scalar(require(s, "font", e.getValue()));
            String family = fonts.getOrDefault(fontRole, fontRole);
            boolean bold = s.containsKey("bold") && bool(s.get("bold"));
            float size = limited(require(s, "size", e.getValue()), "size");
            Cmyk color = s.containsKey("color") ? color(s.get("color"), colors) : Cmyk.BLACK;
            Node fontNode = s.get("font");
            paiban.model.SourcePos origin = new paiban.model.SourcePos(Path.of(file),
                    fontNode.getStartMark() == null ? 1 : fontNode.getStartMark().getLine() + 1);
            styles.put(role, new Style(family, bold, size, color, origin));
        }
        for (Role r : Role.values()) {
            if (!styles.containsKey(r)) {
                throw error(styleNodes.isEmpty() ? top : t.get("styles"), "layout.no-style", r.key());
            }
        }
        return styles;
    }

    /** {@code grid: larger-body:}: the same page at a larger body size, for pages too thin at the base one. */
    private LayoutSpec larger(Node node, Grid base, Map<Role, Style> styles, LayoutSpec at) throws LayoutException {
        PageGeometry g = base.geometry();
        Map<String, Node> lb = mapping(node, LARGER_BODY, "larger-body");
        float size = limited(require(lb, "body-size", node), "body-size");
        int chars = count(require(lb, "column-chars", node), "column-chars");
        float lbPitch = limited(require(lb, "line-pitch", node), "line-pitch");
        if (size <= g.bodySize()) {
            throw error(lb.get("body-size"), "layout.larger-not-larger", g.bodySize());
        }
        if (lbPitch < size) {
            throw error(lb.get("line-pitch"), "layout.pitch-below-size", size);
        }
        int lbLines = (int) Math.floor(base.depth() / lbPitch + 1e-4);
        PageGeometry lg = new PageGeometry(g.trimWidth(), g.trimHeight(), g.bleed(), g.marginTop(), g.columns(), chars,
                g.gutterChars(), size, lbPitch, lbLines);
        if (lg.typeAreaWidth() > g.trimWidth()) {
            throw error(lb.get("column-chars"), "layout.larger-columns-too-wide", mm(lg.typeAreaWidth()), size,
                    mm(g.trimWidth()));
        }
        int mast = (int) Math.ceil(base.mastheadLines() * g.linePitch() / lbPitch - 1e-4);
        int header = (int) Math.ceil(base.headerLines() * g.linePitch() / lbPitch - 1e-4);
        if (lbLines < 20 || mast > lbLines - LayoutLimits.MIN_BODY_LINES) {
            throw error(lb.get("line-pitch"), "layout.larger-too-few-lines", lbPitch, lbLines);
        }
        // Text set at the body size follows it; display type keeps its size. Furniture keeps its depth in pt.
        Map<Role, Style> lbStyles = new EnumMap<>(Role.class);
        for (Map.Entry<Role, Style> e : styles.entrySet()) {
            Style st = e.getValue();
            lbStyles.put(e.getKey(), Math.abs(st.size() - g.bodySize()) < 0.01f
                    ? new Style(st.family(), st.bold(), size, st.color(), st.origin()) : st);
        }
        return new LayoutSpec(at.name(), at.description(), lg, mast, header, lbStyles, at.colors(), at.output(), null,
                at.furniture(), at.logos(), at.headlines());
    }

    /** A length within what PDF and a press allow for {@code key} ({@link LayoutLimits}). */
    private float limited(Node node, String key) throws LayoutException {
        float pt = length(node);
        Message why = LayoutLimits.lengthProblem(key, pt);
        if (why != null) {
            throw error(node, "layout.key-problem", key, why);
        }
        return pt;
    }

    private int count(Node node, String key) throws LayoutException {
        int n = positiveInt(node);
        if (n > LayoutLimits.maxCount(key)) {
            throw error(node, "layout.count-too-many", key, n, LayoutLimits.maxCount(key));
        }
        return n;
    }

    /** Masthead depths in grid lines: they must leave the body room on the page. */
    private int furnitureLines(Node node, String key, int lines) throws LayoutException {
        int n = positiveInt(node);
        if (n > lines - LayoutLimits.MIN_BODY_LINES) {
            throw error(node, "layout.masthead-too-deep", key, n, LayoutLimits.MIN_BODY_LINES, lines);
        }
        return n;
    }

    /** {@code furniture: {column-head: plain|rule|bar|flower|reverse, reverse-color: COLOUR}}. */
    private FurnitureSpec furniture(Map<String, Node> f, Map<String, Cmyk> colors) throws LayoutException {
        ColumnHeadStyle head = ColumnHeadStyle.PLAIN;
        if (f.containsKey("column-head")) {
            head = ColumnHeadStyle.ofKey(scalar(f.get("column-head")));
            if (head == null) {
                throw error(f.get("column-head"), "layout.unknown-column-head", ColumnHeadStyle.keys());
            }
        }
        Cmyk reverse = f.containsKey("reverse-color") ? color(f.get("reverse-color"), colors) : Cmyk.BLACK;
        Map<String, BoxStyle> boxes = new LinkedHashMap<>();
        if (f.containsKey("boxes")) {
            for (Map.Entry<String, Node> e : mapping(f.get("boxes"), null, "boxes").entrySet()) {
                boxes.put(e.getKey(), box(e.getKey(), mapping(e.getValue(), BOX, "box " + e.getKey()), e.getValue()));
            }
        }
        String contentsBox = boxes.isEmpty() ? null : boxes.keySet().iterator().next();
        if (f.containsKey("contents-box")) {
            contentsBox = scalar(f.get("contents-box")).strip();
            if (contentsBox.equals("none")) {
                contentsBox = null;
            } else if (!boxes.containsKey(contentsBox)) {
                throw error(f.get("contents-box"), "the guide's box '" + contentsBox + "' is not one of the boxes"
                        + " this layout names (" + (boxes.isEmpty() ? "none" : String.join(", ", boxes.keySet()))
                        + "); write none for no box");
            }
        }
        int contentsSpan = f.containsKey("contents-span") ? positiveInt(f.get("contents-span"))
                : FurnitureSpec.CONTENTS_SPAN;
        String briefsHead = f.containsKey("briefs-head") ? scalar(f.get("briefs-head")).strip() : null;
        return new FurnitureSpec(head, reverse, boxes, contentsBox, contentsSpan,
                briefsHead == null || briefsHead.isEmpty() || briefsHead.equals("none") ? null : briefsHead);
    }

    /** {@code NAME: {frame: none|thin|thick-thin|ornament, tint: PERCENT}}: a tint up to 20 % K keeps text legible. */
    private BoxStyle box(String name, Map<String, Node> b, Node at) throws LayoutException {
        BoxStyle.Frame frame = BoxStyle.Frame.THIN;
        if (b.containsKey("frame")) {
            frame = BoxStyle.Frame.ofKey(scalar(b.get("frame")));
            if (frame == null) {
                throw error(b.get("frame"), "layout.unknown-frame", BoxStyle.Frame.keys());
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
                throw error(b.get("tint"), "layout.tint", v);
            }
        }
        if (frame == BoxStyle.Frame.NONE && tint == 0) {
            throw error(at, "layout.box-invisible", name);
        }
        return new BoxStyle(name, frame, tint);
    }

    /** {@code output: {pdfx: X-1a | X-4, icc-profile: FILE}}; a relative profile path is taken from the layout's folder. */
    private OutputSpec output(Map<String, Node> o) throws LayoutException {
        OutputSpec.Pdfx pdfx = OutputSpec.Pdfx.X1A_2001;
        if (o.containsKey("pdfx")) {
            pdfx = OutputSpec.Pdfx.ofKey(scalar(o.get("pdfx")));
            if (pdfx == null) {
                throw error(o.get("pdfx"), "layout.unknown-pdfx");
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
                throw error(o.get("icc-profile"), "layout.icc-not-found", icc);
            }
            Message problem = IccProfileHeader.problem(icc);
            if (problem != null) {
                throw error(o.get("icc-profile"), "layout.icc-unusable", icc, problem);
            }
        }
        return new OutputSpec(pdfx, icc);
    }

    /** {@code colour: true}: the layout's pages print in colour. */
    private OutputSpec colour(OutputSpec o, Node node) throws LayoutException {
        return new OutputSpec(o.pdfx(), o.iccProfile(), bool(node));
    }

    /** {@code masthead: {logo: FILE, section-logos: {SECTION: FILE}}}, each a PDF or an image. */
    private Logos logos(Map<String, Node> mast) throws LayoutException {
        Artwork name = mast.containsKey("logo") ? artwork(mast.get("logo")) : null;
        Map<String, Artwork> sections = new LinkedHashMap<>();
        if (mast.containsKey("section-logos")) {
            for (Map.Entry<String, Node> e : mapping(mast.get("section-logos"), null, "section-logos").entrySet()) {
                sections.put(e.getKey(), artwork(e.getValue()));
            }
        }
        return name == null && sections.isEmpty() ? Logos.NONE : new Logos(name, sections);
    }

    /** An artwork file, relative to the layout's folder; it must be there and readable. */
    private Artwork artwork(Node node) throws LayoutException {
        java.nio.file.Path p = java.nio.file.Path.of(scalar(node));
        java.nio.file.Path dir = java.nio.file.Path.of(file).toAbsolutePath().getParent();
        p = !p.isAbsolute() && dir != null ? dir.resolve(p) : p;
        if (!Files.isRegularFile(p)) {
            throw error(node, "layout.logo-not-found", p);
        }
        try {
            return Artwork.read(p);
        } catch (java.io.IOException | RuntimeException e) {
            throw error(node, "layout.logo-unusable", p, UnusableFile.reasonOf(e));
        }
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
            throw error(node, "layout.must-be-mapping", what);
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "layout.unknown-key", key, what,
                        String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "layout.duplicate-key", key, what);
            }
        }
        return out;
    }

    private Node require(Map<String, Node> map, String key, Node parent) throws LayoutException {
        Node n = map.get(key);
        if (n == null) {
            throw error(parent, "layout.missing-key", key);
        }
        return n;
    }

    private String scalar(Node node) throws LayoutException {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, "layout.not-scalar");
        }
        return s.getValue();
    }

    private float length(Node node) throws LayoutException {
        String v = scalar(node);
        try {
            float pt = Length.parse(v);
            if (!Float.isFinite(pt)) {
                throw error(node, "layout.length-infinite", v);
            }
            if (pt <= 0) {
                throw error(node, "layout.length-positive", v);
            }
            return pt;
        } catch (IllegalArgumentException e) {
            throw error(node, "layout.not-a-length", v);
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
        throw error(node, "layout.not-positive-int", v);
    }

    private boolean bool(Node node) throws LayoutException {
        String v = scalar(node).strip();
        return switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(node, "layout.not-boolean", v);
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
            throw named.isEmpty() ? error(node, "layout.not-cmyk", v) : error(node, "layout.not-cmyk-or-named", v, named.keySet());
        }
    }

    /** The message at the node's line, with the node's value when the message does not show it already. */
    private LayoutException error(Node node, String key, Object... args) {
        int line = node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        Message m = Message.of(key, args);
        if (node instanceof ScalarNode s && !m.args().contains(s.getValue()) && !m.args().contains(s.getValue().strip())) {
            m = Message.of("layout.at-value", m, s.getValue());
        }
        return new LayoutException(Message.at(new paiban.model.SourcePos(Path.of(file), line), m));
    }

    /** A length in mm with one decimal, as messages give it. */
    private static String mm(float pt) {
        return String.format(java.util.Locale.ROOT, "%.1f", Length.toMm(pt));
    }
}

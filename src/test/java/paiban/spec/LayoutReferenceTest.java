package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/layout-reference.md cannot drift from the loader: the loader itself is asked which keys it knows. A key it has
 * never seen is slipped into each mapping of the built-in broadsheet layout in turn; the loader refuses it and lists
 * the keys it knows there ("unknown key … (known: …)"), and each of those is probed the same way. Every key found
 * must be written in the reference as {@code `section.key`} (a style's own keys as {@code `styles.*.key`}, the keys
 * of a mapping of names the writer picks, such as box styles, as {@code `section.*.key`}). A key added to the loader
 * therefore fails this test until it is documented.
 */
class LayoutReferenceTest {

    static final Path REFERENCE = Path.of("docs/layout-reference.md");
    static final Path BASE = Path.of("layouts/broadsheet.yaml");
    static final String PROBE = "zz-probe";
    private static final Pattern KNOWN = Pattern.compile(
            "unknown (?:key|style role) \"" + PROBE + "\".*?\\(known: ([^)]*)\\)");

    @Test
    void everyKeyTheLoaderKnowsIsInTheReference() throws IOException {
        String reference = Files.readString(REFERENCE);
        List<String> missing = new ArrayList<>();
        for (String key : loaderKeys()) {
            if (!reference.contains("`" + key + "`")) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys the layout loader accepts but " + REFERENCE
                + " does not document (write each as `section.key` with its unit, default and allowed values)");
    }

    /** The probe must really reach the loader: every key the broadsheet layout writes is among those it finds. */
    @Test
    void probingFindsEveryKeyOfTheBroadsheetLayout() throws IOException {
        Found probe = probeLoader();
        TreeSet<String> found = probe.keys();
        List<String> written = new ArrayList<>();
        collectWritten(loadBase(), List.of(), probe.freeNames(), written);
        assertTrue(written.size() > 30, "the broadsheet layout writes " + written);
        for (String key : written) {
            assertTrue(found.contains(key), key + " is in " + BASE + " but the probe did not find it among " + found);
        }
    }

    static TreeSet<String> loaderKeys() throws IOException {
        return probeLoader().keys();
    }

    /** The documented names of the keys the loader knows, and the mappings whose keys are names the writer picks. */
    record Found(TreeSet<String> keys, Set<String> freeNames) {
    }

    static Found probeLoader() throws IOException {
        Found found = new Found(new TreeSet<>(), new TreeSet<>());
        probe(List.of(), List.of(), found);
        return found;
    }

    /**
     * Asks the loader which keys the mapping at {@code path} takes, and recurses into each. {@code doc} is the path as
     * documented: a style role's own keys as {@code styles.*.KEY}, and a mapping of names the writer picks (fonts,
     * colours, box styles) as {@code SECTION.*.KEY}, probed through its first entry in the broadsheet layout.
     */
    private static void probe(List<String> path, List<String> doc, Found found) throws IOException {
        if (path.size() > 5) {
            return;
        }
        List<String> known = knownAt(path);
        if (known.isEmpty()) {
            if (!path.isEmpty() && valueAt(path) instanceof Map<?, ?> names && !names.isEmpty()) {
                found.freeNames().add(String.join(".", doc));
                Map.Entry<?, ?> first = names.entrySet().iterator().next();
                if (first.getValue() instanceof Map) {
                    probe(with(path, String.valueOf(first.getKey())), with(doc, "*"), found);
                }
            }
            return;
        }
        boolean roles = doc.size() == 1 && doc.get(0).equals("styles");
        for (String key : known) {
            List<String> childDoc = with(doc, key);
            boolean added = found.keys().add(String.join(".", childDoc));
            if (roles) {
                if (added && found.keys().stream().noneMatch(k -> k.startsWith("styles.*."))) {
                    probe(with(path, key), with(doc, "*"), found); // every role takes the same keys
                }
            } else if (added) {
                probe(with(path, key), childDoc, found);
            }
        }
    }

    private static List<String> with(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }

    private static Object valueAt(List<String> path) throws IOException {
        Object at = loadBase();
        for (String key : path) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(key);
        }
        return at;
    }

    private static List<String> knownAt(List<String> path) throws IOException {
        Map<String, Object> root = loadBase();
        Map<String, Object> at = root;
        for (String key : path) {
            Object next = at.get(key);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                at.put(key, next);
            }
            at = cast(next);
        }
        at.put(PROBE, "1");
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try {
            LayoutLoader.parse(new Yaml(options).dump(root), "probe.yaml");
        } catch (LayoutException e) {
            Matcher m = KNOWN.matcher(e.getMessage());
            if (m.find()) {
                return List.of(m.group(1).split(",\\s*"));
            }
        }
        return List.of(); // a value, or a mapping of names the writer picks (fonts, colors, box styles)
    }

    /** The documented names of the keys a layout file writes; the names a writer picks stand as {@code *}. */
    private static void collectWritten(Map<String, Object> map, List<String> doc, Set<String> freeNames,
                                       List<String> out) {
        boolean free = freeNames.contains(String.join(".", doc));
        for (Map.Entry<String, Object> e : map.entrySet()) {
            boolean role = doc.size() == 1 && doc.get(0).equals("styles");
            List<String> child = with(doc, free ? "*" : e.getKey());
            if (!free) {
                out.add(String.join(".", child));
            }
            if (e.getValue() instanceof Map) {
                collectWritten(cast(e.getValue()), role ? with(doc, "*") : child, freeNames, out);
            }
        }
    }

    private static Map<String, Object> loadBase() throws IOException {
        return cast(new Yaml().load(Files.readString(BASE)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }
}

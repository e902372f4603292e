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
 * must be written in the reference as {@code `section.key`} (a style's own keys as {@code `styles.*.key`}). A key
 * added to the loader therefore fails this test until it is documented.
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
        TreeSet<String> found = loaderKeys();
        List<String> written = new ArrayList<>();
        collectWritten(loadBase(), List.of(), written);
        assertTrue(written.size() > 30, "the broadsheet layout writes " + written);
        for (String key : written) {
            assertTrue(found.contains(key), key + " is in " + BASE + " but the probe did not find it among " + found);
        }
    }

    static TreeSet<String> loaderKeys() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        probe(List.of(), keys);
        return keys;
    }

    /** Asks the loader which keys the mapping at {@code path} takes, and recurses into each. */
    private static void probe(List<String> path, TreeSet<String> keys) throws IOException {
        if (path.size() > 4) {
            return;
        }
        for (String key : knownAt(path)) {
            List<String> child = new ArrayList<>(path);
            child.add(key);
            if (keys.add(documentedName(child)) || path.isEmpty() || !path.get(0).equals("styles")) {
                probe(child, keys);
            }
        }
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
        return List.of(); // a value, or a mapping of free names (fonts, colors)
    }

    /** {@code styles.body.size} is documented once for all roles, as {@code styles.*.size}. */
    private static String documentedName(List<String> path) {
        if (path.size() >= 3 && path.get(0).equals("styles")) {
            List<String> p = new ArrayList<>(path);
            p.set(1, "*");
            return String.join(".", p);
        }
        return String.join(".", path);
    }

    private static void collectWritten(Map<String, Object> map, List<String> path, List<String> out) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            boolean freeNames = path.size() == 1 && (path.get(0).equals("fonts") || path.get(0).equals("colors"));
            if (!freeNames) {
                out.add(documentedName(p));
            }
            if (e.getValue() instanceof Map) {
                collectWritten(cast(e.getValue()), p, out);
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

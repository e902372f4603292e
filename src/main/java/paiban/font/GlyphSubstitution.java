package paiban.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-glyph substitutions (GSUB lookup type 1, possibly wrapped in extension lookups, type 7) of one feature
 * for Chinese text. The language system is script 'hani' with language 'ZHS ', because that is where Noto CJK keeps
 * its Simplified-Chinese forms (e.g. the one-em dash); without it the defaults give Japanese shapes. Other lookup
 * types (ligatures, contextual) are ignored: the engine does punctuation spacing itself and needs only one-to-one
 * glyph swaps.
 */
final class GlyphSubstitution {

    private static final int SINGLE = 1;
    private static final int LIGATURE = 4;
    private static final int EXTENSION = 7;

    private final ByteBuffer gsub;
    private final int[] featureIndices;
    private final Map<String, int[][]> lookupsByFeature = new ConcurrentHashMap<>();
    private final Map<String, int[][]> ligaturesByFeature = new ConcurrentHashMap<>();

    private GlyphSubstitution(ByteBuffer gsub, int[] featureIndices) {
        this.gsub = gsub;
        this.featureIndices = featureIndices;
    }

    /** No GSUB table: every feature leaves glyphs alone. */
    static GlyphSubstitution none() {
        return new GlyphSubstitution(null, new int[0]);
    }

    static GlyphSubstitution read(ByteBuffer gsub, String script, String language) {
        if (gsub == null) {
            return none();
        }
        int scriptList = u16(gsub, 4);
        int langSys = findLangSys(gsub, scriptList, script, language);
        if (langSys < 0) {
            langSys = findLangSys(gsub, scriptList, "DFLT", null);
        }
        if (langSys < 0) {
            return new GlyphSubstitution(gsub, new int[0]);
        }
        int count = u16(gsub, langSys + 4);
        int[] features = new int[count];
        for (int i = 0; i < count; i++) {
            features[i] = u16(gsub, langSys + 6 + 2 * i);
        }
        return new GlyphSubstitution(gsub, features);
    }

    /** Offset of the LangSys table for the language under the script (its default when absent), or -1. */
    private static int findLangSys(ByteBuffer gsub, int scriptList, String script, String language) {
        int scripts = u16(gsub, scriptList);
        for (int i = 0; i < scripts; i++) {
            int r = scriptList + 2 + 6 * i;
            if (!TableDirectory.tagName(gsub.getInt(r)).equals(script)) {
                continue;
            }
            int scriptTable = scriptList + u16(gsub, r + 4);
            if (language != null) {
                int langs = u16(gsub, scriptTable + 2);
                for (int j = 0; j < langs; j++) {
                    int lr = scriptTable + 4 + 6 * j;
                    if (TableDirectory.tagName(gsub.getInt(lr)).equals(language)) {
                        return scriptTable + u16(gsub, lr + 4);
                    }
                }
            }
            int defaultLangSys = u16(gsub, scriptTable);
            return defaultLangSys == 0 ? -1 : scriptTable + defaultLangSys;
        }
        return -1;
    }

    int substitute(int glyphId, String feature) {
        int g = glyphId;
        for (int[] lookup : lookups(feature)) {
            for (int subtable : lookup) {
                int replaced = applySingle(subtable, g);
                if (replaced >= 0) {
                    g = replaced;
                    break; // within a lookup the first subtable that covers the glyph wins
                }
            }
        }
        return g;
    }

    /**
     * The ligature (GSUB lookup type 4) the feature makes of two glyphs, or -1. Noto CJK forms the two-em dash of
     * Chinese text this way from two one-em dashes.
     */
    int ligature(int first, int second, String feature) {
        int[][] lookups = ligaturesByFeature.computeIfAbsent(feature, f -> collect(f, LIGATURE));
        for (int[] lookup : lookups) {
            for (int subtable : lookup) {
                int lig = applyLigature(subtable, first, second);
                if (lig >= 0) {
                    return lig;
                }
            }
        }
        return -1;
    }

    private int applyLigature(int subtable, int first, int second) {
        int coverageIndex = coverageIndex(subtable + u16(gsub, subtable + 2), first);
        if (u16(gsub, subtable) != 1 || coverageIndex < 0 || coverageIndex >= u16(gsub, subtable + 4)) {
            return -1;
        }
        int set = subtable + u16(gsub, subtable + 6 + 2 * coverageIndex);
        int count = u16(gsub, set);
        for (int i = 0; i < count; i++) {
            int lig = set + u16(gsub, set + 2 + 2 * i);
            if (u16(gsub, lig + 2) == 2 && u16(gsub, lig + 4) == second) {
                return u16(gsub, lig);
            }
        }
        return -1;
    }

    /**
     * The feature's lookups, each as its single-substitution subtables, in lookup-list order (the order in which
     * OpenType applies them). Cached per feature, as the layout asks the same few features for every glyph.
     */
    private int[][] lookups(String feature) {
        return lookupsByFeature.computeIfAbsent(feature, this::collectLookups);
    }

    private int[][] collectLookups(String feature) {
        return collect(feature, SINGLE);
    }

    private int[][] collect(String feature, int wantedType) {
        if (gsub == null) {
            return new int[0][];
        }
        int featureList = u16(gsub, 6);
        int lookupList = u16(gsub, 8);
        List<Integer> lookups = new ArrayList<>();
        for (int index : featureIndices) {
            int r = featureList + 2 + 6 * index;
            if (!TableDirectory.tagName(gsub.getInt(r)).equals(feature)) {
                continue;
            }
            int featureTable = featureList + u16(gsub, r + 4);
            int n = u16(gsub, featureTable + 2);
            for (int i = 0; i < n; i++) {
                lookups.add(u16(gsub, featureTable + 4 + 2 * i));
            }
        }
        return lookups.stream().mapToInt(Integer::intValue).distinct().sorted()
                .mapToObj(l -> subtables(lookupList, l, wantedType)).toArray(int[][]::new);
    }

    private int[] subtables(int lookupList, int lookupIndex, int wantedType) {
        int lookup = lookupList + u16(gsub, lookupList + 2 + 2 * lookupIndex);
        int type = u16(gsub, lookup);
        int count = u16(gsub, lookup + 4);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int subtable = lookup + u16(gsub, lookup + 6 + 2 * i);
            int subtableType = type;
            if (type == EXTENSION) {
                subtableType = u16(gsub, subtable + 2);
                subtable += gsub.getInt(subtable + 4);
            }
            if (subtableType == wantedType) {
                found.add(subtable);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The substitute of glyph g in one single-substitution subtable, or -1 when g is not covered. */
    private int applySingle(int subtable, int g) {
        int format = u16(gsub, subtable);
        int coverageIndex = coverageIndex(subtable + u16(gsub, subtable + 2), g);
        if (coverageIndex < 0) {
            return -1;
        }
        if (format == 1) {
            return (g + gsub.getShort(subtable + 4)) & 0xFFFF;
        }
        if (format == 2 && coverageIndex < u16(gsub, subtable + 4)) {
            return u16(gsub, subtable + 6 + 2 * coverageIndex);
        }
        return -1;
    }

    private int coverageIndex(int coverage, int g) {
        int format = u16(gsub, coverage);
        int count = u16(gsub, coverage + 2);
        int lo = 0;
        int hi = count - 1;
        if (format == 1) {
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int glyph = u16(gsub, coverage + 4 + 2 * mid);
                if (glyph < g) {
                    lo = mid + 1;
                } else if (glyph > g) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
        } else if (format == 2) {
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int r = coverage + 4 + 6 * mid;
                if (u16(gsub, r + 2) < g) {
                    lo = mid + 1;
                } else if (u16(gsub, r) > g) {
                    hi = mid - 1;
                } else {
                    return u16(gsub, r + 4) + g - u16(gsub, r);
                }
            }
        }
        return -1;
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }
}

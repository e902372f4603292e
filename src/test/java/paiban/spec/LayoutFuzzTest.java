package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout files mutated at random from the two shipped ones (values swapped for hostile ones, lines dropped, doubled,
 * shifted, bytes damaged, the file re-encoded): the loader either gives a layout inside the limits or a
 * {@link LayoutException} naming the file and line, never another exception, and each case within 5 s. The seed
 * changes daily (set -Dfuzz.seed=N to replay one) and is in every failure message.
 */
public class LayoutFuzzTest {

    static final int CASES = 600;
    public static final long SEED = Long.getLong("fuzz.seed", LocalDate.now().toEpochDay());

    static final String[] VALUES = {"0mm", "-3mm", "0.0001pt", "1e9mm", "99999999999999999999999999999999999999999mm",
        "20000mm", "5081mm", "1000mm", "NaN", "Infinity", "小五", "初号", "八号", "", "[]", "{}", "~", "yes", "no",
        "2147483647", "2147483648", "-1", "0", "1", "3", "40", "41", "400", "9999999999", "0/0/0/100", "0/100/100/0",
        "101/0/0/0", "red", "&a x", "*a", "!!binary AAAA", "\"\"", "'小五'", "12Q", "12级", "3cm", "1.5.5mm",
        "Noto Serif CJK SC", "serif", "X-4", "X-9", "masthead", "\t", "1mm # c", "{ font: sans, size: 9pt }"};

    @TempDir
    Path dir;

    /** One mutation of {@code text}. */
    static byte[] mutate(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(8)) {
                case 0, 1, 2 -> {
                    int colon = line.indexOf(':');
                    lines.set(i, colon < 0 ? line : line.substring(0, colon + 1) + " " + VALUES[r.nextInt(VALUES.length)]);
                }
                case 3 -> lines.remove(i);
                case 4 -> lines.add(i, line);
                case 5 -> lines.set(i, " ".repeat(r.nextInt(5)) + line.strip());
                case 6 -> lines.add(i, lines.remove(r.nextInt(lines.size())));
                default -> lines.subList(i, lines.size()).clear();
            }
        }
        String out = String.join("\n", lines);
        return switch (r.nextInt(12)) {
            case 0 -> out.getBytes(Charset.forName("GB18030"));
            case 1 -> damaged(out.getBytes(StandardCharsets.UTF_8), r);
            default -> out.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] damaged(byte[] bytes, Random r) {
        byte[] out = bytes.clone();
        for (int k = 0; k < 3 && out.length > 0; k++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }

    /** The mutated layouts of this run, {@code count} of them, alternating between the two shipped ones. */
    public static List<byte[]> cases(int count, long seed) throws Exception {
        String[] seeds = {Files.readString(Path.of("layouts/tabloid.yaml")),
            Files.readString(Path.of("layouts/broadsheet.yaml"))};
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(mutate(seeds[i % 2], r));
        }
        return out;
    }

    @Test
    void everyMutationLoadsWithinTheLimitsOrNamesFileAndLine() throws Exception {
        List<byte[]> cases = cases(CASES, SEED);
        int loaded = 0;
        for (int i = 0; i < cases.size(); i++) {
            Path file = dir.resolve("case" + i + ".yaml");
            Files.write(file, cases.get(i));
            long start = System.nanoTime();
            try {
                LayoutSpec spec = LayoutLoader.load(file);
                loaded++;
                PageGeometry g = spec.geometry();
                assertTrue(g.trimWidth() + 2 * g.bleed() + 24 * Length.MM <= LayoutLimits.PDF_MAX
                        && g.trimHeight() + 2 * g.bleed() + 24 * Length.MM <= LayoutLimits.PDF_MAX,
                        "seed " + SEED + " case " + i + ": a page beyond PDF's limit was accepted");
            } catch (LayoutException e) {
                assertTrue(e.getMessage().startsWith(file + ":") || e.getMessage().startsWith(file + " "),
                        "seed " + SEED + " case " + i + ": the message must name the file: " + e.getMessage());
                assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("\n\tat"),
                        "seed " + SEED + " case " + i + ": " + e.getMessage());
            } catch (RuntimeException | Error e) {
                fail("seed " + SEED + " case " + i + ": " + e + "\n" + new String(cases.get(i), StandardCharsets.UTF_8), e);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms <= 5000, "seed " + SEED + " case " + i + " took " + ms + " ms");
        }
        assertTrue(loaded > 0 && loaded < cases.size(), "the mutations must both keep and break layouts: " + loaded);
    }
}

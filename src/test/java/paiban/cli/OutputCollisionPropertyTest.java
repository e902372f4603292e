package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * Output paths drawn from names that collide with each other, with the issue and with a photo, written plainly, with
 * {@code ./} or through {@code sub/..}: a run is refused exactly when two outputs are one file or an output is an
 * input, and then nothing changes; otherwise exactly the expected files appear.
 */
class OutputCollisionPropertyTest {

    static final String ISSUE = "---\npaper: 测试报\n---\n# 第1版 要闻\n\n## 甲\n\n正文。\n\n![图](pic.png)\n\n"
            + "# 第2版 国内\n\n## 乙\n\n正文。\n";

    static Path dir;

    /** The options of one run; null means the option is left out. */
    record Outputs(String pdf, String combined, String report, String preview) {
        List<String> args() {
            List<String> a = new ArrayList<>(List.of(dir.resolve("page1.txt").toString(), "-o", at(pdf)));
            add(a, "--combined", combined);
            add(a, "--report", report);
            add(a, "--preview", preview);
            a.addAll(List.of("--layout", "tabloid", "--preview-dpi", "5"));
            return a;
        }

        private static void add(List<String> a, String option, String name) {
            if (name != null) {
                a.add(option);
                a.add(at(name));
            }
        }

        private static String at(String name) {
            return dir + "/" + name;
        }
    }

    @BeforeContainer
    static void workspace() throws IOException {
        dir = Files.createTempDirectory("collide");
        Files.createDirectories(dir.resolve("d"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("page1.txt"), ISSUE, StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<Outputs> outputs() {
        Arbitrary<String> pdf = spelled("out.pdf", "page%d.txt", "page%d.pdf", "p%02d.pdf", "d/", "page1.txt",
                "pic.png", "proof.pdf", "r.json");
        Arbitrary<String> combined = optional("proof.pdf", "out.pdf", "page1.pdf", "page2.pdf", "p01.pdf",
                "page1.txt", "d/page1.pdf");
        Arbitrary<String> report = optional("r.json", "out.pdf", "proof.pdf", "page1.txt", "d/page2.pdf", "v.png");
        Arbitrary<String> preview = optional("v.png", "r.json", "out.pdf", "pic.png", "page1.pdf", "p02.pdf");
        return Combinators.combine(pdf, combined, report, preview).as(Outputs::new);
    }

    private static Arbitrary<String> spelled(String... names) {
        return Combinators.combine(Arbitraries.of(names), Arbitraries.of("", "./", "sub/../", "d/../"))
                .as((n, prefix) -> prefix + n);
    }

    private static Arbitrary<String> optional(String... names) {
        return spelled(names).injectNull(0.3);
    }

    /** The files the outputs name, each page expanded, in the order written; a repeated file or an input is a clash. */
    static boolean clashes(Outputs o, List<String> written) {
        List<String> all = new ArrayList<>();
        String pdf = o.pdf();
        if (pdf.endsWith("/")) {
            all.add(norm(pdf + "page1.pdf"));
            all.add(norm(pdf + "page2.pdf"));
        } else if (pdf.contains("%")) {
            all.add(norm(pdf.replace("%02d", "01").replace("%d", "1")));
            all.add(norm(pdf.replace("%02d", "02").replace("%d", "2")));
        } else {
            all.add(norm(pdf));
        }
        for (String other : new String[] {o.combined(), o.report(), o.preview()}) {
            if (other != null) {
                all.add(norm(other));
            }
        }
        written.addAll(all);
        Set<String> distinct = new LinkedHashSet<>(all);
        return distinct.size() < all.size() || distinct.contains("page1.txt") || distinct.contains("pic.png");
    }

    private static String norm(String name) {
        return Path.of(name).normalize().toString();
    }

    @Property(tries = 400)
    void theCheckRefusesExactlyTheClashes(@ForAll("outputs") Outputs o) throws Exception {
        Issue issue = new IssueParser().parse(dir.resolve("page1.txt"));
        LayoutSpec spec = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        OutputTargets pdf = OutputTargets.of(Outputs.at(o.pdf()));
        RunOutputs outputs = new RunOutputs(pdf, List.of(1, 2), path(o.combined()), path(o.report()),
                path(o.preview()));
        paiban.message.Message refused = outputs.paths.refusal(RunInputs.of(dir.resolve("page1.txt"), List.of(), issue, spec));
        assertEquals(clashes(o, new ArrayList<>()), refused != null, o + ": " + refused);
    }

    private static Path path(String name) {
        return name == null ? null : Path.of(Outputs.at(name));
    }

    @Property(tries = 12)
    void aRunWritesExactlyTheOutputsOrNothing(@ForAll("outputs") Outputs o) throws Exception {
        FileTree before = FileTree.of(dir);
        CommandRun r = CommandRun.of(o.args().toArray(String[]::new));
        List<String> written = new ArrayList<>();
        boolean clash = clashes(o, written);
        assertEquals(clash ? 2 : 0, r.code(), o + "\n" + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Set<String> changed = FileTree.of(dir).changedSince(before);
        if (clash) {
            assertEquals(Set.of(), changed, r.err());
        } else {
            assertTrue(Set.copyOf(written).containsAll(changed), changed + " beyond " + written);
            for (String f : written) {
                assertTrue(Files.isRegularFile(dir.resolve(f)), f + " not written");
                Files.delete(dir.resolve(f)); // the next try starts from the same files
            }
        }
    }
}

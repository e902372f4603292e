package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input file under src/test/resources (bad-input/ and the parser's issues/bad/) run through the command
 * line as a desk would: the exact exit code, a one-line message that names the file and the line to fix (where
 * the file has lines), no stack trace, and no output file or temporary left behind.
 */
class BadInputTest {

    static final String BAD = "src/test/resources/bad-input/";
    static final String PARSER_BAD = "src/test/resources/issues/bad/";

    @TempDir
    Path dir;

    /** A case: the arguments ({@code OUT} is the PDF to write), the exit code, the file and line the message names. */
    record Case(String name, List<String> args, int exit, String file, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case issue(String file, int line) {
        return new Case(file, List.of(BAD + file, "-o", "OUT", "--layout", "tabloid"), 2, BAD + file, line);
    }

    static Case layout(String file, int line) {
        return new Case(file, List.of(BAD + "ok.txt", "-o", "OUT", "--layout", BAD + "layouts/" + file), 2,
                BAD + "layouts/" + file, line);
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>(List.of(
                // encodings
                issue("latin1.txt", 1),
                issue("damaged-utf8.txt", 9),
                issue("truncated-utf8.txt", 8),
                issue("utf16-unpaired-surrogate.txt", 3),
                issue("utf16-without-bom.txt", 1),
                issue("binary.txt", 1),
                issue("cesu-surrogate.txt", 8),
                issue("overlong-utf8.txt", 8),
                issue("nul-in-text.txt", 8),
                // markup
                issue("heading-level-3.txt", 10),
                issue("page-zero.txt", 1),
                issue("article-before-page.txt", 1),
                issue("front-matter-late.txt", 3),
                issue("photo-bad-syntax.txt", 8),
                issue("photo-zero-ratio.txt", 8),
                issue("unclosed-bold-over-lines.txt", 8),
                // front matter YAML
                issue("yaml-tab-indent.txt", 3),
                issue("yaml-list-for-text.txt", 2),
                issue("yaml-pages-zero.txt", 2),
                issue("yaml-not-a-mapping.txt", 2),
                new Case("yaml-unknown-layout.txt", List.of(BAD + "yaml-unknown-layout.txt", "-o", "OUT"), 2,
                        BAD + "yaml-unknown-layout.txt", 0),
                // wishes the page cannot honour
                issue("span-wider-than-page.txt", 6),
                issue("top-after-free.txt", 7),
                // photos that exist but cannot be used
                issue("corrupt-photo.txt", 8),
                issue("not-an-image.txt", 10),
                issue("truncated-photo.txt", 8),
                issue("huge-photo.txt", 8),
                issue("photo-is-folder.txt", 8),
                // layout files, fonts
                layout("bad-yaml.yaml", 3),
                layout("unknown-key.yaml", 10),
                layout("negative-size.yaml", 14),
                layout("missing-font.yaml", 26),
                layout("not-a-mapping.yaml", 1),
                layout("empty.yaml", 1),
                layout("columns-too-wide.yaml", 11),
                new Case("layout file missing", List.of(BAD + "ok.txt", "-o", "OUT", "--layout", BAD + "none.yaml"), 2,
                        BAD + "none.yaml", 0),
                // paths and usage
                new Case("issue is a folder", List.of(BAD + "photos", "-o", "OUT"), 2, BAD + "photos", 0),
                new Case("issue missing", List.of(BAD + "none.txt", "-o", "OUT"), 2, BAD + "none.txt", 0),
                new Case("output is the issue", List.of(BAD + "ok.txt", "-o", BAD + "ok.txt"), 2, BAD + "ok.txt", 0),
                new Case("output folder missing", List.of(BAD + "ok.txt", "-o", "DIR/no/such/p.pdf"), 2,
                        "/no/such: cannot write here", 0),
                new Case("output is a folder for --combined", List.of(BAD + "ok.txt", "-o", "OUT", "--combined", "DIR"), 2,
                        "is a folder", 0),
                new Case("preview folder missing", List.of(BAD + "ok.txt", "-o", "OUT", "--preview", "DIR/no/p.png"), 2,
                        "/no: cannot write here", 0),
                new Case("preview dpi 0", List.of(BAD + "ok.txt", "-o", "OUT", "--preview", "DIR/p.png",
                        "--preview-dpi", "0"), 2, "--preview-dpi", 0),
                new Case("unknown option", List.of(BAD + "ok.txt", "-o", "OUT", "--bogus"), 2, "--bogus", 0),
                new Case("no output", List.of(BAD + "ok.txt"), 2, "--output", 0)));
        // the parser's bad files, each with the line IssueParserBadTest expects
        Object[][] parser = {
            {"unknown-front-matter-key.txt", 4}, {"unknown-page-key.txt", 6}, {"bad-page-colour.txt", 5}, {"unknown-article-key.txt", 5},
            {"unclosed-front-matter.txt", 1}, {"bad-yaml.txt", 4}, {"bad-number.txt", 3}, {"bad-date.txt", 3},
            {"bad-span.txt", 5}, {"bad-cn.txt", 3}, {"unmatched-bold.txt", 7}, {"text-outside-article.txt", 4},
            {"no-article-at-all.txt", 4}, {"invalid-utf8.txt", 6}, {"headline-missing.txt", 3},
            {"empty-attribute.txt", 4}, {"duplicate-article-key.txt", 5}, {"duplicate-front-matter-key.txt", 3},
            {"bad-place.txt", 4}, {"unclosed-comment.txt", 5}, {"bad-photo-aspect.txt", 5}};
        for (Object[] p : parser) {
            String f = PARSER_BAD + p[0];
            all.add(new Case("issues/bad/" + p[0], List.of(f, "-o", "OUT"), 2, f, (Integer) p[1]));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsWithTheExactCodeNamingFileAndLine(Case c) throws IOException {
        Path out = dir.resolve("out.pdf");
        List<String> args = c.args().stream()
                .map(a -> a.equals("OUT") ? out.toString() : a.replace("DIR", dir.toString())).toList();
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        String log = r.err();
        assertEquals(c.exit(), r.code(), log);
        String where = c.line() > 0 ? c.file() + ":" + c.line() + ": " : c.file();
        assertTrue(log.contains(where), "the message must name " + where + ":\n" + log);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace for a user's mistake:\n" + log);
        assertFalse(Files.exists(out), "nothing may be written");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file left behind");
        }
    }

    @org.junit.jupiter.api.Test
    void atLeastThirtyBadFilesAreCovered() {
        long files = cases().filter(k -> Files.isRegularFile(Path.of(k.file()))).count();
        assertTrue(files >= 30, "only " + files + " bad input files");
    }
}

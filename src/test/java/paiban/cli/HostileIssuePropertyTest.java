package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import paiban.font.FontLibrary;
import paiban.galley.ArticleGalley;
import paiban.galley.CaptionBlock;
import paiban.galley.GalleySetter;
import paiban.galley.SetLine;
import paiban.galley.StyleBook;
import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.parse.IssueFormatException;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.text.Line;

/**
 * Issue files full of hostile text — emoji and their joiners, combining marks, Hebrew and Arabic, controls, bidi
 * and zero-width characters, U+3000, tabs, unpaired surrogates — in random markup (pages, articles, attributes,
 * bold, comments, photos). Nothing escapes as an exception, and every printable character of the input is on the
 * page or counted as overset.
 *
 * <p>Most tries stop at the galley (parser and typesetter, no PDF); a smaller sample goes through the whole command
 * line and reads the PDF back.
 */
class HostileIssuePropertyTest {

    static final Path NAME = Path.of("hostile.txt");
    static StyleBook styles;
    static Path dir;

    @BeforeContainer
    static void fonts() throws Exception {
        styles = new StyleBook(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")));
        dir = Files.createTempDirectory("paiban-hostile");
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A printable character: one that puts ink on paper (or takes part in a glyph), not a blank or a control. */
    static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR, Character.UNASSIGNED -> false;
            default -> !Character.isWhitespace(cp);
        };
    }

    static Map<Integer, Integer> count(CharSequence s, java.util.function.IntPredicate which) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().filter(which).forEach(cp -> m.merge(cp, 1, Integer::sum));
        return m;
    }

    /** Characters of {@code want} not in {@code have}, counted. */
    static Map<Integer, Integer> missing(Map<Integer, Integer> want, Map<Integer, Integer> have) {
        Map<Integer, Integer> out = new HashMap<>();
        want.forEach((cp, n) -> {
            int short_ = n - have.getOrDefault(cp, 0);
            if (short_ > 0) {
                out.put(cp, short_);
            }
        });
        return out;
    }

    // ---- generation -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> piece() {
        Arbitrary<Integer> hanzi = Arbitraries.integers().between(0x4E00, 0x9FA5);
        Arbitrary<Integer> ascii = Arbitraries.of("abcXYZ0123456789.,;:?'\"%&+=/-_@$~^|{}".codePoints().boxed().toList());
        Arbitrary<Integer> cjkPunct = Arbitraries.of("，。、；：？！“”‘’（）《》【】——……·～％".codePoints().boxed().toList());
        Arbitrary<Integer> emoji = Arbitraries.oneOf(Arbitraries.integers().between(0x1F600, 0x1F64F),
                Arbitraries.of(0x1F468, 0x1F469, 0x1F467, 0x2764, 0xFE0F, 0x1F3FB));
        Arbitrary<Integer> combining = Arbitraries.integers().between(0x0300, 0x036F);
        Arbitrary<Integer> rtl = Arbitraries.oneOf(Arbitraries.integers().between(0x05D0, 0x05EA),
                Arbitraries.integers().between(0x0627, 0x064A));
        Arbitrary<Integer> control = Arbitraries.oneOf(Arbitraries.integers().between(0x01, 0x08),
                Arbitraries.integers().between(0x0B, 0x0C), Arbitraries.integers().between(0x0E, 0x1F),
                Arbitraries.integers().between(0x7F, 0x9F));
        Arbitrary<Integer> invisible = Arbitraries.of(0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F,
                0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0x2028, 0x2029, 0xFFFE);
        Arbitrary<Integer> blank = Arbitraries.of(0x3000, 0x00A0, (int) ' ', (int) '\t', 0x2003);
        Arbitrary<Integer> anyBmp = Arbitraries.integers().between(0x00A0, 0xD7FF);
        Arbitrary<Integer> astral = Arbitraries.integers().between(0x10000, 0x2FFFF);
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(Tuple.of(30, hanzi), Tuple.of(10, ascii), Tuple.of(8, cjkPunct),
                Tuple.of(6, emoji), Tuple.of(5, combining), Tuple.of(5, rtl), Tuple.of(4, control),
                Tuple.of(6, invisible), Tuple.of(6, blank), Tuple.of(4, anyBmp), Tuple.of(3, astral));
        Arbitrary<Integer> first = hanzi;
        return first.flatMap(f -> cp.list().ofMaxSize(24).map(rest -> {
            StringBuilder sb = new StringBuilder().appendCodePoint(f);
            for (int c : rest) {
                sb.append(Character.toChars(c)); // a lone surrogate stays one unpaired char
            }
            return sb.toString();
        }));
    }

    /**
     * An issue assembled from {@code pieces} by a structure drawn from {@code seed}: the text, what each article
     * should show (its pieces) and whether the text holds an unpaired surrogate (then it must be refused).
     */
    record Generated(String text, List<List<String>> articles, boolean unpaired) {
    }

    static Generated generate(List<String> pieces, long seed) {
        Random r = new Random(seed);
        int[] next = {0};
        java.util.function.Supplier<String> piece = () -> pieces.get(next[0]++ % pieces.size());
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            sb.append("---\npaper: 测试报\ndate: 2025-05-16\n---\n");
        }
        List<List<String>> articles = new ArrayList<>();
        int pages = 1 + r.nextInt(2);
        for (int p = 1; p <= pages; p++) {
            sb.append("# 第").append(p).append("版 要闻\n\n");
            int n = 1 + r.nextInt(3);
            for (int a = 0; a < n; a++) {
                List<String> shown = new ArrayList<>();
                String headline = piece.get();
                if (r.nextInt(4) == 0) {
                    String second = piece.get();
                    headline += "  " + second; // a forced break
                }
                shown.add(headline);
                sb.append("## ").append(headline).append('\n');
                for (String key : List.of("kicker", "subtitle", "column", "dateline", "byline")) {
                    if (r.nextInt(4) == 0) {
                        String v = piece.get();
                        shown.add(v);
                        sb.append(key).append(": ").append(v).append('\n');
                    }
                }
                if (r.nextInt(3) == 0) {
                    sb.append("span: ").append(1 + r.nextInt(3)).append('\n');
                }
                sb.append('\n');
                int blocks = r.nextInt(4);
                for (int b = 0; b < blocks; b++) {
                    switch (r.nextInt(6)) {
                        case 0 -> {
                            String caption = piece.get();
                            shown.add(caption);
                            sb.append("![").append(caption).append("](photos/p").append(b).append(".jpg \"3:2\")\n\n");
                        }
                        case 1 -> {
                            String t = piece.get();
                            shown.add(t);
                            sb.append(t).append("<!-- ").append(piece.get()).append(" -->").append(piece.get().charAt(0));
                            shown.add(sb.substring(sb.length() - 1));
                            sb.append("\n\n");
                        }
                        default -> {
                            int lines = 1 + r.nextInt(3);
                            for (int l = 0; l < lines; l++) {
                                String t = piece.get();
                                shown.add(t);
                                if (r.nextInt(4) == 0) {
                                    sb.append("**").append(t).append("**");
                                } else {
                                    sb.append(t);
                                }
                                sb.append(r.nextInt(5) == 0 ? "\r\n" : "\n");
                            }
                            sb.append('\n');
                        }
                    }
                }
                if (r.nextInt(12) == 0) {
                    // a long paragraph, so that some pages overflow and their overset is counted
                    String t = piece.get();
                    StringBuilder para = new StringBuilder();
                    while (para.length() < 8000) {
                        para.append(t).append('字');
                    }
                    shown.add(para.toString());
                    sb.append(para).append("\n\n");
                }
                articles.add(shown);
            }
        }
        if (r.nextInt(10) == 0) {
            // one issue in ten holds an unpaired surrogate somewhere (it can only come from a String, not a file)
            int at = sb.lastIndexOf("\n", r.nextInt(sb.length()));
            sb.insert(Math.max(0, at), (char) (r.nextBoolean() ? 0xD800 + r.nextInt(0x400) : 0xDC00 + r.nextInt(0x400)));
        }
        String text = sb.toString();
        boolean unpaired = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                unpaired = true;
            }
        }
        return new Generated(text, articles, unpaired);
    }

    // ---- parser and galley: most tries -------------------------------------------------------------------------

    @Property(tries = 1000)
    void everyPrintableCharacterReachesTheGalley(@ForAll("pieces") List<String> pieces, @ForAll long seed)
            throws Exception {
        Generated g = generate(pieces, seed);
        Issue issue;
        try {
            issue = new IssueParser().parse(g.text(), NAME);
        } catch (IssueFormatException e) {
            Statistics.collect("refused");
            assertTrue(g.unpaired(), "a well-formed issue was refused: " + e.getMessage());
            assertTrue(e.getMessage().startsWith(NAME + ":" + e.pos().line() + ": unpaired surrogate"), e.getMessage());
            return;
        }
        assertFalse(g.unpaired(), "an unpaired surrogate must be refused");
        Statistics.collect(issue.notices().isEmpty() ? "parsed" : "parsed with warnings");
        GalleySetter setter = new GalleySetter(styles);
        int k = 0;
        for (Page page : issue.pages()) {
            for (Article a : page.articles()) {
                int span = a.span() != null ? a.span() : 1 + (int) Math.floorMod(seed + k, 3);
                ArticleGalley galley = setter.set(a, span, page.number() == 1 && page.articles().indexOf(a) == 0);
                StringBuilder shown = new StringBuilder();
                galley.head().lines().forEach(l -> shown.append(l.line().text()));
                galley.body().forEach(l -> shown.append(l.text()));
                CaptionBlock captions = galley.captions().get(span);
                if (captions != null) {
                    captions.lines().forEach(l -> shown.append(l.line().text()));
                }
                Map<Integer, Integer> lost = missing(count(String.join("", g.articles().get(k)),
                        HostileIssuePropertyTest::printable), count(shown, cp -> true));
                if (!lost.isEmpty()) {
                    fail("article " + k + " lost " + describe(lost) + "\nsource:\n" + g.text() + "\ngalley:\n" + shown);
                }
                k++;
            }
        }
        assertEquals(g.articles().size(), k);
    }

    static String describe(Map<Integer, Integer> lost) {
        StringBuilder sb = new StringBuilder();
        lost.forEach((cp, n) -> sb.append(String.format("U+%04X×%d ", cp, n)));
        return sb.toString();
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return piece().list().ofMinSize(1).ofMaxSize(30);
    }

    // ---- the whole command line: a smaller sample --------------------------------------------------------------

    static final Pattern OVERSET = Pattern.compile("\\((\\d+) characters\\)|: (\\d+) characters \\(");

    @Property(tries = 50)
    void theCommandLineNeverThrowsAndLosesNoHanzi(@ForAll("pieces") List<String> pieces, @ForAll long seed)
            throws Exception {
        Generated g = generate(pieces, seed);
        Path issue = dir.resolve("issue.txt");
        Files.write(issue, g.text().getBytes(StandardCharsets.UTF_8)); // a lone surrogate is written as '?'
        Path out = dir.resolve("out.pdf");
        Files.deleteIfExists(out);
        CommandRun r = CommandRun.of(issue.toString(), "-o", out.toString(), "--layout", "tabloid", "--allow-overset");
        int code = r.code();
        String log = r.err();
        assertTrue(code == 0 || code == 1 || code == 2, "exit " + code);
        Statistics.collect("exit " + code);
        assertFalse(log.contains("Exception") || log.contains("\tat ") || log.contains("internal error"), log);
        if (code == 2) {
            assertTrue(log.startsWith("layout: " + issue + ":") || log.contains("\nlayout: " + issue + ":"), log);
            return;
        }
        assertTrue(Files.exists(out), log);
        String page;
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            page = new PDFTextStripper().getText(doc);
        }
        long overset = 0;
        Matcher m = OVERSET.matcher(log);
        while (m.find()) {
            overset += Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertEquals(code == 1, overset > 0, log);
        // Hanzi map one to one to their glyphs, so the PDF's text must give every one back unless it is overset.
        StringBuilder source = new StringBuilder();
        g.articles().forEach(a -> a.forEach(source::append));
        Map<Integer, Integer> lost = missing(count(source, cp -> cp >= 0x4E00 && cp <= 0x9FA5),
                count(page, cp -> true));
        int lostCount = lost.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(lostCount <= overset, lostCount + " hanzi neither on the page nor overset: " + describe(lost) + "\n" + log);
    }
}

package paiban.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random paragraphs mixed from corpus text, punctuation runs, Latin words and numbers, set in 9-pt columns of
 * 11, 13 and 17 characters: every line must keep the rules of §2.6.
 */
class TypesetterPropertyTest {

    private static final List<String> PUNCTUATION = List.of(
            "，", "。", "、", "；", "：", "？", "！", "？！", "。”", "”，", "”。", "！”", "）。", "》，",
            "——", "……", "《", "》", "（", "）", "“", "”", "‘", "’", "·", "～", "／", "【", "】", "——“", "”——");

    @Property(tries = 500)
    void justifiedColumnsKeepEveryRule(@ForAll("paragraphs") String text, @ForAll("columns") int characters) {
        ParagraphFormat format = Galleys.column(characters);
        List<Line> lines = Galleys.set(text, format);
        Statistics.collect(characters, lines.size() > 1 ? "several lines" : "one line");
        assertTextKept(text, lines);
        List<String> faults = GalleyRules.all(lines, format);
        assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(lines));
    }

    /**
     * Found by the property above: a paragraph opening with a comma. Its first line must not be the lone comma
     * (which cannot be justified) just because every justified alternative is very loose.
     */
    @Example
    void aLineThatCannotBeJustifiedIsWorseThanALooseOne() {
        String text = "，国务，国务￥100000国务";
        ParagraphFormat format = Galleys.column(11);
        List<Line> lines = Galleys.set(text, format);
        List<String> faults = GalleyRules.all(lines, format);
        assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(lines));
    }

    @Property(tries = 300)
    void raggedAndCentredLinesKeepTheRules(@ForAll("paragraphs") String text, @ForAll("columns") int characters,
                                           @ForAll("ragged") Alignment alignment) {
        ParagraphFormat format = ParagraphFormat.headline(characters * Galleys.BODY, alignment);
        List<Line> lines = Galleys.set(text, format);
        assertTextKept(text, lines);
        List<String> faults = GalleyRules.all(lines, format);
        assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(lines));
    }

    @Property(tries = 300)
    void fullWidthPunctuationKeepsTheRules(@ForAll("paragraphs") String text, @ForAll("columns") int characters) {
        ParagraphFormat format = Galleys.column(characters).withPunctuation(PunctuationStyle.FULL_WIDTH);
        List<Line> lines = Galleys.set(text, format);
        assertTextKept(text, lines);
        List<String> faults = GalleyRules.all(lines, format);
        assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(lines));
    }

    /**
     * The galley gives back the text, except ordinary spaces at a line end, which may be dropped, and the soft hyphen
     * (U+00AD) a line broken inside a Latin word ends with ({@link Hyphenation}).
     */
    static void assertTextKept(String text, List<Line> lines) {
        int at = 0;
        for (Line line : lines) {
            String t = line.text();
            if (t.endsWith("\u00AD") && !text.startsWith(t, at)) {
                t = t.substring(0, t.length() - 1);
            }
            assertTrue(text.startsWith(t, at), "line text '" + t + "' does not continue the paragraph at " + at
                    + "\n" + Galleys.show(lines));
            at += t.length();
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
        assertEquals(text.length(), at, "text lost after " + at + ": " + Galleys.show(lines));
    }

    @Provide
    Arbitrary<Integer> columns() {
        return Arbitraries.of(11, 13, 17);
    }

    @Provide
    Arbitrary<Alignment> ragged() {
        return Arbitraries.of(Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT);
    }

    /**
     * Corpus text with a punctuation run, Latin word or number dropped in before each snippet. Every inserted piece
     * is followed by corpus text, so no chain of unbreakable material grows longer than a line: such a chain
     * (say "——“±216.30”——】±999.2" in 11 characters) has no correct setting, and the engine's last resorts for it
     * are tested separately.
     */
    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> decoration = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(PUNCTUATION)),
                net.jqwik.api.Tuple.of(2, latinWord()),
                net.jqwik.api.Tuple.of(2, number()),
                net.jqwik.api.Tuple.of(1, latinWord().map(w -> " " + w + " ")),
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")));
        Arbitrary<String> piece = Combinators.combine(decoration, corpusSnippet()).as((d, c) -> d + c);
        return piece.list().ofMinSize(1).ofMaxSize(8)
                .map(TypesetterPropertyTest::join)
                .filter(t -> t.codePoints().filter(Character::isLetterOrDigit).count() >= 2);
    }

    /**
     * Joins pieces as a writer would: a Latin word or number that meets another one gets a space, since "℃iPhone"
     * or "12GDP" would be one unbreakable unit that no real text contains.
     */
    static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String piece : pieces) {
            if (sb.length() > 0 && !piece.isEmpty() && isWestern(sb.codePointBefore(sb.length()))
                    && isWestern(piece.codePointAt(0))) {
                sb.append(' ');
            }
            sb.append(piece);
        }
        return sb.toString();
    }

    private static boolean isWestern(int cp) {
        return cp > ' ' && cp < 0x2000 || "％℃‰￥".indexOf(cp) >= 0;
    }

    private Arbitrary<String> corpusSnippet() {
        List<String> corpus = Corpus.paragraphs();
        return Combinators.combine(Arbitraries.of(corpus), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(2, 60)).as((p, from, length) -> {
                    int start = (int) (from * (p.length() - 1));
                    return p.substring(start, Math.min(p.length(), start + length));
                });
    }

    private Arbitrary<String> latinWord() {
        Arbitrary<String> lower = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> upper = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(5);
        return Arbitraries.oneOf(lower, upper, Arbitraries.of("iPhone", "COVID-19", "GDP", "C919", "e-mail"));
    }

    private Arbitrary<String> number() {
        Arbitrary<String> integer = Arbitraries.integers().between(0, 999_999).map(String::valueOf);
        Arbitrary<String> decimal = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 99)).as((a, b) -> a + "." + b);
        Arbitrary<String> base = Arbitraries.oneOf(integer, decimal);
        Arbitrary<String> unit = Arbitraries.of("", "", "%", "％", "℃", "万", "年", "km", "亿元");
        Arbitrary<String> prefix = Arbitraries.of("", "", "", "￥", "$", "±");
        return Combinators.combine(prefix, base, unit).as((p, n, u) -> p + n + u);
    }

}

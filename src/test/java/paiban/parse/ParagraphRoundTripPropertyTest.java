package paiban.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;

import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Paragraph;

/** Plain CJK paragraphs survive any line wrapping: parse(render(paragraphs)) gives the same texts. */
class ParagraphRoundTripPropertyTest {
    private static final String PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～";

    @Provide
    Arbitrary<String> cjkParagraph() {
        Arbitrary<Character> hanzi = Arbitraries.chars().range('\u4E00', '\u9FFF');
        Arbitrary<Character> punctuation = Arbitraries.of(PUNCTUATION.chars().mapToObj(c -> (char) c).toList());
        return Arbitraries.frequencyOf(Tuple.of(5, hanzi), Tuple.of(1, punctuation))
                .list().ofMinSize(1).ofMaxSize(120)
                .map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Provide
    Arbitrary<List<Wrapped>> paragraphs() {
        Arbitrary<Wrapped> one = Combinators.combine(cjkParagraph(), Arbitraries.integers().between(1, 40),
                Arbitraries.of("", "\u3000\u3000", "  ")).as(Wrapped::new);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    /** A paragraph text, the width its source lines are wrapped at, and the indent written before it. */
    record Wrapped(String text, int width, String indent) {
        String render() {
            StringBuilder sb = new StringBuilder(indent);
            for (int i = 0; i < text.length(); i += width) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(text, i, Math.min(text.length(), i + width));
            }
            return sb.toString();
        }
    }

    static String render(List<Wrapped> paragraphs, int blankLines) {
        StringBuilder sb = new StringBuilder("# 第1版 要闻\n\n## 标题\nbyline: 记者\n\n");
        for (Wrapped p : paragraphs) {
            sb.append(p.render()).append("\n").append("\n".repeat(blankLines));
        }
        return sb.toString();
    }

    @Property
    void cjkParagraphsRoundTrip(@ForAll("paragraphs") List<Wrapped> paragraphs,
            @ForAll @IntRange(min = 1, max = 3) int blankLines) throws IssueFormatException {
        Issue issue = new IssueParser().parse(render(paragraphs, blankLines), Path.of("prop.txt"));
        List<String> texts = new ArrayList<>();
        for (Block b : issue.pages().get(0).articles().get(0).body()) {
            texts.add(((Paragraph) b).text());
        }
        Assertions.assertEquals(paragraphs.stream().map(Wrapped::text).toList(), texts);
    }
}

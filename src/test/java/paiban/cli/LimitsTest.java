package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge input finishes in bounded time and memory (the surefire JVM has 2 GB) and reports what did not fit with
 * exit 1. The 60-second bound only guards against hangs; on an idle machine each case takes a few seconds.
 */
class LimitsTest {

    static final Duration BOUND = Duration.ofSeconds(60);
    static final String HEAD = "---\npaper: 测试报\n---\n# 第2版 测试\n\n";

    @TempDir
    Path dir;

    private String err;

    /** Chinese-looking text: random common hanzi with a comma or full stop now and then. */
    static String text(Random r, int characters) {
        StringBuilder sb = new StringBuilder(characters);
        for (int i = 0; i < characters; i++) {
            int k = r.nextInt(100);
            sb.append(k < 6 ? '，' : k < 8 ? '。' : (char) (0x4E00 + r.nextInt(3000)));
        }
        return sb.toString();
    }

    private int layOut(String issue) throws Exception {
        Path file = dir.resolve("issue.txt");
        Files.writeString(file, issue, StandardCharsets.UTF_8);
        CommandRun r = CommandRun.of(file.toString(), "-o", dir.resolve("out.pdf").toString(), "--layout", "tabloid");
        int code = r.code();
        err = r.err();
        assertFalse(err.contains("Exception"), err.length() > 3000 ? err.substring(0, 3000) : err);
        assertFalse(Files.exists(dir.resolve("out.pdf")), "overset: nothing is written");
        return code;
    }

    /** The characters the overset lines report, summed. */
    private long oversetCharacters() {
        Matcher m = Pattern.compile("\\((\\d+) characters\\)|: (\\d+) characters \\(").matcher(err);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return sum;
    }

    @Test
    void aOneMegabyteArticle() {
        assertTimeoutPreemptively(BOUND, () -> {
            Random r = new Random(1);
            StringBuilder sb = new StringBuilder(HEAD + "## 一兆字节的长文\n\n");
            while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
                for (int i = 0; i < 100; i++) {
                    sb.append(text(r, 200)).append("\n\n");
                }
            }
            assertEquals(1, layOut(sb.toString()));
            assertTrue(err.contains("overset: ") && err.contains("\"一兆字节的长文\""), err);
            assertTrue(oversetCharacters() > 300_000, err);
        });
    }

    @Test
    void fiveHundredArticlesOnOnePage() {
        assertTimeoutPreemptively(BOUND, () -> {
            Random r = new Random(2);
            StringBuilder sb = new StringBuilder(HEAD);
            for (int i = 1; i <= 500; i++) {
                sb.append("## 第").append(i).append("篇稿件\n\n").append(text(r, 120)).append("\n\n");
            }
            assertEquals(1, layOut(sb.toString()));
            assertTrue(err.contains("has 500 articles; only the first 100 are composed"), err);
            assertTrue(err.contains("\"第500篇稿件\": the whole article (127 characters) did not fit"), err);
            assertTrue(err.lines().filter(l -> l.startsWith("overset: ")).count() >= 400, "every article not placed is named");
        });
    }

    @Test
    void aTenThousandCharacterHeadline() {
        assertTimeoutPreemptively(BOUND, () -> {
            String headline = text(new Random(3), 10_000).replace('，', '之').replace('。', '乎');
            assertEquals(1, layOut(HEAD + "## " + headline + "\n\n正文一段。\n"));
            String shown = headline.substring(0, 30) + "…";
            assertTrue(err.contains("\"" + shown + "\": "), "the title is cut in messages: " + err);
            long lost = oversetCharacters();
            assertTrue(lost > 5_000 && lost <= 10_005, "the headline lines cut off are overset: " + lost);
        });
    }

    @Test
    void aParagraphOfAHundredThousandCharactersWithoutABreak() {
        assertTimeoutPreemptively(BOUND, () -> {
            String para = text(new Random(4), 100_000);
            assertEquals(1, layOut(HEAD + "## 长段落\n\n" + para + "\n"));
            long lost = oversetCharacters();
            assertTrue(lost > 90_000 && lost < 100_000, "overset " + lost + ":\n" + err);
        });
    }
}

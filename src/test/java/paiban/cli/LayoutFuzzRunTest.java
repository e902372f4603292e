package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.spec.LayoutException;
import paiban.spec.LayoutFuzzTest;
import paiban.spec.LayoutLoader;

/**
 * Whole runs on mutated layout files ({@link LayoutFuzzTest} fuzzes the loader alone, 600 cases): those that load and
 * some that do not are laid out through the command line. Exit 0, 1 or 2 only, no stack trace, no internal error,
 * each run within 5 s.
 */
class LayoutFuzzRunTest {

    static final String ISSUE = "---\npaper: 测试报\ndate: 2025-05-16\nhonors: [全国优秀科技报]\n---\n# 第1版 要闻\n\n"
            + "## 探路领跑  动能澎湃\nkicker: 引题\nbyline: 记者\n\n" + "山西是全国第一个全省域、全方位、系统的国家资源型经济转型综合配套改革试验区。".repeat(8)
            + "\n\n## 第二篇\n\n" + "近年来，经济开发区着力打造高质量发展增长极。".repeat(12) + "\n\n# 第2版\n\n## 乙\n\n正文。\n";

    @TempDir
    Path dir;

    @Test
    void mutatedLayoutsExitWithADefinedCodeAndNoStackTrace() throws Exception {
        Path issue = dir.resolve("issue.txt");
        Files.writeString(issue, ISSUE, StandardCharsets.UTF_8);
        // the fonts are read once per process; a first run pays for that, not for the layout
        CommandRun.of(issue.toString(), "-o", dir.resolve("warm.pdf").toString(), "--layout", "tabloid");
        List<byte[]> cases = LayoutFuzzTest.cases(200, LayoutFuzzTest.SEED + 1);
        int loaded = 0;
        int broken = 0;
        for (int i = 0; i < cases.size() && (loaded < 8 || broken < 3); i++) {
            Path layout = dir.resolve("case" + i + ".yaml");
            Files.write(layout, cases.get(i));
            boolean loads = loads(layout);
            if (loads ? loaded++ >= 8 : broken++ >= 3) {
                continue;
            }
            long start = System.nanoTime();
            CommandRun r = CommandRun.of(issue.toString(), "-o", dir.resolve("out" + i + ".pdf").toString(),
                    "--layout", layout.toString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            String what = "seed " + (LayoutFuzzTest.SEED + 1) + " case " + i + " (exit " + r.code() + ", " + ms
                    + " ms):\n" + r.err();
            assertTrue(r.code() >= 0 && r.code() <= 2, what);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("internal error"),
                    what);
            assertTrue(ms <= 5_000, what);
        }
        assertTrue(loaded >= 8, "too few mutated layouts loaded: " + loaded);
    }

    private static boolean loads(Path layout) {
        try {
            LayoutLoader.load(layout);
            return true;
        } catch (LayoutException e) {
            return false;
        }
    }
}

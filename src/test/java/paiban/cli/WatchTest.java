package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch}: a save of the issue file lays it out again in the same process; a bad save does not end it. */
class WatchTest {

    private static final long WAIT_MS = 60_000;

    @TempDir
    Path dir;

    @Test
    void aSavedIssueIsLaidOutAgainAndABadSaveKeepsWatching() throws Exception {
        Path issue = dir.resolve("issue.txt");
        Path out = dir.resolve("page1.pdf");
        write(issue, "甲乙丙丁。");
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread watcher = new Thread(() -> code.set(LayoutCommand.run(
                new String[] {issue.toString(), "-o", out.toString(), "--allow-overset", "--watch"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true))), "watch-test");
        watcher.setDaemon(true);
        watcher.start();
        try {
            waitFor(() -> runs(err) >= 1, err);
            assertTrue(Files.exists(out), err.toString());
            byte[] first = Files.readAllBytes(out);

            write(issue, "戊己庚辛，壬癸子丑。");
            waitFor(() -> runs(err) >= 2, err);
            byte[] second = Files.readAllBytes(out);
            assertFalse(Arrays.equals(first, second), "the second run wrote the new text: " + err);

            Files.writeString(issue, "## 标题\nspam: 1\n\n正文。\n", StandardCharsets.UTF_8);
            waitFor(() -> runs(err) >= 3, err);
            assertTrue(err.toString().contains("spam"), "the bad save's message is printed: " + err);
            assertTrue(watcher.isAlive(), "a failed run keeps watching");

            write(issue, "寅卯辰巳。");
            waitFor(() -> runs(err) >= 4, err);
            assertFalse(Arrays.equals(second, Files.readAllBytes(out)), err.toString());
        } finally {
            watcher.interrupt();
            watcher.join(WAIT_MS);
        }
        assertFalse(watcher.isAlive(), "interrupting the watch ends it");
        assertEquals(0, code.get(), err.toString());
    }

    private static void write(Path issue, String body) throws Exception {
        Files.writeString(issue, "## 标题\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    private static int runs(StringWriter err) {
        return err.toString().split("watch: laid out in", -1).length - 1;
    }

    private static void waitFor(BooleanSupplier condition, StringWriter err) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out; stderr so far:\n" + err);
            }
            Thread.sleep(20);
        }
    }
}

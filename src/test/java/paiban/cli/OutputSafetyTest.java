package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output path is resolved and checked before any work: distinct from the inputs and from each other, a
 * regular file or absent, {@code -} for standard output. Each case asserts the exit code, the message naming the
 * path, and exactly which files changed.
 */
class OutputSafetyTest {

    static final String ISSUE = "---\npaper: 测试报\n---\n# 第1版 要闻\n\n## 甲\n\n正文。\n\n# 第2版 国内\n\n## 乙\n\n正文。\n";

    @TempDir
    Path dir;

    Path issue;

    @BeforeEach
    void writeIssue() throws Exception {
        issue = dir.resolve("issue.txt");
        Files.writeString(issue, ISSUE, StandardCharsets.UTF_8);
    }

    /** Runs with the tabloid layout ({@code D/} in an argument is the temp folder) and checks what changed. */
    CommandRun run(int exit, Set<String> changed, String... args) throws Exception {
        FileTree before = FileTree.of(dir);
        List<String> all = new ArrayList<>();
        for (String a : args) {
            all.add(a.replace("D/", dir + "/"));
        }
        all.add("--layout");
        all.add("tabloid");
        CommandRun r = CommandRun.of(all.toArray(String[]::new));
        assertEquals(exit, r.code(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(changed, FileTree.of(dir).changedSince(before), r.err());
        return r;
    }

    @Test
    void aFolderOutputHoldingTheIssueAsPage1IsRefused() throws Exception {
        Path page1 = dir.resolve("page1.pdf");
        Files.move(issue, page1);
        CommandRun r = run(2, Set.of(), page1.toString(), "-o", "D/");
        assertTrue(r.err().contains(page1 + ": is the issue file"), r.err());
    }

    @Test
    void aPatternThatExpandsToTheIssueIsRefused() throws Exception {
        Path page1 = dir.resolve("page1.txt");
        Files.move(issue, page1);
        CommandRun r = run(2, Set.of(), page1.toString(), "-o", "D/page%d.txt");
        assertTrue(r.err().contains(page1 + ": is the issue file"), r.err());
    }

    @Test
    void thePreviewOrReportOnThePdfIsRefused() throws Exception {
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--preview", "D/out.pdf");
        assertTrue(r.err().contains("--preview " + dir.resolve("out.pdf") + " and -o " + dir.resolve("out.pdf")
                + " are the same file"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--report", "D/./out.pdf");
        assertTrue(r.err().contains("are the same file"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "D/p%d.pdf", "--combined", "D/p2.pdf");
        assertTrue(r.err().contains("--combined " + dir.resolve("p2.pdf")), r.err());
    }

    @Test
    void aLayoutFileOrPhotoIsNotAnOutput() throws Exception {
        Files.writeString(issue, ISSUE.replace("正文。\n\n# 第2版", "正文。\n\n![说明](pic.png)\n\n# 第2版"));
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/pic.png");
        assertTrue(r.err().contains("is the photo " + dir.resolve("pic.png")), r.err());
    }

    @Test
    void importOntoItsOwnRawFileIsRefused() throws Exception {
        Path raw = dir.resolve("raw.txt");
        Files.writeString(raw, "测试报\n\n标题\n\n正文第一段。\n");
        FileTree before = FileTree.of(dir);
        CommandRun r = CommandRun.of("import", raw.toString(), "-o", raw.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(raw + ": is the raw file"), r.err());
        assertEquals(Set.of(), FileTree.of(dir).changedSince(before));
    }

    @Test
    void aSymbolicLinkIsNotReplacedNorItsTargetWritten() throws Exception {
        Path target = dir.resolve("target.json");
        Files.writeString(target, "keep");
        Files.createSymbolicLink(dir.resolve("link.json"), target);
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--report", "D/link.json");
        assertTrue(r.err().contains("--report " + dir.resolve("link.json") + ": is a symbolic link"), r.err());
    }

    @Test
    void aDeviceIsNotReplaced() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--report", "/dev/null");
        assertTrue(r.err().contains("--report /dev/null: is not a regular file"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--report", "/dev/stdout");
        assertTrue(r.err().contains("--report /dev/stdout: is"), r.err());
    }

    @Test
    void aFifoIsNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--report", fifo.toString());
        assertTrue(r.err().contains(fifo + ": is not a regular file"), r.err());
    }

    @Test
    void dashWritesThePdfOrTheReportToStandardOutput() throws Exception {
        CommandRun r = run(0, Set.of(), "D/issue.txt", "-o", "-", "--pages", "2");
        assertTrue(new String(r.out(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), r.err());
        r = run(0, Set.of("out.pdf"), "D/issue.txt", "-o", "D/out.pdf", "--report", "-");
        assertTrue(new String(r.out(), StandardCharsets.UTF_8).strip().startsWith("{"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "-", "--report", "-");
        assertTrue(r.err().contains("only one output can go to standard output"), r.err());
    }

    @Test
    void dashReadsTheIssueFromStandardInput() throws Exception {
        FileTree before = FileTree.of(dir);
        CommandRun r = CommandRun.withInput(ISSUE.getBytes(StandardCharsets.UTF_8), "-", "-o",
                dir.resolve("out.pdf").toString(), "--layout", "tabloid");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of("out.pdf"), FileTree.of(dir).changedSince(before));
        r = CommandRun.withInput("---\n---\n# 第1版\n\n## 甲\n**未闭合\n".getBytes(StandardCharsets.UTF_8), "-", "-o",
                dir.resolve("x.pdf").toString(), "--layout", "tabloid");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("<stdin>:6: unmatched"), r.err());
    }

    @Test
    void anEmptyOutputNameIsAnError() throws Exception {
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "");
        assertTrue(r.err().contains("-o '': give a file name"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "D/out.pdf", "--report", "");
        assertTrue(r.err().contains("--report '': give a file name"), r.err());
    }

    @Test
    void unknownConversionsAreRefusedByName() throws Exception {
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/p%n%d.pdf");
        assertTrue(r.err().contains("'%n' is not a page number"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "D/p%q%d.pdf");
        assertTrue(r.err().contains("'%q' is not a page number"), r.err());
        assertFalse(r.err().contains("Conversion"), r.err());
        r = run(2, Set.of(), "D/issue.txt", "-o", "D/p\n%d.pdf");
        assertTrue(r.err().contains("control character"), r.err());
    }

    @Test
    void zeroPaddedPageNumbersAndPercentSigns() throws Exception {
        run(0, Set.of("p01.pdf", "p02.pdf"), "D/issue.txt", "-o", "D/p%02d.pdf");
        run(0, Set.of("100%-1.pdf", "100%-2.pdf"), "D/issue.txt", "-o", "D/100%%-%d.pdf");
    }

    @Test
    void patternFoldersAreMadeForEveryPageOrTheRunStopsBeforeWriting() throws Exception {
        run(0, Set.of("out1", "out1/p.pdf", "out2", "out2/p.pdf"), "D/issue.txt", "-o", "D/out%d/p.pdf");
        Files.writeString(dir.resolve("in2"), "a file where page 2's folder would be");
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/in%d/p.pdf");
        assertTrue(r.err().contains("-o " + dir.resolve("in2/p.pdf")), r.err());
    }

    /** The README's own example, {@code -o out/}, on a fresh clone where {@code out/} does not exist yet. */
    @Test
    void aFolderOutputIsMadeWhenMissing() throws Exception {
        run(0, Set.of("out", "out/page1.pdf", "out/page2.pdf"), "D/issue.txt", "-o", "D/out/");
        Files.writeString(dir.resolve("taken"), "a file where the folder would be");
        CommandRun r = run(2, Set.of(), "D/issue.txt", "-o", "D/taken/");
        assertTrue(r.err().contains(dir.resolve("taken").toString()), r.err());
    }

    @Test
    void staleParts() throws Exception {
        Path old = dir.resolve(".out.pdf123456789.part");
        Path dead = dir.resolve(".out.pdf.p2147483646-42.part");
        Path live = dir.resolve(".out.pdf.p" + ProcessHandle.current().parent().orElseThrow().pid() + "-7.part");
        Path other = dir.resolve(".out.pdf.notes.part");
        for (Path p : List.of(old, dead, live, other)) {
            Files.writeString(p, "half a PDF");
            Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        run(0, Set.of("out.pdf", old.getFileName().toString(), dead.getFileName().toString()), "D/issue.txt", "-o",
                "D/out.pdf");
        assertTrue(Files.exists(live) && Files.exists(other), "a live run's part and a file not ours stay");
    }

    @Test
    void theWriteFailureNamesThePath() {
        java.io.StringWriter err = new java.io.StringWriter();
        OutputWriter w = new OutputWriter(new java.io.ByteArrayOutputStream(), new java.io.PrintWriter(err),
                paiban.message.Language.EN);
        Path out = dir.resolve("full.pdf");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> w.write(new OutputPaths.Target("-o", out), o -> {
                    throw new java.io.IOException("I/O error writing PNG file!",
                            new java.io.IOException("No space left on device"));
                }, paiban.message.Message.of("output.wrote", out)));
        assertEquals(out + ": cannot be written (I/O error writing PNG file!: No space left on device)", e.getMessage());
        assertFalse(Files.exists(out));
    }
}

package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import paiban.importer.IssueWriter;
import paiban.model.Issue;

/** {@code permit:} holds a 内部资料准印证 for a paper without a CN number. */
class PermitTest {
    private static Issue parse(String frontMatter) throws Exception {
        return new IssueParser().parse("---\npaper: 城关周报\n" + frontMatter + "---\n# 第1版 要闻\n",
                Path.of("p.txt"));
    }

    @Test
    void aPermitIsKeptAsWritten() throws Exception {
        Issue issue = parse("permit: 晋内资准字（2023）第014号\n");
        assertEquals("晋内资准字（2023）第014号", issue.info().permit());
        assertNull(issue.info().cn());
        Issue again = new IssueParser().parse(IssueWriter.write(issue), Path.of("again.txt"));
        assertEquals(issue.info().permit(), again.info().permit());
    }

    @Test
    void aPaperHasACnNumberOrAPermitNotBoth() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("cn: 14-0015\npermit: 晋内资准字（2023）第014号\n"));
        assertEquals(4, e.pos().line(), e.getMessage());
        assertTrue(e.getMessage().contains("keep one of them"), e.getMessage());
    }

    @Test
    void aPermitWrittenAsCnPointsToPermit() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("cn: 晋内资准字（2023）第014号\n"));
        assertTrue(e.getMessage().contains("permit:"), e.getMessage());
    }
}

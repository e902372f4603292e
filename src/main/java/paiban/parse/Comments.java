package paiban.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.model.SourcePos;
import paiban.message.Message;

/**
 * Removes HTML comments ({@code <!-- ... -->}, possibly spanning lines) from the body. A line that held nothing but
 * comment becomes null, meaning "no line here": it neither ends a paragraph nor ends an attribute block, so a
 * comment can be dropped anywhere without changing the structure around it.
 */
final class Comments {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    private Comments() {
    }

    /** Returns a copy of {@code lines} with comments removed from index {@code from} on. */
    static List<String> strip(List<String> lines, int from, Path name) throws IssueFormatException {
        List<String> out = new ArrayList<>(lines);
        boolean inComment = false;
        int openedAt = -1;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean touched = inComment;
            StringBuilder kept = new StringBuilder();
            int pos = 0;
            while (pos <= line.length()) {
                if (inComment) {
                    int end = line.indexOf(CLOSE, pos);
                    if (end < 0) {
                        break;
                    }
                    pos = end + CLOSE.length();
                    inComment = false;
                } else {
                    int start = line.indexOf(OPEN, pos);
                    if (start < 0) {
                        kept.append(line, pos, line.length());
                        break;
                    }
                    kept.append(line, pos, start);
                    pos = start + OPEN.length();
                    inComment = true;
                    touched = true;
                    openedAt = i;
                }
            }
            if (touched) {
                out.set(i, kept.toString().isBlank() ? null : kept.toString());
            }
        }
        if (inComment) {
            throw new IssueFormatException(new SourcePos(name, openedAt + 1),
                    Message.of("issue.comment-unclosed"), lines.get(openedAt));
        }
        return out;
    }
}

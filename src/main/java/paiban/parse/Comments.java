package paiban.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.model.SourcePos;
import paiban.message.Message;

/**
 * Removes HTML comments ({@code <!-- ... -->}, possibly spanning lines) from the body. A line that held nothing but
 * comment becomes null, meaning "no line here": it neither ends a paragraph nor ends an attribute block, so a
 * comment can be dropped anywhere without changing the structure around it.
 *
 * <p>A line that is one whole comment and nothing else ({@code <!-- place: lead -->}) is also kept as a possible
 * <em>directive</em>: its content, for the parser to read as an attribute when the line stands in an attribute block
 * and says {@code key: value} with a key that block knows (as Marp reads its directives). A desk writes there what
 * steers the page but does not print, and a checker that drops comments does not look for it on the page.
 */
final class Comments {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    /** A line that holds exactly one comment, opened and closed on it. */
    private static final Pattern WHOLE = Pattern.compile("[ \\t\u3000]*<!--((?:(?!-->).)*)-->[ \\t\u3000]*");

    /**
     * The lines with comments removed (null where only comment was) and, by line index, the content of every line
     * that was one whole comment: the directives the parser may read as attributes.
     */
    record Stripped(List<String> lines, Map<Integer, String> directives) {
    }

    private Comments() {
    }

    /** A copy of {@code lines} with comments removed from index {@code from} on, and the directives found. */
    static Stripped strip(List<String> lines, int from, Path name) throws IssueFormatException {
        List<String> out = new ArrayList<>(lines);
        Map<Integer, String> directives = new TreeMap<>();
        boolean inComment = false;
        int openedAt = -1;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inComment) {
                Matcher whole = WHOLE.matcher(line);
                if (whole.matches()) {
                    directives.put(i, whole.group(1).strip());
                }
            }
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
        return new Stripped(out, directives);
    }
}

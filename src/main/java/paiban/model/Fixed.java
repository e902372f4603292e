package paiban.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and how large the desk fixes an article's module by hand ({@code at:} and {@code module:} in the issue file):
 * its top-left corner at a column and a grid line of the body area, both counted from 1, and its size in columns ×
 * grid lines. A part not given is 0; the page maker fills the rest of the page around what is fixed.
 */
public record Fixed(int column, int line, int columns, int lines) {

    private static final Pattern AT = Pattern.compile(
            "(?:第?\\s*([0-9]{1,2})\\s*栏|(?i:col(?:umn)?)\\s*([0-9]{1,2}))\\s*[,，、]?\\s*"
                    + "(?:第?\\s*([0-9]{1,3})\\s*行|(?i:line)\\s*([0-9]{1,3}))");
    private static final Pattern SIZE = Pattern.compile(
            "([0-9]{1,2})\\s*(?:栏)?\\s*[x×X*]\\s*([0-9]{1,3})\\s*(?:行)?|([0-9]{1,2})\\s*栏\\s*([0-9]{1,3})\\s*行");

    /** Nothing fixed. */
    public static final Fixed NONE = new Fixed(0, 0, 0, 0);

    public boolean hasPosition() {
        return column > 0;
    }

    public boolean hasSize() {
        return columns > 0;
    }

    /** {@code at: 3栏 20行}, {@code at: 第3栏 第20行} or {@code at: col 3, line 20}; an exception says what is wrong. */
    public static Fixed at(String value, Fixed size) {
        Matcher m = AT.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'at' must name a column and a grid line, e.g. 'at: 3栏 20行' or"
                    + " 'at: col 3, line 20' (both counted from 1)");
        }
        int column = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        int line = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
        if (column == 0 || line == 0) {
            throw new IllegalArgumentException("'at': columns and lines are counted from 1");
        }
        return new Fixed(column, line, size.columns, size.lines);
    }

    /** {@code module: 3x40} (columns × grid lines, also {@code 3×40}, {@code 3栏×40行}, {@code 3栏40行}). */
    public static Fixed size(String value) {
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'module' must be columns × grid lines, e.g. 'module: 3x40'");
        }
        int columns = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int lines = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        if (columns == 0 || lines == 0) {
            throw new IllegalArgumentException("'module': a module is at least one column and one line");
        }
        return new Fixed(0, 0, columns, lines);
    }

    /** As the issue file would write it, for messages. */
    public String describe() {
        String at = hasPosition() ? "at column " + column + ", line " + line : "";
        String size = hasSize() ? columns + "x" + lines : "";
        return at.isEmpty() ? "module " + size : size.isEmpty() ? at : "module " + size + " " + at;
    }
}

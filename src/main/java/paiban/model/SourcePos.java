package paiban.model;

import java.nio.file.Path;

/** Where a piece of the issue came from, so every message can name the file and line a user must fix. */
public record SourcePos(Path file, int line) {
    @Override
    public String toString() {
        return (file == null ? "<input>" : file.toString()) + ":" + line;
    }
}

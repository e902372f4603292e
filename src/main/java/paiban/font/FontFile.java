package paiban.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import paiban.message.Message;

/**
 * A font file on disk, memory-mapped: a single sfnt face (.otf, .ttf) or a collection (.ttc, .otc). Mapping costs
 * nothing up front, so reading a 26 MB collection touches only the pages of the tables actually asked for.
 */
final class FontFile {

    private static final int TTC_TAG = 0x74746366; // 'ttcf'

    private final Path path;
    private final ByteBuffer data;
    private final List<TableDirectory> faces;

    private FontFile(Path path, ByteBuffer data, List<TableDirectory> faces) {
        this.path = path;
        this.data = data;
        this.faces = faces;
    }

    static FontFile open(Path path) {
        ByteBuffer data;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException e) {
            throw new FontException(Message.of("font.unreadable", path, e.getMessage()), e);
        }
        try {
            List<TableDirectory> faces = new ArrayList<>();
            if (data.getInt(0) == TTC_TAG) {
                int count = data.getInt(8);
                for (int i = 0; i < count; i++) {
                    faces.add(TableDirectory.read(data, data.getInt(12 + 4 * i)));
                }
            } else {
                faces.add(TableDirectory.read(data, 0));
            }
            return new FontFile(path, data, List.copyOf(faces));
        } catch (IndexOutOfBoundsException e) {
            throw new FontException(Message.of("font.truncated", path), e);
        }
    }

    Path path() {
        return path;
    }

    /** The whole file; tables are slices of it. */
    ByteBuffer data() {
        return data;
    }

    int faceCount() {
        return faces.size();
    }

    TableDirectory face(int index) {
        return faces.get(index);
    }
}

package paiban.font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import paiban.message.Message;

/**
 * Finds faces by family name and weight in an ordered list of font folders — the project's own fonts first, so a
 * layout sets the same on every machine, then the system's. Folders are listed lazily, one at a time, and only as
 * far as needed: the bundled Noto CJK fonts are found without ever walking /usr/share/fonts.
 *
 * <p>Each (family, bold, file hint) is opened once and the same {@link OpenTypeFace} returned afterwards, so the PDF
 * writer can group glyphs by face identity. Safe to share between threads.
 */
public final class FontLibrary {

    private static final List<String> EXTENSIONS = List.of(".ttc", ".otc", ".otf", ".ttf");

    private final List<Path> folders;
    private final Map<Path, List<FaceListing>> listings = new ConcurrentHashMap<>();
    private final Map<Path, FontFile> files = new ConcurrentHashMap<>();
    private final Map<String, OpenTypeFace> faces = new ConcurrentHashMap<>();
    private volatile List<OpenTypeFace> systemCjk;

    /** Family names of faces made for another region than mainland China (Noto CJK JP, Source Han Sans K, ...). */
    private static final java.util.regex.Pattern OTHER_REGION =
            java.util.regex.Pattern.compile("(?i).*[ _-](JP|J|KR|K|TC|T|HK|TW|MO)$");

    public FontLibrary(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The project's font folder, then the usual system and user folders of a Unix machine. */
    public static FontLibrary standard(Path projectFonts) {
        List<Path> folders = new ArrayList<>();
        folders.add(projectFonts);
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        String home = System.getProperty("user.home");
        if (home != null) {
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of(home, ".local", "share", "fonts"));
        }
        return new FontLibrary(folders);
    }

    public List<Path> folders() {
        return folders;
    }

    /** The face of the family with the given weight (regular or bold), e.g. ("Noto Serif CJK SC", true). */
    public OpenTypeFace face(String family, boolean bold) {
        return face(family, bold, null);
    }

    /**
     * As {@link #face(String, boolean)}, looking only at the file named by fileHint: a path, or a file name searched
     * for in the folders (e.g. "NotoSerifCJK-Bold.ttc"). A null hint looks everywhere.
     */
    public OpenTypeFace face(String family, boolean bold, String fileHint) {
        Objects.requireNonNull(family, "family");
        String key = family + '\u0000' + bold + '\u0000' + (fileHint == null ? "" : fileHint);
        return faces.computeIfAbsent(key, k -> find(family, bold, fileHint));
    }

    private OpenTypeFace find(String family, boolean bold, String fileHint) {
        List<FaceListing> sameFamily = new ArrayList<>();
        if (fileHint != null && Files.isRegularFile(Path.of(fileHint))) {
            FontFile file = file(Path.of(fileHint));
            for (int i = 0; i < file.faceCount(); i++) {
                FaceListing listing = FaceListing.read(file, i);
                if (listing.isFamily(family)) {
                    sameFamily.add(listing);
                }
            }
            FaceListing best = best(sameFamily, bold);
            if (best != null) {
                return OpenTypeFace.open(file(best.file()), best.index());
            }
        } else {
            for (Path folder : folders) {
                List<FaceListing> here = listing(folder).stream()
                        .filter(l -> fileHint == null || l.file().getFileName().toString().equals(fileHint))
                        .filter(l -> l.isFamily(family))
                        .toList();
                sameFamily.addAll(here);
                FaceListing best = best(here, bold);
                if (best != null) {
                    return OpenTypeFace.open(file(best.file()), best.index());
                }
            }
        }
        String wanted = "'" + family + "' " + (bold ? "bold" : "regular")
                + (fileHint == null ? "" : " in file " + fileHint);
        if (!sameFamily.isEmpty()) {
            throw new FontException(Message.of("font.no-style", wanted, sameFamily));
        }
        throw new FontException(Message.of("font.no-family", wanted, (fileHint != null && Files.isRegularFile(Path.of(fileHint)) ? fileHint : folders)));
    }

    /** The face of the right weight class closest to the asked-for weight; upright before italic. */
    private static FaceListing best(List<FaceListing> candidates, boolean bold) {
        return candidates.stream()
                .filter(l -> l.style().bold() == bold)
                .min(Comparator.comparingInt((FaceListing l) -> l.distance(bold)))
                .orElse(null);
    }

    /**
     * The Chinese faces of the system folders (every folder but the first, the project's), for characters none of
     * a layout's faces covers: faces that map the ideograph 一 (U+4E00) and can be embedded (TrueType or CID-keyed
     * CFF outlines), leaving out those made for another region
     * (a JP or TC face of a collection would draw a shared character in that region's form). Faces of the given
     * weight come first, then the others, each in path order. The folders are walked on the first call only.
     */
    public List<OpenTypeFace> systemCjkFaces(boolean bold) {
        List<OpenTypeFace> all = systemCjk;
        if (all == null) {
            synchronized (this) {
                all = systemCjk;
                if (all == null) {
                    all = scanSystemCjk();
                    systemCjk = all;
                }
            }
        }
        List<OpenTypeFace> ordered = new ArrayList<>();
        all.stream().filter(f -> f.bold() == bold).forEach(ordered::add);
        all.stream().filter(f -> f.bold() != bold).forEach(ordered::add);
        return ordered;
    }

    private List<OpenTypeFace> scanSystemCjk() {
        List<OpenTypeFace> found = new ArrayList<>();
        for (Path folder : folders.subList(Math.min(1, folders.size()), folders.size())) {
            for (FaceListing l : listing(folder)) {
                if (l.families().stream().anyMatch(f -> OTHER_REGION.matcher(f).matches()) || l.style().italic()) {
                    continue;
                }
                try {
                    OpenTypeFace face = OpenTypeFace.open(file(l.file()), l.index());
                    if (face.covers(0x4E00) && face.embeddable()) {
                        found.add(face);
                    }
                } catch (FontException | IndexOutOfBoundsException e) {
                    // unreadable: not a fallback
                }
            }
        }
        return List.copyOf(found);
    }

    private List<FaceListing> listing(Path folder) {
        return listings.computeIfAbsent(folder, this::scan);
    }

    /** Every face of every font file under the folder, in path order so the choice never depends on the disk. */
    private List<FaceListing> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> fontFiles;
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            fontFiles = walk.filter(FontLibrary::isFontFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            // An unreadable subfolder or a link loop must not hide the fonts around it: list what walked cleanly.
            fontFiles = walkLeniently(folder);
        }
        List<FaceListing> result = new ArrayList<>();
        for (Path path : fontFiles) {
            try {
                FontFile file = file(path);
                for (int i = 0; i < file.faceCount(); i++) {
                    result.add(FaceListing.read(file, i));
                }
            } catch (FontException | IndexOutOfBoundsException e) {
                // A damaged or foreign file in a system folder is not our concern unless asked for by name.
            }
        }
        return List.copyOf(result);
    }

    private static List<Path> walkLeniently(Path folder) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child)) {
                    found.addAll(walkLeniently(child));
                } else if (isFontFile(child)) {
                    found.add(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // unreadable: skip
        }
        return found;
    }

    private static boolean isFontFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && Files.isRegularFile(path);
    }

    private FontFile file(Path path) {
        return files.computeIfAbsent(path.toAbsolutePath().normalize(), FontFile::open);
    }
}

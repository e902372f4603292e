package paiban.job;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the engine's own files (fonts/, layouts/) live: the folder named by the system property {@code paiban.home}
 * (the launcher sets it), else the folder above the jar (target/..), else the working directory.
 */
public final class Home {

    private Home() {
    }

    public static Path locate() {
        String prop = System.getProperty("paiban.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath();
        }
        try {
            Path code = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("fonts")) && Files.isDirectory(p.resolve("layouts"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** Where a layout named by a word is looked for: layouts/ in the working directory, then the home's layouts/. */
    public static List<Path> layoutFolders(Path home) {
        return List.of(Path.of("layouts").toAbsolutePath(), home.resolve("layouts"));
    }

    /** The layout chosen (--layout, or the API's), else the front matter {@code layout:}, else broadsheet. */
    public static String layoutName(String chosen, String frontMatter) {
        return chosen != null ? chosen : frontMatter != null ? frontMatter : "broadsheet";
    }
}

package paiban.job;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import paiban.model.Issue;
import paiban.spec.LayoutLoader;

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

    /** The layout chosen (--layout, or the API's), else the issue's front matter {@code layout:}, else broadsheet. */
    public static String layoutName(String chosen, String frontMatter) {
        return chosen != null ? chosen : frontMatter != null ? frontMatter : "broadsheet";
    }

    /**
     * As {@link #layoutName(String, String)}, but a layout file the front matter names by a relative path is found
     * beside the issue file, as its photos are: a paper's folder holds its issue and its layout and works from any
     * working directory. A file given on the command line stays relative to the working directory, as shells expect.
     */
    public static String layoutName(String chosen, Issue issue) {
        String frontMatter = issue.info().layout();
        if (chosen == null && frontMatter != null && LayoutLoader.namesFile(frontMatter) && issue.source() != null) {
            Path file = Path.of(frontMatter);
            Path folder = issue.source().getParent();
            if (!file.isAbsolute() && folder != null) {
                return folder.resolve(file).toString();
            }
        }
        return layoutName(chosen, frontMatter);
    }
}

package paiban.job;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}

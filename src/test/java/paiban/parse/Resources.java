package paiban.parse;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test input files from src/test/resources. */
final class Resources {
    private Resources() {
    }

    static Path path(String name) {
        URL url = Resources.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package paiban.font;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the outside checkers tests consult when installed: poppler, fontTools. */
public final class ExternalTools {

    private ExternalTools() {
    }

    public record Result(int code, String out, String err) {
    }

    /** The command's exit code, standard output and standard error; code -1 when it cannot be run. */
    public static Result run(List<String> command) {
        try {
            Path err = Files.createTempFile("paiban-test", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectError(err.toFile()).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(-1, out, "timed out");
                }
                return new Result(p.exitValue(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    /** The first of python3 and Debian's /usr/bin/python3 that can import fontTools, or null. */
    public static String pythonWithFontTools() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if (run(List.of(python, "-c", "import fontTools")).code() == 0) {
                return python;
            }
        }
        return null;
    }
}

package paiban.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Later work cannot drift back to messages in words: a user error, a file the engine cannot use, a bad value and a
 * warning are made only from catalogue keys, and no error helper is handed a sentence.
 */
class NoRawMessagesTest {

    /** {@code new UserError("…")}, {@code new FontException("…" + x)}, {@code new IOException("…")} and the like. */
    private static final Pattern RAW_CONSTRUCTOR = Pattern.compile(
            "new (UserError|[A-Za-z]*Exception|UnusableFile|BadValue)\\(\\s*\"([^\"]*)\"");
    /** An error helper ({@code error(line, "…")}, {@code fail("…")}) given a literal with a space: a sentence. */
    private static final Pattern RAW_HELPER = Pattern.compile("\\b(error|fail|warn|say)\\([^;\"\\n]*\"([^\"\\n]* [^\"\\n]*)\"");
    /** Exceptions for the engine's own faults: their text goes to a bug report, not to the desk. */
    private static final List<String> ENGINE_FAULTS = List.of("IllegalStateException", "IllegalArgumentException",
            "NullPointerException", "IndexOutOfBoundsException", "UnsupportedOperationException", "ArithmeticException");

    @Test
    void noUserFacingMessageIsASentenceInTheCode() throws IOException {
        List<String> raw = new ArrayList<>();
        for (Path file : MessageCatalogueTest.sources()) {
            String code = Files.readString(file);
            Matcher m = RAW_CONSTRUCTOR.matcher(code);
            while (m.find()) {
                boolean key = Catalogue.texts().containsKey(m.group(2) + ".en");
                if (!ENGINE_FAULTS.contains(m.group(1)) && !key) {
                    raw.add(file.getFileName() + ": " + m.group());
                }
            }
            Matcher h = RAW_HELPER.matcher(code);
            while (h.find()) {
                raw.add(file.getFileName() + ": " + h.group());
            }
        }
        assertEquals(List.of(), raw, "user-facing messages must come from paiban/messages.properties");
    }

    /** The scan is not blind: it finds the shapes it is meant to find, and passes catalogue keys. */
    @Test
    void theScanFindsSentencesAndPassesKeys() {
        assertTrue(RAW_CONSTRUCTOR.matcher("throw new UserError(\"photo \" + p + \" is gone\");").find());
        assertTrue(RAW_CONSTRUCTOR.matcher("throw new IOException(\"cannot be opened\");").find());
        assertTrue(RAW_HELPER.matcher("throw error(i, \"'span' must be a whole number\");").find());
        assertTrue(RAW_HELPER.matcher("return fail(\"--watch needs a file\");").find());
        assertTrue(!RAW_HELPER.matcher("throw error(i, \"issue.span\");").find());
        Matcher keyed = RAW_CONSTRUCTOR.matcher("new FontException(\"font.no-cmap\")");
        assertTrue(keyed.find() && Catalogue.texts().containsKey(keyed.group(2) + ".en"));
    }

    /** The types themselves take no words: a user error is made from a catalogue message or not at all. */
    @Test
    void aUserErrorCannotBeMadeFromAString() {
        for (Class<?> type : List.of(paiban.UserError.class, paiban.spec.LayoutException.class,
                paiban.font.FontException.class, paiban.compose.PinException.class,
                paiban.parse.IssueFormatException.class, UnusableFile.class, BadValue.class)) {
            for (Constructor<?> c : type.getConstructors()) {
                List<Class<?>> params = List.of(c.getParameterTypes());
                boolean words = !params.isEmpty() && params.get(0) == String.class
                        && !(type == BadValue.class && params.size() == 2 && params.get(1) == Object[].class);
                assertTrue(!words && !params.stream().skip(1).anyMatch(p -> p == String.class && type != paiban.parse.IssueFormatException.class),
                        type.getSimpleName() + " has a constructor taking words: " + c);
            }
        }
    }
}

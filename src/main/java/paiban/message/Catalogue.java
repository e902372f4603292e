package paiban.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every message the engine gives a user, in English and Chinese, from one file: {@code paiban/messages.properties}
 * on the class path, two lines a message, {@code KEY.en=…} and {@code KEY.zh=…}. A text's {@code {0}}, {@code {1}} …
 * are its arguments; nothing else in it is special (no quoting rules), so a text reads as it prints.
 */
public final class Catalogue {

    static final String RESOURCE = "/paiban/messages.properties";

    private static final Map<String, String> TEXTS = load();

    private Catalogue() {
    }

    /** Every text, by {@code KEY.en} / {@code KEY.zh}, sorted (for the catalogue's own test). */
    public static Map<String, String> texts() {
        return TEXTS;
    }

    static void requireKey(String key) {
        if (!TEXTS.containsKey(key + ".en")) {
            throw new IllegalStateException("no message '" + key + "' in " + RESOURCE);
        }
    }

    static String text(Language language, String key, List<Object> args) {
        String template = TEXTS.get(key + "." + language.tag());
        if (template == null) {
            throw new IllegalStateException("no message '" + key + "' in " + RESOURCE);
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            int n = close > i + 1 ? index(template.substring(i + 1, close)) : -1;
            if (n >= 0 && n < args.size()) {
                Object a = args.get(n);
                sb.append(a instanceof Message m ? m.render(language) : String.valueOf(a));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static int index(String s) {
        if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(s);
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        p.forEach((k, v) -> texts.put((String) k, (String) v));
        return java.util.Collections.unmodifiableMap(texts);
    }
}

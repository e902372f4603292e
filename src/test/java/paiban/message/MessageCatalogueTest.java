package paiban.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds every message in both languages with the same placeholders, the Chinese is Chinese, and the
 * code asks only for keys the catalogue has (and the catalogue holds none the code no longer asks for).
 */
class MessageCatalogueTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d{1,2}\\}");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.?)\"");

    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (String k : Catalogue.texts().keySet()) {
            keys.add(k.substring(0, k.lastIndexOf('.')));
        }
        return keys;
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSamePlaceholders() {
        Map<String, String> texts = Catalogue.texts();
        List<String> wrong = new ArrayList<>();
        for (String key : keys()) {
            String en = texts.get(key + ".en");
            String zh = texts.get(key + ".zh");
            if (en == null || zh == null || en.isBlank() || zh.isBlank()) {
                wrong.add(key + ": a language is missing");
            } else if (!placeholders(en).equals(placeholders(zh))) {
                wrong.add(key + ": placeholders " + placeholders(en) + " in English, " + placeholders(zh) + " in Chinese");
            }
        }
        for (String k : texts.keySet()) {
            if (!k.endsWith(".en") && !k.endsWith(".zh")) {
                wrong.add(k + ": a key must end in .en or .zh");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A text with English words in it must have Chinese in its Chinese version, not the English copied. */
    @Test
    void theChineseIsChinese() {
        List<String> copied = new ArrayList<>();
        for (String key : keys()) {
            String en = PLACEHOLDER.matcher(Catalogue.texts().get(key + ".en")).replaceAll("");
            String zh = Catalogue.texts().get(key + ".zh");
            boolean words = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{2,}").matcher(en).find();
            if (words && zh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                copied.add(key);
            }
        }
        assertEquals(List.of(), copied);
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogueAndEveryKeyIsUsed() throws IOException {
        Set<String> keys = keys();
        Set<String> areas = new TreeSet<>();
        keys.forEach(k -> areas.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
        Set<String> named = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String literal = m.group(1);
                String area = literal.contains(".") ? literal.substring(0, literal.indexOf('.')) : literal;
                if (!areas.contains(area) || !literal.contains(".") || literal.matches(".*\\.(txt|yaml|yml|pdf|png|jpg|json)")) {
                    continue;
                }
                named.add(literal);
                boolean prefix = literal.endsWith(".") && keys.stream().anyMatch(k -> k.startsWith(literal));
                if (!keys.contains(literal) && !prefix) {
                    unknown.add(file.getFileName() + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), unknown, "keys the code names that the catalogue lacks");
        List<String> unused = keys.stream().filter(k -> !k.equals("at") && !k.equals("at-text") && !k.equals("with-text"))
                .filter(k -> !named.contains(k) && named.stream().noneMatch(n -> n.endsWith(".") && k.startsWith(n)))
                .toList();
        assertEquals(List.of(), unused, "catalogue keys no code names");
    }

    @Test
    void aMessageRendersItsArgumentsInEitherLanguage() {
        Message m = Message.at("issue.txt:3", Message.of("issue.outside", Message.of("issue.outside.before-article")));
        assertEquals("issue.txt:3: text outside an article (body text must come after an article heading '## headline')",
                m.render(Language.EN));
        assertEquals("issue.txt:3: 文字不属于任何稿件（正文要写在稿件标题 '## 标题' 之后）", m.render(Language.ZH));
    }

    @Test
    void theLocaleChoosesTheLanguageAsPosixRanksTheVariables() {
        assertEquals(Language.ZH, Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Language.ZH, Language.fromEnvironment(Map.of("LANG", "zh_TW.Big5")));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LANG", "C")));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of()));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C")));
        assertEquals(Language.ZH, Language.fromEnvironment(Map.of("LANG", "C", "LC_MESSAGES", "zh_CN.GBK")));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LC_MESSAGES", "en_US.UTF-8", "LANG", "zh_CN")));
        assertEquals(Language.ZH, Language.fromEnvironment(Map.of("LC_ALL", "", "LANG", "zh_CN.UTF-8")));
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}

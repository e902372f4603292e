package paiban.message;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language a run speaks to the desk: Chinese or English. Chosen by {@code --lang}, else by the locale as POSIX
 * ranks it ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}: the first one set decides); any {@code zh}
 * locale is Chinese, everything else (C, POSIX, en_US …) English.
 */
public enum Language {
    EN, ZH;

    /** The locale variables in the order POSIX lets them override each other for messages. */
    private static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    /** The language the environment's locale asks for. */
    public static Language fromEnvironment(Map<String, String> env) {
        for (String name : LOCALE_VARIABLES) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                return v.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }

    /** {@code zh} or {@code en} (as {@code --lang} takes it), or null for anything else. */
    public static Language ofTag(String tag) {
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "cn", "zh_cn", "zh-cn", "中文" -> ZH;
            case "en", "english" -> EN;
            default -> null;
        };
    }

    /** The tag the catalogue files the texts under: {@code en}, {@code zh}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}

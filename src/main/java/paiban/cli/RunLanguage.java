package paiban.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import paiban.message.Language;
import paiban.message.Message;
import picocli.CommandLine;

/**
 * The language a command speaks: {@code --lang zh|en} if given, else the locale's ({@link Language#fromEnvironment}).
 * Read from the raw arguments before picocli parses them, so that picocli's own usage errors speak it too.
 */
final class RunLanguage {

    static final String OPTION = "--lang";

    private RunLanguage() {
    }

    /** The language the arguments and environment ask for; a bad {@code --lang} value falls back to the locale's. */
    static Language of(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String tag = args[i].startsWith(OPTION + "=") ? args[i].substring(OPTION.length() + 1)
                    : args[i].equals(OPTION) && i + 1 < args.length ? args[i + 1] : null;
            Language chosen = tag == null ? null : Language.ofTag(tag);
            if (chosen != null) {
                return chosen;
            }
        }
        return Language.fromEnvironment(env);
    }

    /**
     * The charset of the terminal the locale names ({@code zh_CN.UTF-8}, {@code zh_CN.GBK} …), so Chinese prints even
     * when the JVM does not know the locale (it then falls back to ASCII); null leaves the JVM's choice.
     */
    static Charset consoleCharset(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                int dot = v.indexOf('.');
                String codeset = dot < 0 ? "" : v.substring(dot + 1).replaceFirst("@.*", "");
                if (codeset.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8")) {
                    return StandardCharsets.UTF_8;
                }
                try {
                    return codeset.isEmpty() ? null : Charset.forName(codeset);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Standard error in the locale's charset (or the JVM's own when the locale names none). */
    static PrintWriter standardError(Map<String, String> env) {
        Charset cs = consoleCharset(env);
        return cs == null ? new PrintWriter(System.err, true)
                : new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
    }

    /** A usage error picocli found (unknown option, missing argument, bad value), in catalogue words. */
    static Message usageError(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            return Message.of("cli.missing", m.getMissing().stream().map(RunLanguage::name)
                    .collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return Message.of("cli.unknown", u.getUnmatched().stream().map(s -> "'" + s + "'")
                    .collect(Collectors.joining(", ")));
        }
        return Message.of("cli.usage", ex.getMessage());
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec o ? "'" + o.longestName() + "'"
                : "'" + spec.paramLabel() + "'";
    }
}

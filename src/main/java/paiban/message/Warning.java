package paiban.message;

import java.util.Locale;
import paiban.model.SourcePos;

/**
 * One warning of a run, made where the engine notices it: its kind ({@link Code}, stable, so a pipeline can act on
 * a kind without reading the wording), where it stands in the issue file (null when it names no line), and the
 * message. The command prints it as {@code FILE:LINE: text} in the run's language.
 */
public record Warning(Code code, SourcePos pos, Message message) {

    /** Every kind of warning; the report gives {@link #key()}, and docs/report.schema.json lists the same. */
    public enum Code {
        PHOTO_MISSING, PHOTO_LOW_DPI, PHOTO_CROP, PDFX_PROFILE, TOO_MANY_ARTICLES, UNPRINTED_ATTRIBUTE,
        UNKNOWN_ATTRIBUTE, ATTRIBUTE_AS_TEXT, DIRECTIVE_AS_COMMENT, PAGE_LAYOUT_UNUSED, INVISIBLE_REMOVED, ENCODING,
        MOVED, UNDERFULL, EMPTY_PAGE, PIN_NOT_HELD,
        CUT, FITTED, FIT_PHOTO, FIT_AIR, FIT_HEADLINE, FIT_FAILED, UNCOVERED, AD_SHAPE, AD_COLOUR;

        /** The code as the report writes it: {@code photo-missing}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A warning about a line of the issue file. */
    public static Warning at(Code code, SourcePos pos, String key, Object... args) {
        return new Warning(code, pos, Message.of(key, args));
    }

    /** A warning that names no line of the issue file. */
    public static Warning of(Code code, String key, Object... args) {
        return new Warning(code, null, Message.of(key, args));
    }

    /** The file the warning names, or null. */
    public String file() {
        return pos == null || pos.file() == null ? null : pos.file().toString();
    }

    /** The line the warning names, or null. */
    public Integer line() {
        return pos == null ? null : pos.line();
    }

    /** The whole line the command prints after {@code warning: }, position first. */
    public String render(Language language) {
        return pos == null ? message.render(language) : Message.at(pos, message).render(language);
    }

    /** In English, as logs and the Java API give it. */
    @Override
    public String toString() {
        return render(Language.EN);
    }
}

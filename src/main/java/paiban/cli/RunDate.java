package paiban.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import paiban.UserError;
import paiban.message.Message;

/**
 * The date {@code --timestamp} puts in the PDF: now, or the time {@code SOURCE_DATE_EPOCH} gives (seconds since
 * 1970-01-01 UTC, the reproducible-builds convention), so a build system can date the file and still get the same
 * bytes on every run.
 */
final class RunDate {

    static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private RunDate() {
    }

    /** @param sourceDateEpoch the variable's value, or null when it is not set */
    static ZonedDateTime timestamp(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return ZonedDateTime.now().withNano(0);
        }
        String v = sourceDateEpoch.strip();
        if (!v.matches("[0-9]{1,12}")) {
            throw new UserError(Message.of("cli.source-date-epoch", VARIABLE, v));
        }
        return Instant.ofEpochSecond(Long.parseLong(v)).atZone(ZoneOffset.UTC);
    }
}

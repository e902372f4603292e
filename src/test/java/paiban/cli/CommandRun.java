package paiban.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code layout} command as a shell would make it: its exit code and what it said on stderr. */
record CommandRun(int code, String err) {

    static CommandRun of(String... args) {
        StringWriter err = new StringWriter();
        int code = LayoutCommand.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        return new CommandRun(code, err.toString());
    }
}

package paiban.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code layout} command as a shell would make it: its exit code, what it said on stderr and the
 * bytes it wrote to standard output.
 */
record CommandRun(int code, String err, byte[] out) {

    static CommandRun of(String... args) {
        return withInput(new byte[0], args);
    }

    /** A run whose standard input holds {@code stdin}. */
    static CommandRun withInput(byte[] stdin, String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LayoutCommand.run(args, new StandardStreams(new ByteArrayInputStream(stdin), out),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        return new CommandRun(code, err.toString(), out.toByteArray());
    }
}

package paiban.cli;

import java.io.InputStream;
import java.io.OutputStream;

/** The process's standard input and output as bytes: {@code -} reads the issue from one and writes a PDF to the other. */
record StandardStreams(InputStream in, OutputStream out) {

    static StandardStreams system() {
        return new StandardStreams(System.in, System.out);
    }
}

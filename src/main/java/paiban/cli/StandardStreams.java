package paiban.cli;

import java.io.InputStream;
import java.io.OutputStream;

/** The process's standard input and output as bytes: {@code -} reads the issue from one and writes a PDF to the other. */
record StandardStreams(InputStream in, OutputStream out) {

    /** The process's own streams; output goes to the file descriptor itself, as System.out hides write errors. */
    static StandardStreams system() {
        return new StandardStreams(System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out));
    }
}

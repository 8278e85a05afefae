package respin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/** Standard output as a writer that can also take bytes unchanged (a diff of files in any encoding). */
final class StdoutWriter extends PrintWriter {
    private final PrintStream stream;

    StdoutWriter(PrintStream stream) {
        super(new java.io.OutputStreamWriter(stream, Charset.defaultCharset()), true);
        this.stream = stream;
    }

    void writeBytes(byte[] b) {
        flush();
        try {
            stream.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.flush();
    }
}

package respin.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void memoryAndStackAreNamedWhereverTheyWereWrapped() {
        assertEquals("out of memory (Java heap space); RESPIN_JAVA_OPTS=-Xmx4g gives Java more",
                Failures.describe(new ExecutionException(new OutOfMemoryError("Java heap space"))));
        assertEquals("out of stack (a construct nested too deep)",
                Failures.describe(new RuntimeException(new UncheckedIOException(new IOException(new StackOverflowError())))));
    }

    @Test
    void anythingElseIsTheExceptionOnOneLine() {
        assertEquals("java.lang.IllegalStateException: a bug over two lines",
                Failures.describe(new IllegalStateException("a bug\nover two lines")));
    }
}

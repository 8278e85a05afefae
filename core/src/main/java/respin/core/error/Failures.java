package respin.core.error;

/**
 * What an internal error says on its one line: out of memory or out of stack wherever they were
 * wrapped (JGit's {@code LargeObjectException.OutOfMemory}, a worker thread's exception), else
 * the exception itself.
 */
public final class Failures {
    private Failures() {
    }

    /** The line's text after "internal error: ", on one line. */
    public static String describe(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return "out of memory (" + c.getMessage() + "); RESPIN_JAVA_OPTS=-Xmx4g gives Java more";
            }
            if (c instanceof StackOverflowError) {
                return "out of stack (a construct nested too deep)";
            }
        }
        return e.toString().replace('\n', ' ');
    }
}

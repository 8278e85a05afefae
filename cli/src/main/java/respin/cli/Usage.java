package respin.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import respin.core.error.BadInputException;

/** Reads an option's value, turning a value it cannot read into a usage error (exit code 2). */
final class Usage {
    private Usage() {
    }

    static <T> T check(CommandSpec spec, Supplier<T> read) {
        try {
            return read.get();
        } catch (BadInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

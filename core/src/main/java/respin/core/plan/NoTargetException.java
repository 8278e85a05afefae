package respin.core.plan;

import java.util.List;
import respin.core.error.BadInputException;

/**
 * The plan refused: recipe changes that are not optional found nothing to change.
 * The message is the first of them (with how many more), on one line; nothing has been written.
 */
public final class NoTargetException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<Miss> misses;

    public NoTargetException(List<Miss> misses) {
        super(misses.get(0) + (misses.size() == 1 ? "" : misses.size() == 2 ? " (and 1 more change that finds nothing)"
                : " (and " + (misses.size() - 1) + " more changes that find nothing)"));
        this.misses = List.copyOf(misses);
    }

    public List<Miss> misses() {
        return misses;
    }
}

package respin.core.series.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * Who a mail goes to: the {@code To:} and {@code Cc:} addresses, each {@code Name <addr>} or
 * a bare address, in order, as git's {@code --to}/{@code --cc} write them.
 */
public record Recipients(List<String> to, List<String> cc) {
    public static final Recipients NONE = new Recipients(List.of(), List.of());

    public Recipients {
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        cc = List.copyOf(Objects.requireNonNull(cc, "cc"));
    }

    /** Everyone of both, in order, each address once; an address in some To: is not repeated in Cc:. */
    public static Recipients union(List<Recipients> all) {
        Set<String> to = new LinkedHashSet<>();
        Set<String> cc = new LinkedHashSet<>();
        for (Recipients r : all) {
            to.addAll(r.to());
        }
        for (Recipients r : all) {
            for (String a : r.cc()) {
                if (!to.contains(a)) {
                    cc.add(a);
                }
            }
        }
        return new Recipients(new ArrayList<>(to), new ArrayList<>(cc));
    }

    public boolean isEmpty() {
        return to.isEmpty() && cc.isEmpty();
    }

    /** {@code To: a,\n    b\nCc: c\n}, git's layout of its extra headers. */
    public void write(ByteBuf out) {
        header(out, "To: ", to);
        header(out, "Cc: ", cc);
    }

    private static void header(ByteBuf out, String name, List<String> addrs) {
        for (int i = 0; i < addrs.size(); i++) {
            out.add(i == 0 ? name : "    ").add(addrs.get(i));
            if (i + 1 < addrs.size()) {
                out.add(',');
            }
            out.add('\n');
        }
    }
}

package respin.core.series.diff;

import java.util.List;
import respin.core.series.diff.xdiff.ByteBuf;

/** Git's {@code --stat} as format-patch prints it (72 columns), and the summary line after it. */
final class DiffStat {
    static final int MAIL_WIDTH = 72;

    /** One line of the stat: the name as printed and the counts. */
    record Entry(byte[] name, int added, int deleted, boolean binary) {
    }

    private DiffStat() {
    }

    static void render(ByteBuf out, List<Entry> files, int width) {
        if (files.isEmpty()) {
            return;
        }
        int maxLen = 0;
        int maxChange = 0;
        int numberWidth = 0;
        int binWidth = 0;
        for (Entry f : files) {
            maxLen = Math.max(maxLen, f.name().length);
            if (f.binary()) {
                binWidth = Math.max(binWidth, 14 + decimalWidth(f.added()) + decimalWidth(f.deleted()));
                numberWidth = 3;
                continue;
            }
            maxChange = Math.max(maxChange, f.added() + f.deleted());
        }
        numberWidth = Math.max(decimalWidth(maxChange), numberWidth);
        width = Math.max(width, 16 + 6 + numberWidth);
        int graphWidth = maxChange + 4 > binWidth ? maxChange : binWidth - 4;
        int nameWidth = maxLen;
        if (nameWidth + numberWidth + 6 + graphWidth > width) {
            if (graphWidth > width * 3 / 8 - numberWidth - 6) {
                graphWidth = Math.max(width * 3 / 8 - numberWidth - 6, 6);
            }
            if (nameWidth > width - numberWidth - 6 - graphWidth) {
                nameWidth = width - numberWidth - 6 - graphWidth;
            } else {
                graphWidth = width - numberWidth - 6 - nameWidth;
            }
        }
        int adds = 0;
        int dels = 0;
        for (Entry f : files) {
            byte[] name = f.name();
            int from = 0;
            int len = nameWidth;
            String prefix = "";
            if (nameWidth < name.length) {
                prefix = "...";
                len -= 3;
                from = name.length - len;
                for (int i = from; i < name.length; i++) {
                    if (name[i] == '/') {
                        from = i;
                        break;
                    }
                }
            }
            if (f.binary()) {
                out.add(' ').add(prefix).add(name, from, name.length);
                out.repeat(' ', Math.max(len - (name.length - from), 0));
                out.add(" | ").add(String.format("%" + numberWidth + "s", "Bin"));
                if (f.added() != 0 || f.deleted() != 0) {
                    out.add(" " + f.deleted() + " -> " + f.added() + " bytes");
                }
                out.add('\n');
                continue;
            }
            int add = f.added();
            int del = f.deleted();
            if (graphWidth <= maxChange) {
                int total = scale(add + del, graphWidth, maxChange);
                if (total < 2 && add != 0 && del != 0) {
                    total = 2;
                }
                if (add < del) {
                    add = scale(add, graphWidth, maxChange);
                    del = total - add;
                } else {
                    del = scale(del, graphWidth, maxChange);
                    add = total - del;
                }
            }
            out.add(' ').add(prefix).add(name, from, name.length);
            out.repeat(' ', Math.max(len - (name.length - from), 0));
            int changes = f.added() + f.deleted();
            out.add(" | ").add(String.format("%" + numberWidth + "d", changes));
            if (changes != 0) {
                out.add(' ');
            }
            out.repeat('+', add).repeat('-', del).add('\n');
            adds += f.added();
            dels += f.deleted();
        }
        summary(out, files.size(), adds, dels);
    }

    /** {@code " 3 files changed, 2 insertions(+), 1 deletion(-)"} with git's singulars and omissions. */
    static void summary(ByteBuf out, int files, int insertions, int deletions) {
        if (files == 0) {
            out.add(" 0 files changed\n");
            return;
        }
        out.add(" " + files + (files == 1 ? " file changed" : " files changed"));
        if (insertions != 0 || deletions == 0) {
            out.add(", " + insertions + (insertions == 1 ? " insertion(+)" : " insertions(+)"));
        }
        if (deletions != 0 || insertions == 0) {
            out.add(", " + deletions + (deletions == 1 ? " deletion(-)" : " deletions(-)"));
        }
        out.add('\n');
    }

    private static int scale(int it, int width, int maxChange) {
        return it == 0 ? 0 : 1 + (int) ((long) it * (width - 1) / maxChange);
    }

    private static int decimalWidth(int n) {
        return Integer.toString(n).length();
    }
}

package paiban.cli;

import java.util.ArrayList;
import java.util.List;

/** The lines two texts do not share, in order: "- " what only the first has, "+ " what only the second has. */
final class LineDiff {

    /** More differing lines than this are cut, with a count of the rest. */
    private static final int SHOWN = 60;

    private LineDiff() {
    }

    static String of(String was, String now) {
        String[] a = was.split("\n", -1);
        String[] b = now.split("\n", -1);
        // longest common subsequence, filled from the end so the walk below goes forwards
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j >= b.length || i < a.length && common[i + 1][j] >= common[i][j + 1]) {
                out.add("- " + a[i++].strip());
            } else {
                out.add("+ " + b[j++].strip());
            }
        }
        StringBuilder sb = new StringBuilder();
        out.stream().limit(SHOWN).forEach(l -> sb.append(l).append('\n'));
        if (out.size() > SHOWN) {
            sb.append("… and ").append(out.size() - SHOWN).append(" more lines\n");
        }
        return sb.toString();
    }
}

package paiban.page;

/**
 * The largest all-white rectangle in a field of cells, no narrower and no lower than a minimum: row by row, each
 * column's run of white cells ending on the row is a bar, and every maximal rectangle is the widest stretch of bars
 * at least as tall as one of them (found with a stack in one pass each way).
 */
final class WhiteRectangles {
    private WhiteRectangles() {
    }

    /** {x, y, width, height} in cells of the largest white rectangle at least minW × minH, or null. First found wins. */
    static int[] largest(boolean[][] white, int w, int h, int minW, int minH) {
        int[] bars = new int[w];
        int[] left = new int[w];
        int[] right = new int[w];
        int[] stack = new int[w];
        int[] best = null;
        long bestArea = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bars[x] = white[y][x] ? bars[x] + 1 : 0;
            }
            int top = 0;
            for (int x = 0; x < w; x++) {
                while (top > 0 && bars[stack[top - 1]] >= bars[x]) {
                    top--;
                }
                left[x] = top == 0 ? 0 : stack[top - 1] + 1;
                stack[top++] = x;
            }
            top = 0;
            for (int x = w - 1; x >= 0; x--) {
                while (top > 0 && bars[stack[top - 1]] >= bars[x]) {
                    top--;
                }
                right[x] = top == 0 ? w : stack[top - 1];
                stack[top++] = x;
            }
            for (int x = 0; x < w; x++) {
                int bw = right[x] - left[x];
                long area = (long) bw * bars[x];
                if (bars[x] >= minH && bw >= minW && area > bestArea) {
                    bestArea = area;
                    best = new int[] {left[x], y - bars[x] + 1, bw, bars[x]};
                }
            }
        }
        return best;
    }

    /** Marks the rectangle's cells as taken, so the next search finds the next hole. */
    static void ink(boolean[][] white, int[] r) {
        for (int y = r[1]; y < r[1] + r[3]; y++) {
            java.util.Arrays.fill(white[y], r[0], r[0] + r[2], false);
        }
    }
}

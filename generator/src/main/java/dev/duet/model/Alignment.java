package dev.duet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns the paragraphs of a text with those of its translation by length, after Gale and Church (1993): a
 * paragraph and its translation have proportional lengths, so a dynamic program picks the most probable sequence
 * of 1–1, 1–2, 2–1, 2–2, 1–0 and 0–1 groups. Every paragraph of both sides lands in exactly one group, in order:
 * nothing is dropped, even when the counts differ.
 */
final class Alignment {

    /** One row of a parallel text: consecutive paragraphs of each side, either of which may be empty. */
    record Group(List<Integer> left, List<Integer> right) {
        Group {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** The largest table the dynamic program fills: two texts of about 1,400 paragraphs each. */
    static final long MAX_CELLS = 2_000_000;

    /** Variance of the length ratio per unit of length (Gale and Church's estimate). */
    private static final double VARIANCE = 6.8;

    /** The moves and their prior probabilities, as Gale and Church measured them. */
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIOR = {0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011};

    private Alignment() {
    }

    /**
     * Aligns paragraphs given by their lengths. Lengths are in any unit (characters); the expected ratio between
     * the sides is taken from the two texts' totals, so Chinese characters and English letters compare fairly.
     */
    static List<Group> align(List<Integer> left, List<Integer> right) {
        int n = left.size();
        int m = right.size();
        if (n == m || (long) n * m > MAX_CELLS) {
            // Same count: the common case, and the one where a length model can only mislead. Texts of thousands of
            // paragraphs on both sides (no article has them) are paired in order too, rather than filling a table
            // of n × m cells.
            List<Group> groups = new ArrayList<>();
            for (int i = 0; i < Math.max(n, m); i++) {
                groups.add(new Group(i < n ? List.of(i) : List.of(), i < m ? List.of(i) : List.of()));
            }
            return groups;
        }
        double totalLeft = Math.max(1, left.stream().mapToInt(Integer::intValue).sum());
        double totalRight = Math.max(1, right.stream().mapToInt(Integer::intValue).sum());
        double ratio = totalRight / totalLeft;
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int k = 0; k < MOVES.length; k++) {
                    int di = MOVES[k][0];
                    int dj = MOVES[k][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double l1 = sum(left, i - di, i);
                    double l2 = sum(right, j - dj, j) / ratio;
                    double c = cost[i - di][j - dj] + matchCost(l1, l2) - Math.log(PRIOR[k]);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        move[i][j] = k;
                    }
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int di = MOVES[move[i][j]][0];
            int dj = MOVES[move[i][j]][1];
            groups.add(new Group(range(i - di, i), range(j - dj, j)));
            i -= di;
            j -= dj;
        }
        Collections.reverse(groups);
        return groups;
    }

    private static double sum(List<Integer> lengths, int from, int to) {
        double total = 0;
        for (int k = from; k < to; k++) {
            total += lengths.get(k);
        }
        return total;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(k);
        }
        return out;
    }

    /** -log of the probability that texts of these lengths (right already scaled) translate each other. */
    static double matchCost(double l1, double l2) {
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double mean = (l1 + l2) / 2;
        double delta = (l2 - l1) / Math.sqrt(Math.max(1, mean) * VARIANCE);
        double p = 2 * (1 - normalCdf(Math.abs(delta)));
        return -Math.log(Math.max(p, 1e-12));
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double d = 0.3989423 * Math.exp(-z * z / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return z > 0 ? 1 - p : p;
    }
}

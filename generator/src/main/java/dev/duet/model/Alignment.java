package dev.duet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns the paragraphs of a text with those of its translation by length, after Gale and Church (1993): a
 * paragraph and its translation have proportional lengths, so a dynamic program picks the most probable sequence
 * of 1–1, 1–2, 2–1, 2–2, 1–0 and 0–1 groups. Every paragraph of both sides lands in exactly one group, in order:
 * nothing is dropped, even when the counts differ.
 *
 * <p>Two departures from the paper, for news, where an editor adds or cuts a whole paragraph on one side: a
 * paragraph with no counterpart costs its move's prior alone, not the improbability of its length beside nothing
 * (which grows with the length, so that a long added paragraph was cheaper hidden in a 2–1 group beside its
 * neighbour, and the rows after it shifted); and the ratio between the sides is measured again on the paragraphs
 * that found a counterpart, since a paragraph one side alone has skews the texts' totals: of ratios around the
 * totals', the one whose alignment is the most probable is kept. The numbers a paragraph
 * and its translation both write (278.5, 2001) make a pair more probable.
 */
final class Alignment {

    /** One row of a parallel text: consecutive paragraphs of each side, either of which may be empty. */
    record Group(List<Integer> left, List<Integer> right) {
        Group {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** Rows, and the ratio of the right side's length to the left's they were aligned with. */
    record Aligned(List<Group> groups, double ratio) {
        Aligned {
            groups = List.copyOf(groups);
        }
    }

    /** A paragraph as the aligner sees it: its length, and the numbers written in it in digits. */
    record Block(int length, Set<String> numbers) {
        Block {
            numbers = Set.copyOf(numbers);
        }
    }

    /** The largest table the dynamic program fills: two texts of about 1,400 paragraphs each. */
    static final long MAX_CELLS = 2_000_000;

    /** Variance of the length ratio per unit of length (Gale and Church's estimate). */
    private static final double VARIANCE = 6.8;

    /** The moves and their prior probabilities, as Gale and Church measured them. */
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIOR = {0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011};
    private static final double[] PRIOR_COST = Arrays.stream(PRIOR).map(p -> -Math.log(p)).toArray();

    /**
     * More than {@link #matchCost} can fall below zero: {@link #normalCdf}'s approximation errs by up to 7.5e-8, so
     * that the cost of equal lengths is about -3e-7.
     */
    private static final double NEVER_BELOW = 1e-3;

    /** What a number both sides of a group write takes off its cost, for at most {@link #MAX_SHARED} numbers. */
    private static final double SHARED_NUMBER = 1.5;
    private static final int MAX_SHARED = 3;
    /** The ratios tried: the totals' times RATIO_STEP to the power -RATIO_STEPS … RATIO_STEPS (×0.73 … ×1.37). */
    private static final double RATIO_STEP = 1.04;
    private static final int RATIO_STEPS = 8;

    private Alignment() {
    }

    /** Aligns paragraphs given by their lengths alone. */
    static List<Group> align(List<Integer> left, List<Integer> right) {
        return alignBlocks(left.stream().map(l -> new Block(l, Set.of())).toList(),
                right.stream().map(l -> new Block(l, Set.of())).toList()).groups();
    }

    /**
     * Aligns paragraphs. Lengths are in any unit (characters); the expected ratio between the sides is taken from
     * the two texts, so Chinese characters and English letters compare fairly.
     */
    static Aligned alignBlocks(List<Block> left, List<Block> right) {
        int n = left.size();
        int m = right.size();
        double totals = Math.max(1, total(right)) / (double) Math.max(1, total(left));
        if (n == m || (long) n * m > MAX_CELLS) {
            // Same count: the common case, and the one where a length model can only mislead. Texts of thousands of
            // paragraphs on both sides (no article has them) are paired in order too, rather than filling a table
            // of n × m cells.
            List<Group> groups = new ArrayList<>();
            for (int i = 0; i < Math.max(n, m); i++) {
                groups.add(new Group(i < n ? List.of(i) : List.of(), i < m ? List.of(i) : List.of()));
            }
            return new Aligned(groups, totals);
        }
        // A paragraph of a few in one text alone skews the totals' ratio by a tenth or more; a large table is filled
        // once, with the totals' ratio.
        int steps = (long) n * m * (2 * RATIO_STEPS + 1) > MAX_CELLS ? 0 : RATIO_STEPS;
        Table table = new Table(left, right);
        Aligned best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int k = -steps; k <= steps; k++) {
            double ratio = totals * Math.pow(RATIO_STEP, k);
            double[] cost = new double[1];
            List<Group> groups = align(table, ratio, cost);
            if (best == null || cost[0] < bestCost) {
                bestCost = cost[0];
                best = new Aligned(groups, ratio);
            }
        }
        return best;
    }

    /**
     * What the dynamic program reads of the paragraphs at every ratio it tries, found once: the sides' running
     * lengths, and for each cell and move that pairs paragraphs, the numbers both sides of the group write.
     */
    private static final class Table {
        final int n;
        final int m;
        final long[] leftUpTo;
        final long[] rightUpTo;
        /** Per move, per cell {@code i * (m + 1) + j}: the shared numbers of the group ending there, or null. */
        final byte[][] shared = new byte[MOVES.length][];

        Table(List<Block> left, List<Block> right) {
            n = left.size();
            m = right.size();
            leftUpTo = upTo(left);
            rightUpTo = upTo(right);
            boolean anyLeft = left.stream().anyMatch(b -> !b.numbers().isEmpty());
            boolean anyRight = right.stream().anyMatch(b -> !b.numbers().isEmpty());
            if (!anyLeft || !anyRight) {
                return;
            }
            for (int k = 0; k < MOVES.length; k++) {
                int di = MOVES[k][0];
                int dj = MOVES[k][1];
                if (di == 0 || dj == 0) {
                    continue;
                }
                byte[] counts = new byte[(n + 1) * (m + 1)];
                for (int i = di; i <= n; i++) {
                    for (int j = dj; j <= m; j++) {
                        counts[i * (m + 1) + j] = (byte) Alignment.shared(left, i - di, i, right, j - dj, j);
                    }
                }
                shared[k] = counts;
            }
        }

        int shared(int move, int i, int j) {
            byte[] counts = shared[move];
            return counts == null ? 0 : counts[i * (m + 1) + j];
        }

        private static long[] upTo(List<Block> blocks) {
            long[] sums = new long[blocks.size() + 1];
            for (int k = 0; k < blocks.size(); k++) {
                sums[k + 1] = sums[k] + blocks.get(k).length();
            }
            return sums;
        }
    }

    /** The most probable rows at this ratio; their cost, -log of their probability, in {@code total[0]}. */
    private static List<Group> align(Table table, double ratio, double[] total) {
        int n = table.n;
        int m = table.m;
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
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
                    double c = cost[i - di][j - dj] + PRIOR_COST[k];
                    if (di > 0 && dj > 0) {
                        double bonus = SHARED_NUMBER * table.shared(k, i, j);
                        if (c - bonus >= cost[i][j] + NEVER_BELOW) {
                            // A length's cost is never below zero (by more than the CDF's error): this move loses
                            // whatever the lengths, and its logarithms are not worth working out.
                            continue;
                        }
                        c += matchCost(table.leftUpTo[i] - table.leftUpTo[i - di],
                                (table.rightUpTo[j] - table.rightUpTo[j - dj]) / ratio) - bonus;
                    }
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        move[i][j] = k;
                    }
                }
            }
        }
        total[0] = cost[n][m];
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

    /** How many numbers both sides' paragraphs write, up to {@link #MAX_SHARED}. */
    private static int shared(List<Block> left, int i0, int i1, List<Block> right, int j0, int j1) {
        Set<String> inLeft = new HashSet<>();
        for (int i = i0; i < i1; i++) {
            inLeft.addAll(left.get(i).numbers());
        }
        Set<String> both = new HashSet<>();
        for (int j = j0; j < j1; j++) {
            for (String number : right.get(j).numbers()) {
                if (inLeft.contains(number)) {
                    both.add(number);
                }
            }
        }
        return Math.min(both.size(), MAX_SHARED);
    }

    private static int total(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::length).sum();
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

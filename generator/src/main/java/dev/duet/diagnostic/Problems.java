package dev.duet.diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A stage's collector of problems: bounded per file so that one pathological file (500 bad keywords) cannot flood
 * the log, and free of duplicates so each problem is listed once. Not thread-safe; each stage or task uses its own
 * and hands out an immutable list.
 */
public final class Problems {

    /** The most problems kept for one file; the rest are summarised in one extra warning. */
    public static final int MAX_PER_FILE = 20;

    private final Set<Problem> problems = new LinkedHashSet<>();
    private final java.util.Map<String, Integer> perFile = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> dropped = new java.util.TreeMap<>();

    public void add(Problem problem) {
        if (problems.contains(problem)) {
            return;
        }
        int count = perFile.merge(problem.file(), 1, Integer::sum);
        if (count > MAX_PER_FILE) {
            dropped.merge(problem.file(), 1, Integer::sum);
            return;
        }
        problems.add(problem);
    }

    public void addAll(Iterable<Problem> more) {
        for (Problem problem : more) {
            add(problem);
        }
    }

    public void error(String code, String file, int line, String message) {
        add(Problem.error(code, file, line, message));
    }

    public void warning(String code, String file, int line, String message) {
        add(Problem.warning(code, file, line, message));
    }

    public boolean hasErrors() {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The problems in the order they were found, followed by one note per file whose problems were cut off. */
    public List<Problem> toList() {
        List<Problem> out = new ArrayList<>(problems);
        dropped.forEach((file, n) -> out.add(Problem.warning("problems.truncated", file, 0,
                n + " more problems in this file were not listed; fix the ones above first")));
        return List.copyOf(out);
    }
}

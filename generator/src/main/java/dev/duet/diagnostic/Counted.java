package dev.duet.diagnostic;

import java.util.Locale;

/** A count and what it counts, as a summary line says it: {@code 1 warning}, {@code 1,024 warnings}. */
public final class Counted {

    private Counted() {
    }

    /** {@code count} with {@code one} when it is 1, else with {@code many}; thousands grouped with commas. */
    public static String of(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }

    /** {@code count} with {@code noun}, or with {@code noun} and an {@code s}. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code warnings} and {@code errors} as a summary ends: {@code 0 warnings, 1 error}. */
    public static String problems(long warnings, long errors) {
        return of(warnings, "warning") + ", " + of(errors, "error");
    }
}

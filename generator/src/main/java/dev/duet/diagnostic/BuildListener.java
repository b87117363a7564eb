package dev.duet.diagnostic;

/**
 * Receives what the generator has to say while it works. The Maven plugin adapts it to Maven's log, the preview
 * server to its console and error overlay, tests to a list. Implementations must be thread-safe: stages that run in
 * parallel report from several threads.
 */
public interface BuildListener {

    /** A problem in the user's input. */
    void problem(Problem problem);

    /** A line of progress worth showing to the user ("Imported 12 articles"). */
    void info(String message);

    /** A listener that drops everything. */
    static BuildListener silent() {
        return new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
            }
        };
    }
}

package dev.duet.search;

import java.util.Optional;

/**
 * The files the last build left in the output, as far as this build may rely on them: a file counts only when the
 * render cache has it made from the fingerprint asked about and it is still in the output folder.
 */
public interface EarlierFiles {

    /** Whether the output holds {@code path} as made from {@code fingerprint}. */
    boolean has(String path, String fingerprint);

    /** The text of {@code path} when the output holds it as made from {@code fingerprint} and it is UTF-8. */
    Optional<String> text(String path, String fingerprint);

    /** No earlier file: for a build that relies on none. */
    static EarlierFiles none() {
        return new EarlierFiles() {
            @Override
            public boolean has(String path, String fingerprint) {
                return false;
            }

            @Override
            public Optional<String> text(String path, String fingerprint) {
                return Optional.empty();
            }
        };
    }
}

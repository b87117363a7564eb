package dev.duet.config;

import java.util.Locale;
import java.util.Optional;

/** What a build does with an article that has no translation: the {@code missingTranslation} setting. */
public enum MissingTranslation {
    /** Published in its own language; its page has no language switch, and the other language never lists it. */
    ALLOW,
    /** Published with a visible note that the other language's version is not there yet; the switch leads home. */
    NOTICE,
    /** Not published until it is translated. */
    HIDE,
    /** An error that fails the build, for a site that promises every story in both languages. */
    FAIL;

    /** The setting's value as written in a pom: {@code allow}, {@code notice}, {@code hide} or {@code fail}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value a pom gives, in any case; empty when it is none of the four. */
    public static Optional<MissingTranslation> parse(String value) {
        for (MissingTranslation policy : values()) {
            if (policy.value().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}

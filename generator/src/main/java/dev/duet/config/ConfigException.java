package dev.duet.config;

import java.util.List;

/** Thrown by {@link SiteConfig.Builder#build()} with every bad setting at once, each naming the setting. */
public final class ConfigException extends IllegalArgumentException {

    private final List<String> errors;

    public ConfigException(List<String> errors) {
        super("Invalid Duet configuration:\n  - " + String.join("\n  - ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

package dev.duet.diagnostic;

/**
 * How serious a {@link Problem} is. Errors fail import, build and check unless the user lets them pass
 * ({@code failOnError=false}); a preview shows them and goes on.
 */
public enum Severity {
    WARNING,
    ERROR;

    /** Lower-case name as printed in messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

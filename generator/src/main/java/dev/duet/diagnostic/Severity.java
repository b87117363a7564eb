package dev.duet.diagnostic;

/** How serious a {@link Problem} is. Errors fail the build only when the user asks for it ({@code failOnError}). */
public enum Severity {
    WARNING,
    ERROR;

    /** Lower-case name as printed in messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

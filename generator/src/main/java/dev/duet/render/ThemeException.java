package dev.duet.render;

/** The theme cannot be found or read: a configuration mistake the user must fix before anything can render. */
public final class ThemeException extends RuntimeException {

    ThemeException(String message) {
        super(message);
    }
}

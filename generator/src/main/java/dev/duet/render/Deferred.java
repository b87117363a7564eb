package dev.duet.render;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A view value made only when a template reads it, such as an article body rendered to HTML. Its {@code inputs}
 * stand for it in a page's fingerprint: they are the arguments of the function that makes it (the Markdown's
 * digest for a body, every field of the article for its JSON-LD), so that a fingerprint tells that the value
 * changed without making it. Templates never see the difference: {@link ViewWrapper} hands them the value.
 */
public final class Deferred<T> {

    private final Object inputs;
    private final Supplier<T> make;
    /** The value, once made; a template may read it more than once. */
    private volatile Optional<T> made;

    private Deferred(Object inputs, Supplier<T> make, Optional<T> made) {
        this.inputs = inputs;
        this.make = make;
        this.made = made;
    }

    /**
     * A value made from {@code inputs} when first read. The inputs are a view value (a string, a list of
     * strings...) that changes whenever the value would.
     */
    static <T> Deferred<T> of(Object inputs, Supplier<T> make) {
        return new Deferred<>(Objects.requireNonNull(inputs), make, Optional.empty());
    }

    /** A value already known: it stands for itself in a fingerprint. */
    static <T> Deferred<T> known(T value) {
        return new Deferred<>(value, () -> value, Optional.of(value));
    }

    /** What stands for the value in a fingerprint. */
    Object inputs() {
        return inputs;
    }

    /** The value, made on first use. */
    public T get() {
        Optional<T> value = made;
        if (value.isEmpty()) {
            // Two threads may both make it; it is the same value.
            value = Optional.of(make.get());
            made = value;
        }
        return value.get();
    }

    @Override
    public String toString() {
        return "Deferred[" + inputs + "]";
    }
}

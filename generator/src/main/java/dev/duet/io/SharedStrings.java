package dev.duet.io;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each distinct text among values that many records repeat (a language's code, a tag, an agency,
 * a reporter's name), so that a large site's hundreds of thousands of articles hold a few thousand strings instead
 * of one each. Thread-safe; it belongs to whoever made it, and is let go with them (unlike {@link String#intern}).
 */
public final class SharedStrings {

    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<String>> optionals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    /** The one instance of {@code text}'s value. */
    public String of(String text) {
        String shared = strings.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }

    /** The value, shared: one {@link Optional} (an immutable value) of each distinct text. */
    public Optional<String> of(Optional<String> text) {
        return text.isEmpty() ? text : optionals.computeIfAbsent(of(text.get()), Optional::of);
    }

    /** The texts, each shared, in an unmodifiable list. */
    public List<String> of(List<String> texts) {
        return switch (texts.size()) {
            case 0 -> List.of();
            case 1 -> List.of(of(texts.get(0)));
            default -> texts.stream().map(this::of).toList();
        };
    }

    /**
     * The one instance of an immutable value that many records repeat (a day, a small count, a record of such), so
     * that equal values are one object; give only values of few distinct kinds, since each is kept until the end.
     */
    @SuppressWarnings("unchecked")
    public <T> T value(T value) {
        return (T) values.computeIfAbsent(value, v -> v);
    }

    /** Counts below this are shared by {@link #count}: a large site has few distinct small counts. */
    public static final int SMALL_COUNTS = 1 << 16;

    /** A count (an article's views): the shared one when it is from 0 to below {@value #SMALL_COUNTS}. */
    public Optional<Integer> count(Optional<Integer> count) {
        return count.isPresent() && count.get() >= 0 && count.get() < SMALL_COUNTS ? value(count) : count;
    }

    /** How many distinct texts are kept. */
    public int size() {
        return strings.size();
    }
}

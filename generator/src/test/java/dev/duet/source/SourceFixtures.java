package dev.duet.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from {@code src/test/resources/source/}. */
final class SourceFixtures {

    private SourceFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/source/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}

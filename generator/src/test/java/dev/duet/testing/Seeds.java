package dev.duet.testing;

import java.util.Arrays;
import java.util.stream.Stream;

/** The seeds a randomised test runs: a few by default, more when a system property asks for them. */
public final class Seeds {

    private Seeds() {
    }

    /**
     * The seeds {@code property} names: a list ({@code 1,2,3}) or a range ({@code 1-40}); {@code byDefault}, in either
     * form, when it is not set.
     */
    public static Stream<Long> of(String property, String byDefault) {
        String asked = System.getProperty(property, byDefault);
        if (asked.matches("\\d+-\\d+")) {
            String[] range = asked.split("-");
            return Stream.iterate(Long.parseLong(range[0]), s -> s <= Long.parseLong(range[1]), s -> s + 1);
        }
        return Arrays.stream(asked.split(",")).map(String::strip).map(Long::parseLong);
    }
}

package dev.duet.serve;

import dev.duet.io.PercentDecoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path of a request, percent-decoded exactly once and split into segments that are safe to resolve against the
 * site root. Parsing refuses, rather than repairs, anything that could climb out of the root or mean two different
 * files on two systems: {@code .} and {@code ..} segments (plain or encoded), encoded slashes, backslashes, NUL and
 * other control characters, and malformed UTF-8.
 *
 * @param segments the decoded, non-empty path segments
 * @param directory whether the raw path ended with a slash (or was the root)
 */
record RequestPath(List<String> segments, boolean directory) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    /** The decoded path, or empty when the raw path is malformed or unsafe. */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> decoded = PercentDecoding.decode(raw);
            if (decoded.isEmpty() || !isSafe(decoded.get())) {
                return Optional.empty();
            }
            segments.add(decoded.get());
        }
        return Optional.of(new RequestPath(segments, rawPath.endsWith("/")));
    }

    private static boolean isSafe(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            // '/' can only arrive encoded, and would join two segments after decoding; '\' is a separator on Windows
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}

package dev.duet.serve;

import dev.duet.diagnostic.Problem;
import java.util.List;

/**
 * Problems as the one-line JSON the error overlay reads: {@code {"problems":[{"text":..., "file":..., ...}]}}. The
 * {@code text} field is {@link Problem#format()}, so the page shows exactly what the console shows.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static String of(List<Problem> problems) {
        StringBuilder out = new StringBuilder("{\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"text\":");
            string(out, problem.format());
            out.append(",\"severity\":");
            string(out, problem.severity().label());
            out.append(",\"code\":");
            string(out, problem.code());
            out.append(",\"file\":");
            string(out, problem.file());
            out.append(",\"line\":").append(problem.line());
            out.append(",\"message\":");
            string(out, problem.message());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // also escape U+2028/2029 and '<' so the JSON is safe wherever it ends up
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

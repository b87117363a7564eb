package dev.duet.serve;

import dev.duet.diagnostic.Problem;
import dev.duet.io.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as the one-line JSON the error overlay reads: {@code {"problems":[{"text":..., "file":..., ...}]}}. The
 * {@code text} field is {@link Problem#format()}, so the page shows exactly what the console shows.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static String of(List<Problem> problems) {
        List<Map<String, Object>> list = problems.stream().map(ProblemJson::object).toList();
        return Json.write(Map.of("problems", list));
    }

    private static Map<String, Object> object(Problem problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", problem.format());
        map.put("severity", problem.severity().label());
        map.put("code", problem.code());
        map.put("file", problem.file());
        map.put("line", problem.line());
        map.put("message", problem.message());
        return map;
    }
}

package dev.duet.serve;

import dev.duet.diagnostic.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One Server-Sent Event for the pages: {@code reload}, {@code error} with the problems as JSON, or {@code ok}.
 *
 * @param name the event type the page listens for
 * @param data one line of data; never contains a line break, which would end the field
 */
record ServerEvent(String name, String data) {

    static final ServerEvent RELOAD = new ServerEvent("reload", "{}");
    static final ServerEvent OK = new ServerEvent("ok", "{}");

    ServerEvent {
        if (data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("event data must be one line: " + data);
        }
    }

    static ServerEvent errors(List<Problem> problems) {
        return new ServerEvent("error", ProblemJson.of(problems));
    }

    byte[] encode() {
        return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}

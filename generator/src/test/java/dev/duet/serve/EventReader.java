package dev.duet.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's view of {@code /__duet/events}, over a plain socket so the test sees the stream as sent. Chunk-size lines
 * of the chunked encoding are read and ignored like any line that is not a field.
 */
final class EventReader implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final Socket socket;
    private final BufferedReader in;
    private final List<String> head = new ArrayList<>();

    EventReader(int port) throws IOException {
        this(port, "/__duet/events");
    }

    /** A page that connects to {@code path}, the event stream's path with the query the page adds. */
    EventReader(int port, String path) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        socket.setSoTimeout(3000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            head.add(line);
        }
    }

    /** Status line and headers, as sent. */
    List<String> head() {
        return head;
    }

    /** The next event, skipping comments and the retry field; fails the read after {@code timeout}. */
    Event next(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = null;
        for (String line = readLine(deadline); line != null; line = readLine(deadline)) {
            if (line.startsWith("event: ")) {
                name = line.substring("event: ".length());
            } else if (line.startsWith("data: ") && name != null) {
                return new Event(name, line.substring("data: ".length()));
            }
        }
        throw new IOException("the event stream ended");
    }

    // keep-alive comments arrive as lines too, so the socket timeout alone would never expire
    private String readLine(long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("no event before the deadline");
        }
        socket.setSoTimeout((int) left);
        return in.readLine();
    }

    /** Whether any event arrives within {@code wait}; for asserting that nothing was sent. */
    boolean receivesWithin(Duration wait) throws IOException {
        try {
            next(wait);
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** Reads the stream until its retry field; proves the server has taken over the connection. */
    void awaitRetry() throws IOException {
        awaitLine("retry: 500", Duration.ofSeconds(3));
    }

    /** Reads the stream until a line equal to {@code expected}. */
    void awaitLine(String expected, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String line = readLine(deadline); line != null; line = readLine(deadline)) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new IOException("the event stream ended before " + expected);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package dev.duet.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the preview server waits on its clients, and how many it answers at once. The defaults suit a person
 * previewing a site; tests shorten the waits so that a stalled client is dropped within their run.
 *
 * @param keepAlive how often an open event stream gets a comment line, which finds pages that went away
 * @param headTimeout how long a client may take to send its request line and headers: a browser sends them at once
 * @param writeTimeout how long a client may go without taking any of the answer being written to it
 * @param threads how many requests are answered at once, stalled ones included; beyond it requests wait their turn
 */
record ServerSettings(Duration keepAlive, Duration headTimeout, Duration writeTimeout, int threads) {

    static final ServerSettings DEFAULT = new ServerSettings(Duration.ofSeconds(15), Duration.ofSeconds(10),
            Duration.ofSeconds(10), 1024);

    ServerSettings {
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(headTimeout, "headTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    ServerSettings withKeepAlive(Duration value) {
        return new ServerSettings(value, headTimeout, writeTimeout, threads);
    }

    ServerSettings withHeadTimeout(Duration value) {
        return new ServerSettings(keepAlive, value, writeTimeout, threads);
    }

    ServerSettings withWriteTimeout(Duration value) {
        return new ServerSettings(keepAlive, headTimeout, value, threads);
    }

    ServerSettings withThreads(int value) {
        return new ServerSettings(keepAlive, headTimeout, writeTimeout, value);
    }

    /** The shorter of the two timeouts: the watch on stalled clients checks a few times within it. */
    Duration shortestTimeout() {
        return headTimeout.compareTo(writeTimeout) < 0 ? headTimeout : writeTimeout;
    }
}

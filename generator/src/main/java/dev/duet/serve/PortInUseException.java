package dev.duet.serve;

import java.io.IOException;

/**
 * The preview server could not listen because another program already holds the port. Its message names the port
 * and says how to choose another, so the plugin can show it to the user as it is.
 */
public final class PortInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int port;

    PortInUseException(String host, int port, IOException cause) {
        super("Port " + port + " on " + host + " is already in use (is another preview server running?). "
                + "Stop the other program, or choose another port with -Dduet.port=" + suggestedPort(port)
                + ", or port 0 to let the system pick a free one.", cause);
        this.port = port;
    }

    /** The port that was taken. */
    public int port() {
        return port;
    }

    private static int suggestedPort(int port) {
        return port < 65535 ? port + 1 : 8081;
    }
}

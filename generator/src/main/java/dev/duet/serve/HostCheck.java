package dev.duet.serve;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Whether a request names this preview in its {@code Host} header. A preview on the loopback address answers only
 * to {@code localhost}, {@code 127.0.0.1} and {@code [::1]} at its own port: a web page whose own name an attacker
 * points at 127.0.0.1 (DNS rebinding) could otherwise read the preview, drafts and all, as if it were the page's own
 * site. A preview bound to another address, as its user asked, answers to whatever name reaches it.
 */
final class HostCheck {

    private HostCheck() {
    }

    static boolean allows(String host, InetSocketAddress bound) {
        if (host == null || !bound.getAddress().isLoopbackAddress()) {
            return true;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        String name = value;
        String port = "";
        int colon = value.lastIndexOf(':');
        if (colon >= 0 && value.indexOf(']') < colon) {
            name = value.substring(0, colon);
            port = value.substring(colon + 1);
        }
        boolean local = name.equals("localhost") || name.endsWith(".localhost") || name.equals("127.0.0.1")
                || name.equals("[::1]");
        return local && (port.isEmpty() || port.equals(Integer.toString(bound.getPort())));
    }
}

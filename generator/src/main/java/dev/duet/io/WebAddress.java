package dev.duet.io;

import java.net.URI;
import java.net.URISyntaxException;

/** Whether a value is a web address a page may link to: {@code http} or {@code https}, with a host. */
public final class WebAddress {

    private WebAddress() {
    }

    /** An {@code http(s)://host…} address, spaces around it aside. */
    public static boolean isWeb(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

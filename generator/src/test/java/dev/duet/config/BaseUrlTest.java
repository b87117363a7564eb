package dev.duet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The base URL as every page links to it: a scheme and host in any case are read in lower case, a path outside ASCII
 * percent-encoded; a user or password, which every page would publish, and a port that cannot be are refused.
 */
class BaseUrlTest {

    private static URI base(String url) {
        return SiteConfig.builder(Path.of("site")).baseUrl(url).build().baseUrl();
    }

    private static List<String> errors(String url) {
        return assertThrows(ConfigException.class, () -> base(url)).errors();
    }

    @Test
    void aSchemeAndHostInCapitalsAreTheSameAddress() {
        assertEquals(URI.create("https://news.example.org/repo/"), base("HTTPS://News.Example.org/repo"));
        assertEquals(URI.create("http://localhost:8080/"), base("http://localhost:8080"));
    }

    @Test
    void aPathOutsideAsciiIsPercentEncoded() {
        assertEquals("/%E6%96%B0%E9%97%BB/", base("https://example.org/新闻/").getRawPath());
    }

    @Test
    void aUserOrPasswordAndAPortThatCannotBeAreRefused() {
        List<String> secret = errors("https://editor:s3cret@example.org/");
        assertEquals(List.of("<baseUrl> / -Dduet.baseUrl: must not have a user or password, which every page would"
                + " publish, was 'https://…@example.org/'"), secret);
        assertFalse(secret.get(0).contains("s3cret"), "the message does not repeat it");
        assertEquals(List.of("<baseUrl> / -Dduet.baseUrl: must not have a port above 65535, was"
                + " 'https://example.org:99999/'"), errors("https://example.org:99999/"));
        assertEquals(1, errors("ftp://example.org/").size());
    }
}

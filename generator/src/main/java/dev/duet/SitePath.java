package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import java.nio.file.Path;

/** How a problem names a file of the site: by its path below the site folder, with {@code /} between names. */
final class SitePath {

    private SitePath() {
    }

    static String of(SiteConfig config, Path file) {
        return ContentReader.below(config.siteDir(), file)
                .orElseGet(() -> config.siteDir().relativize(file).toString().replace('\\', '/'));
    }
}

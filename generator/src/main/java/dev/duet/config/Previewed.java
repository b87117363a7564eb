package dev.duet.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * The site a preview's configuration stands in for. The preview serves the site at its own address, which takes
 * the place of {@code baseUrl}: an address of {@code baseUrl} (an alias that is an absolute URL of the site) is the
 * preview's, as a build takes it. What import keeps for the commands run after the preview — the source's version
 * of a file in conflict — goes to the site's own cache folder, where {@code duet:import} looks for it, not to the
 * preview's.
 *
 * @param baseUrl the base URL the site is published at
 * @param cacheDir the site's cache folder ({@code target/duet/}), of which the preview's cache is a folder
 * @param drafts whether the preview shows the drafts ({@code draft: true}) as if published, which no build
 *     for publishing does
 */
public record Previewed(URI baseUrl, Path cacheDir, boolean drafts) {
}

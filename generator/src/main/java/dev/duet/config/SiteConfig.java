package dev.duet.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole configuration of one site, built once and passed to every stage. Setting names equal the Maven plugin's
 * parameter names, so a message can say {@code <baseUrl>} and {@code -Dduet.baseUrl}. Relative directories are
 * resolved against {@link #siteDir()}.
 *
 * <p>{@code force} makes a build run even when the site is up to date, and an import read every file, trusting
 * neither's record of the last run. Only {@code overwriteEdited} lets import replace an article file edited since
 * it was imported, and import keeps the edited file under {@code cacheDir/edited/} first.
 *
 * <p>{@code mostReadCount} and {@code mostReadDays}: the "most read" box lists that many stories, the most viewed of
 * the stories dated within that many days of the site's newest story (0 stories: no box). {@code buildTime} is
 * the only clock a build reads: the moment the site is published at. It is the time the configuration was built
 * unless set ({@code -Dduet.buildTime=2024-05-21T08:00:00+08:00}), so that a build can be repeated byte for byte.
 *
 * <p>{@code shard} ({@code -Dduet.shard=K/N}) builds one share of the site's files ({@link Shard}) into
 * {@code K-of-N/site/} of the shards folder, with its own cache folder {@code K-of-N/cache/} beside it, so that a
 * shard never touches the site's own output; {@code duet:merge} combines the shards' folders.
 *
 * <p>{@code redirectsFile} adds a {@code _redirects} file (Netlify, Cloudflare Pages) for the {@code aliases}.
 * {@code noteDeletions} (default true) lets a build note a deleted story's place in {@code deleted.tsv}; without
 * it the places are those the file has, as in a clean build (CI, where nothing the build writes is committed).
 */
public record SiteConfig(
        Path siteDir,
        Path sourcesDir,
        Path articlesDir,
        Path themeDir,
        Path staticDir,
        Path outputDir,
        Path cacheDir,
        Optional<Path> glossaryFile,
        String theme,
        URI baseUrl,
        List<LanguageConfig> languages,
        int pageSize,
        int feedSize,
        int mostReadCount,
        int mostReadDays,
        boolean feedFullContent,
        boolean tagFeedsFullContent,
        boolean failOnError,
        boolean force,
        boolean followExternalLinks,
        boolean overwriteEdited,
        MissingTranslation missingTranslation,
        boolean skipDuplicates,
        Instant buildTime,
        int threads,
        boolean redirectsFile,
        boolean noteDeletions,
        Optional<Shard> shard,
        Optional<Previewed> previewOf) {

    /** The base URL a site is built for when none is set: right for a local preview, wrong for a published site. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8080/";

    public SiteConfig {
        languages = List.copyOf(languages);
    }

    /** The base URL's path, always starting and ending with {@code /}: {@code /} or {@code /repo/}. */
    public String basePath() {
        return basePath(baseUrl);
    }

    /** The path of {@code url}, a base URL, always starting and ending with {@code /}. */
    public static String basePath(URI url) {
        String path = url.getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** The absolute URL of a site-relative path such as {@code zh/2024/05/slug/}. */
    public String absoluteUrl(String sitePath) {
        String root = baseUrl.toString();
        if (!root.endsWith("/")) {
            root += "/";
        }
        return root + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }

    /** The base URL the site is published at: {@code baseUrl}, or in a preview the one it stands in for. */
    public URI publishedUrl() {
        return previewOf.map(Previewed::baseUrl).orElse(baseUrl);
    }

    /**
     * The site's cache folder, where import keeps the copies a later {@code duet:import} reads (the source's version
     * of a file in conflict, an edited file it replaced): {@code cacheDir}, or in a preview the site's own.
     */
    public Path keptCopiesDir() {
        return previewOf.map(Previewed::cacheDir).orElse(cacheDir);
    }

    public Optional<LanguageConfig> findLanguage(String code) {
        // A loop, not a stream: a build asks this for every article and page, on a list of two.
        for (LanguageConfig language : languages) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public LanguageConfig requireLanguage(String code) {
        return findLanguage(code).orElseThrow(() -> new IllegalArgumentException("no language configured: " + code));
    }

    /** Whether a draft is built as if published: only in a preview asked to show them. */
    public boolean showsDrafts() {
        return previewOf.filter(Previewed::drafts).isPresent();
    }

    /**
     * The same site built for local preview: served from {@code previewUrl}, which stands for {@code baseUrl}
     * ({@link Previewed}), and written to a folder of the cache, so that previewing never touches the site built for
     * publishing. The preview's imports never overwrite an edited article. With {@code drafts}, drafts are shown.
     */
    public SiteConfig forPreview(URI previewUrl, boolean drafts) {
        Path previewRoot = cacheDir.resolve("preview");
        return new SiteConfig(siteDir, sourcesDir, articlesDir, themeDir, staticDir, previewRoot.resolve("site"),
                previewRoot.resolve("cache"), glossaryFile, theme, previewUrl, languages, pageSize, feedSize,
                mostReadCount, mostReadDays, feedFullContent, tagFeedsFullContent, failOnError, force,
                followExternalLinks, false, missingTranslation, skipDuplicates, buildTime, threads, redirectsFile,
                noteDeletions, Optional.empty(), Optional.of(new Previewed(publishedUrl(), keptCopiesDir(), drafts)));
    }

    /**
     * This configuration with the settings that change how a build runs but not what it writes — threads,
     * {@code failOnError}, {@code force}, {@code overwriteEdited} — at fixed values: what a rendered page's
     * fingerprint depends on. The build time is fixed too: a page that depends on it holds what it shows of it in
     * its view. So are the output and cache folders and the shard, which say where files go, not what they hold:
     * a shard's pages have the fingerprints the whole site's build gives them, and its render cache serves that
     * build once merged. The other folders are named relative to the site's folder, so that a site moved, or its
     * {@code target/} restored into a CI workspace at another path, keeps the fingerprints of its pages.
     */
    public SiteConfig forOutput() {
        Path here = Path.of(".");
        return new SiteConfig(here, relative(sourcesDir), relative(articlesDir), relative(themeDir),
                relative(staticDir), here, here, glossaryFile.map(this::relative),
                theme, baseUrl, languages, pageSize, feedSize, mostReadCount, mostReadDays, feedFullContent,
                tagFeedsFullContent, false, false, followExternalLinks, false, missingTranslation, skipDuplicates,
                Instant.EPOCH, 1, redirectsFile, true, Optional.empty(),
                previewOf.map(previewed -> new Previewed(previewed.baseUrl(), here, previewed.drafts())));
    }

    /** A folder or file as the site names it, relative to the site's folder: the same wherever the site is. */
    private Path relative(Path path) {
        try {
            return siteDir.relativize(path);
        } catch (IllegalArgumentException e) { // another root: the path names it wherever the site is
            return path;
        }
    }

    public static Builder builder(Path siteDir) {
        return new Builder(siteDir);
    }

    /** A builder that reports every bad setting at once. */
    public static final class Builder {
        private final Path siteDir;
        private String sourcesDir = "sources";
        private String articlesDir = "articles";
        private String themeDir = "theme";
        private String staticDir = "static";
        private String outputDir = "target/site";
        private String cacheDir = "target/duet";
        private String shard = "";
        private String shardsDir = "target/duet-shards";
        private String glossaryFile = "glossary.yaml";
        private String theme = "default";
        private String baseUrl = DEFAULT_BASE_URL;
        private String titleZh = "双语新闻";
        private String titleEn = "Bilingual News";
        private String descriptionZh = "中英双语新闻";
        private String descriptionEn = "News in Chinese and English";
        private int pageSize = 10;
        private int feedSize = 20;
        private int mostReadCount = 5;
        private int mostReadDays = 7;
        private boolean feedFullContent = true;
        private boolean tagFeedsFullContent = false;
        private boolean failOnError = true;
        private boolean force = false;
        private boolean followExternalLinks = false;
        private boolean overwriteEdited = false;
        private String missingTranslation = MissingTranslation.ALLOW.value();
        private boolean skipDuplicates = false;
        private boolean redirectsFile = false;
        private boolean noteDeletions = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private String buildTime = "";
        private Instant buildInstant = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        private Builder(Path siteDir) {
            this.siteDir = siteDir;
        }

        public Builder sourcesDir(String value) { this.sourcesDir = value; return this; }
        public Builder articlesDir(String value) { this.articlesDir = value; return this; }
        public Builder themeDir(String value) { this.themeDir = value; return this; }
        public Builder staticDir(String value) { this.staticDir = value; return this; }
        public Builder outputDir(String value) { this.outputDir = value; return this; }
        public Builder cacheDir(String value) { this.cacheDir = value; return this; }
        public Builder glossaryFile(String value) { this.glossaryFile = value; return this; }
        public Builder theme(String value) { this.theme = value; return this; }
        public Builder baseUrl(String value) { this.baseUrl = value; return this; }
        public Builder titleZh(String value) { this.titleZh = value; return this; }
        public Builder titleEn(String value) { this.titleEn = value; return this; }
        public Builder descriptionZh(String value) { this.descriptionZh = value; return this; }
        public Builder descriptionEn(String value) { this.descriptionEn = value; return this; }
        public Builder pageSize(int value) { this.pageSize = value; return this; }
        public Builder feedSize(int value) { this.feedSize = value; return this; }
        public Builder mostReadCount(int value) { this.mostReadCount = value; return this; }
        public Builder mostReadDays(int value) { this.mostReadDays = value; return this; }
        public Builder feedFullContent(boolean value) { this.feedFullContent = value; return this; }
        public Builder tagFeedsFullContent(boolean value) { this.tagFeedsFullContent = value; return this; }
        public Builder failOnError(boolean value) { this.failOnError = value; return this; }
        public Builder force(boolean value) { this.force = value; return this; }
        public Builder followExternalLinks(boolean value) { this.followExternalLinks = value; return this; }
        public Builder overwriteEdited(boolean value) { this.overwriteEdited = value; return this; }
        public Builder threads(int value) { this.threads = value; return this; }
        public Builder missingTranslation(String value) { this.missingTranslation = value; return this; }
        public Builder skipDuplicates(boolean value) { this.skipDuplicates = value; return this; }
        public Builder redirectsFile(boolean value) { this.redirectsFile = value; return this; }
        public Builder noteDeletions(boolean value) { this.noteDeletions = value; return this; }
        /** The share of the site to build, {@code K/N}; empty for the whole site. */
        public Builder shard(String value) { this.shard = value; return this; }
        /** The folder that holds a shard's folder ({@code K-of-N}); relative to the site. */
        public Builder shardsDir(String value) { this.shardsDir = value; return this; }
        /** The build's clock as text: an instant with offset, a local date-time or a date (read in UTC+8). */
        public Builder buildTime(String value) { this.buildTime = value; return this; }
        public Builder buildTime(Instant value) { this.buildInstant = value; this.buildTime = ""; return this; }

        /** Builds the configuration, or throws a {@link ConfigException} listing every bad setting. */
        public SiteConfig build() {
            List<String> errors = new ArrayList<>();
            if (siteDir == null) {
                throw new ConfigException(List.of("siteDir: the site directory is required"));
            }
            Path root = siteDir.toAbsolutePath().normalize();
            Optional<URI> base = parseBaseUrl(errors);
            if (pageSize < 1) {
                errors.add("<pageSize> / -Dduet.pageSize: must be at least 1, was " + pageSize);
            }
            if (feedSize < 1) {
                errors.add("<feedSize> / -Dduet.feedSize: must be at least 1, was " + feedSize);
            }
            if (mostReadCount < 0) {
                errors.add("<mostReadCount> / -Dduet.mostReadCount: must be 0 (no most-read box) or more, was "
                        + mostReadCount);
            }
            if (mostReadDays < 1) {
                errors.add("<mostReadDays> / -Dduet.mostReadDays: must be at least 1, was " + mostReadDays);
            }
            if (threads < 1) {
                errors.add("<threads> / -Dduet.threads: must be at least 1, was " + threads);
            }
            Optional<MissingTranslation> policy = MissingTranslation.parse(missingTranslation);
            if (policy.isEmpty()) {
                errors.add("<missingTranslation> / -Dduet.missingTranslation: must be allow, notice, hide or fail,"
                        + " was '" + missingTranslation + "'");
            }
            Optional<Instant> clock = parseBuildTime(errors);
            Optional<Shard> share = shard == null || shard.isBlank() ? Optional.empty() : Shard.parse(shard, errors);
            requireText(errors, "titleZh", titleZh);
            requireText(errors, "titleEn", titleEn);
            requireText(errors, "theme", theme);
            Optional<Path> output = resolve(root, "outputDir", outputDir, errors);
            Optional<Path> sources = resolve(root, "sourcesDir", sourcesDir, errors);
            Optional<Path> articles = resolve(root, "articlesDir", articlesDir, errors);
            Optional<Path> themeOverrides = resolve(root, "themeDir", themeDir, errors);
            Optional<Path> statics = resolve(root, "staticDir", staticDir, errors);
            Optional<Path> cache = resolve(root, "cacheDir", cacheDir, errors);
            if (share.isPresent()) {
                // A shard writes into its own folder, never into the site's output or cache.
                Optional<Path> folder = resolve(root, "shardsDir", shardsDir, errors)
                        .map(dir -> dir.resolve(share.get().folderName()));
                output = folder.map(dir -> dir.resolve(Shard.SITE));
                cache = folder.map(dir -> dir.resolve(Shard.CACHE));
            }
            Optional<Path> glossary = glossaryFile == null || glossaryFile.isBlank()
                    ? Optional.empty()
                    : resolve(root, "glossaryFile", glossaryFile, errors);
            FolderRules.check(root, new FolderRules.Folder("outputDir", output),
                    new FolderRules.Folder("cacheDir", cache), new FolderRules.Folder("staticDir", statics),
                    List.of(new FolderRules.Folder("articlesDir", articles), new FolderRules.Folder("sourcesDir",
                            sources), new FolderRules.Folder("themeDir", themeOverrides)), errors);
            if (!errors.isEmpty()) {
                throw new ConfigException(errors);
            }
            List<LanguageConfig> languages = List.of(
                    new LanguageConfig("zh", "zh-Hans", "zh_CN", titleZh.strip(), descriptionZh.strip()),
                    new LanguageConfig("en", "en", "en_US", titleEn.strip(), descriptionEn.strip()));
            // Without errors, every value is present.
            return new SiteConfig(root, sources.orElseThrow(), articles.orElseThrow(), themeOverrides.orElseThrow(),
                    statics.orElseThrow(), output.orElseThrow(), cache.orElseThrow(), glossary,
                    theme.strip(), base.orElseThrow(), languages, pageSize, feedSize, mostReadCount, mostReadDays,
                    feedFullContent, tagFeedsFullContent, failOnError, force, followExternalLinks, overwriteEdited,
                    policy.orElseThrow(),
                    skipDuplicates, clock.orElseThrow(), threads, redirectsFile, noteDeletions, share, Optional.empty());
        }

        /** The build time, or empty with an error added when the text is not a time. */
        private Optional<Instant> parseBuildTime(List<String> errors) {
            String value = buildTime == null ? "" : buildTime.strip();
            if (value.isEmpty()) {
                return Optional.of(buildInstant);
            }
            // Local times are China Standard Time, as the sources' dates are.
            ZoneOffset china = ZoneOffset.ofHours(8);
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(LocalDateTime.parse(value).toInstant(china));
                } catch (DateTimeParseException notLocal) {
                    try {
                        return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(china));
                    } catch (DateTimeParseException notDate) {
                        errors.add("<buildTime> / -Dduet.buildTime: must be a time such as 2024-05-21T08:00:00+08:00,"
                                + " 2024-05-21T08:00 or 2024-05-21, was '" + value + "'");
                        return Optional.empty();
                    }
                }
            }
        }

        /** The base URL, or empty with an error added when it is not a usable one. */
        private Optional<URI> parseBaseUrl(List<String> errors) {
            String value = baseUrl == null ? "" : baseUrl.strip();
            try {
                // Letters outside ASCII in the path are written as a link has them: percent-encoded.
                URI given = new URI(new URI(value.endsWith("/") ? value : value + "/").toASCIIString());
                // A scheme and host are the same in any case: HTTPS://Example.org/ is https://example.org/.
                URI uri = given.getScheme() == null || given.getHost() == null ? given : new URI(given.getScheme()
                        .toLowerCase(java.util.Locale.ROOT) + "://" + given.getRawAuthority().toLowerCase(
                        java.util.Locale.ROOT) + given.getRawPath());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    errors.add("<baseUrl> / -Dduet.baseUrl: must be an absolute http(s) URL such as"
                            + " https://example.org/ or https://user.github.io/repo/, was '" + value + "'");
                    return Optional.empty();
                }
                if (given.getRawQuery() != null || given.getRawFragment() != null) {
                    errors.add("<baseUrl> / -Dduet.baseUrl: must not have a query or fragment, was '" + value + "'");
                    return Optional.empty();
                }
                if (uri.getRawUserInfo() != null || uri.getPort() > 65535) {
                    errors.add("<baseUrl> / -Dduet.baseUrl: must not have " + (uri.getPort() > 65535 ? "a port above"
                            + " 65535" : "a user or password, which every page would publish") + ", was '"
                            + (uri.getRawUserInfo() != null ? value.replace(uri.getRawUserInfo() + "@", "…@") : value)
                            + "'");
                    return Optional.empty();
                }
                return Optional.of(uri);
            } catch (URISyntaxException e) {
                errors.add("<baseUrl> / -Dduet.baseUrl: not a valid URL ('" + value + "'): " + e.getReason());
                return Optional.empty();
            }
        }

        private static void requireText(List<String> errors, String name, String value) {
            if (value == null || value.isBlank()) {
                errors.add("<" + name + "> / -Dduet." + name + ": must not be empty");
            }
        }

        /** The setting's path resolved against the site, or empty with an error added when it is not one. */
        private static Optional<Path> resolve(Path root, String name, String value, List<String> errors) {
            if (value == null || value.isBlank()) {
                errors.add("<" + name + "> / -Dduet." + name + ": must not be empty");
                return Optional.empty();
            }
            try {
                return Optional.of(root.resolve(value).toAbsolutePath().normalize());
            } catch (java.nio.file.InvalidPathException e) {
                errors.add("<" + name + "> / -Dduet." + name + ": not a valid path ('" + value + "')");
                return Optional.empty();
            }
        }
    }
}

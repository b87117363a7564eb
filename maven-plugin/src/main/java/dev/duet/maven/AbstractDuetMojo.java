package dev.duet.maven;

import dev.duet.config.ConfigException;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Maps the plugin's parameters onto one {@link SiteConfig} and adapts the generator's events to Maven's log. Every
 * parameter has a {@code duet.*} user property of the same name.
 */
abstract class AbstractDuetMojo extends AbstractMojo {

    /** The site's folder; other folders are relative to it. */
    @Parameter(property = "duet.siteDir", defaultValue = "${project.basedir}", required = true)
    protected File siteDir;

    /** Source text files to import, searched recursively for {@code *.txt}. */
    @Parameter(property = "duet.sourcesDir", defaultValue = "sources")
    protected String sourcesDir;

    /** Markdown articles: written by import, edited by hand, read by build. */
    @Parameter(property = "duet.articlesDir", defaultValue = "articles")
    protected String articlesDir;

    /** Template, static file and UI string overrides of the site; a file here replaces the theme's. */
    @Parameter(property = "duet.themeDir", defaultValue = "theme")
    protected String themeDir;

    /** Files copied into the output as they are. */
    @Parameter(property = "duet.staticDir", defaultValue = "static")
    protected String staticDir;

    /** Where the site is written; the standard reporting output folder, so {@code mvn site} publishes it. */
    @Parameter(property = "duet.outputDir", defaultValue = "${project.reporting.outputDirectory}")
    protected File outputDir;

    /** Duet's own bookkeeping (the list of files it wrote), kept out of the published site. */
    @Parameter(property = "duet.cacheDir", defaultValue = "${project.build.directory}/duet")
    protected File cacheDir;

    /** The tag glossary: one {@code English: 中文} pair a line. */
    @Parameter(property = "duet.glossaryFile", defaultValue = "glossary.yaml")
    protected String glossaryFile;

    /** The theme: {@code default}, or a folder of the site holding {@code templates/}. */
    @Parameter(property = "duet.theme", defaultValue = "default")
    protected String theme;

    /**
     * The site's public URL, such as {@code https://example.org/} or {@code https://user.github.io/repo/}. Set it as
     * {@code <duet.baseUrl>} in the pom's {@code <properties>} rather than in {@code <configuration>}: a value in
     * {@code <configuration>} wins over {@code -Dduet.baseUrl}.
     */
    @Parameter(property = "duet.baseUrl", defaultValue = "http://localhost:8080/")
    protected String baseUrl;

    /** The site's title on Chinese pages. */
    @Parameter(property = "duet.titleZh", defaultValue = "双语新闻")
    protected String titleZh;

    /** The site's title on English pages. */
    @Parameter(property = "duet.titleEn", defaultValue = "Bilingual News")
    protected String titleEn;

    /** A one-line description on Chinese pages. */
    @Parameter(property = "duet.descriptionZh", defaultValue = "中英双语新闻")
    protected String descriptionZh;

    /** A one-line description on English pages. */
    @Parameter(property = "duet.descriptionEn", defaultValue = "News in Chinese and English")
    protected String descriptionEn;

    /** Articles per page on home, tag and archive pages. */
    @Parameter(property = "duet.pageSize", defaultValue = "10")
    protected int pageSize;

    /** Entries per Atom feed. */
    @Parameter(property = "duet.feedSize", defaultValue = "20")
    protected int feedSize;

    /** Whether the main feed of each language carries whole articles ({@code true}) or summaries only. */
    @Parameter(property = "duet.feedFullContent", defaultValue = "true")
    protected boolean feedFullContent;

    /**
     * Whether the feed of each tag carries whole articles too (when {@code feedFullContent} is set); by default a
     * tag's feed carries summaries, since a story is on several tags and its text is in the main feed.
     */
    @Parameter(property = "duet.tagFeedsFullContent", defaultValue = "false")
    protected boolean tagFeedsFullContent;

    /**
     * What a build does with an article that has no translation: {@code allow} publishes it in its own language,
     * {@code notice} also says on its page that the other version is not there yet (its language switch leads to
     * the other language's home), {@code hide} leaves it out until it is translated, {@code fail} makes it an error.
     */
    @Parameter(property = "duet.missingTranslation", defaultValue = "allow")
    protected String missingTranslation;

    /**
     * Leave out of the site the stories import marked {@code duplicateOf} an earlier one (the same source URL, or
     * almost the same text); by default both are published, and import warns.
     */
    @Parameter(property = "duet.skipDuplicates", defaultValue = "false")
    protected boolean skipDuplicates;

    /**
     * The time the site is published at, the only clock a build reads: empty for now, or a time such as
     * {@code 2024-05-21T08:00:00+08:00}, {@code 2024-05-21T08:00} or {@code 2024-05-21} (local times are UTC+8).
     * Set it to repeat an earlier build byte for byte.
     */
    @Parameter(property = "duet.buildTime", defaultValue = "")
    protected String buildTime;

    /**
     * Fail the goal when any error was found, after every file has been read and every problem listed; false lets
     * import, build and check pass with errors (the pages of a broken file are then missing). {@code duet:serve}
     * never stops for an error: it shows it in the browser.
     */
    @Parameter(property = "duet.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Threads for parsing and rendering; 0 means one per processor. */
    @Parameter(property = "duet.threads", defaultValue = "0")
    protected int threads;

    /** Skip this goal. */
    @Parameter(property = "duet.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Build trusting no cache: render every page, even when the site is up to date. Import ignores it: it never
     * overwrites an edited article.
     */
    @Parameter(property = "duet.force", defaultValue = "false")
    protected boolean force;

    /**
     * Follow links (symbolic links) in the site's folders that lead out of the site folder; by default they are left
     * out with a warning, so that nothing outside the site, such as {@code /etc/passwd}, is published by accident.
     */
    @Parameter(property = "duet.followExternalLinks", defaultValue = "false")
    protected boolean followExternalLinks;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    protected SiteConfig config() throws MojoFailureException {
        warnIfBaseUrlIgnored();
        try {
            SiteConfig.Builder builder = SiteConfig.builder(siteDir.toPath())
                    .sourcesDir(sourcesDir)
                    .articlesDir(articlesDir)
                    .themeDir(themeDir)
                    .staticDir(staticDir)
                    .outputDir(outputDir.getAbsolutePath())
                    .cacheDir(cacheDir.getAbsolutePath())
                    .glossaryFile(glossaryFile)
                    .theme(theme)
                    .baseUrl(baseUrl)
                    .titleZh(titleZh)
                    .titleEn(titleEn)
                    .descriptionZh(descriptionZh)
                    .descriptionEn(descriptionEn)
                    .pageSize(pageSize)
                    .feedSize(feedSize)
                    .feedFullContent(feedFullContent)
                    .tagFeedsFullContent(tagFeedsFullContent)
                    .missingTranslation(missingTranslation)
                    .skipDuplicates(skipDuplicates)
                    .buildTime(buildTime == null ? "" : buildTime)
                    .failOnError(failOnError)
                    .force(force)
                    .followExternalLinks(followExternalLinks)
                    .threads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
            configure(builder);
            return builder.build();
        } catch (ConfigException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** Sets what only this goal has a parameter for. */
    protected void configure(SiteConfig.Builder builder) {
    }

    /**
     * A value in the plugin's {@code <configuration>} wins over {@code -Dduet.baseUrl}: the site would be built and
     * checked for an address other than the one asked for, and every link would pass the check.
     */
    private void warnIfBaseUrlIgnored() {
        String asked = session == null ? null : session.getUserProperties().getProperty("duet.baseUrl");
        if (asked != null && !asked.equals(baseUrl)) {
            getLog().warn("-Dduet.baseUrl=" + asked + " is ignored: the pom sets <baseUrl>" + baseUrl + "</baseUrl>"
                    + " in the plugin's <configuration>, which wins over -D; set it as <duet.baseUrl> in the pom's"
                    + " <properties> instead, so that -Dduet.baseUrl can replace it");
        }
    }

    /** Reports problems to Maven's log as {@code file:line: message}, the form IDEs link to. */
    protected BuildListener listener() {
        Log log = getLog();
        return new BuildListener() {
            @Override
            public void problem(Problem problem) {
                if (problem.isError()) {
                    log.error(problem.format());
                } else {
                    log.warn(problem.format());
                }
            }

            @Override
            public void info(String message) {
                log.info(message);
            }
        };
    }

    /** The most errors a failure message lists; the log above it has them all. */
    private static final int LISTED_ERRORS = 50;

    /**
     * Unless {@code failOnError} is false, turns the errors found into a failure that lists them (every problem has
     * been logged already).
     */
    protected void failOnErrors(String what, List<Problem> problems, SiteConfig config) throws MojoFailureException {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            return;
        }
        if (!config.failOnError()) {
            getLog().warn(what + " found " + errors.size() + " error(s) and passes anyway, as failOnError is false");
            return;
        }
        StringBuilder message = new StringBuilder(what + " found " + errors.size() + " error(s) (set"
                + " -Dduet.failOnError=false to pass anyway):");
        errors.stream().limit(LISTED_ERRORS).forEach(p -> message.append("\n  ").append(p.format()));
        if (errors.size() > LISTED_ERRORS) {
            message.append("\n  … and ").append(errors.size() - LISTED_ERRORS).append(" more (see the log above)");
        }
        throw new MojoFailureException(message.toString());
    }
}

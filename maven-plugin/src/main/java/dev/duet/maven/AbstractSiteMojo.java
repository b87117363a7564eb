package dev.duet.maven;

import dev.duet.config.SiteConfig;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that read the articles and know where the site goes and for which address: build, serve, check and the
 * translation desk.
 */
abstract class AbstractSiteMojo extends AbstractDuetMojo {

    /** Markdown articles: written by import, edited by hand, read by build. */
    @Parameter(property = "duet.articlesDir", defaultValue = "articles")
    protected String articlesDir;

    /** The tag glossary: one {@code English: 中文} pair a line. */
    @Parameter(property = "duet.glossaryFile", defaultValue = "glossary.yaml")
    protected String glossaryFile;

    /** Where the site is written; the standard reporting output folder, so {@code mvn site} publishes it. */
    @Parameter(property = "duet.outputDir", defaultValue = "${project.reporting.outputDirectory}")
    protected File outputDir;

    /**
     * The site's public URL, such as {@code https://example.org/} or {@code https://user.github.io/repo/}. Set it as
     * {@code <duet.baseUrl>} in the pom's {@code <properties>} rather than in {@code <configuration>}: a value in
     * {@code <configuration>} wins over {@code -Dduet.baseUrl}.
     */
    @Parameter(property = "duet.baseUrl", defaultValue = "http://localhost:8080/")
    protected String baseUrl;

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

    @Override
    protected void configure(SiteConfig.Builder builder) {
        warnIfBaseUrlIgnored();
        builder.articlesDir(articlesDir)
                .glossaryFile(glossaryFile)
                .outputDir(outputDir.getAbsolutePath())
                .baseUrl(baseUrl)
                .missingTranslation(missingTranslation)
                .skipDuplicates(skipDuplicates);
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
}

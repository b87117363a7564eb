package dev.duet.maven;

import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the built site before it goes live: broken links and anchors, one-way translations, tags with no
 * articles, pages without a title or language, invalid feeds and sitemaps, duplicate slugs. Fails on any error
 * (unless {@code failOnError} is false); warns when the site was built for another base URL, or for the default one.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.POST_SITE, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("check", skipCheck)) {
            return;
        }
        SiteConfig config = config();
        List<Problem> problems;
        try {
            problems = new Duet(config, listener()).check();
        } catch (IOException e) {
            throw new MojoExecutionException("Check failed: " + e.getMessage(), e);
        }
        failOnErrors("duet:check of " + config.outputDir(), problems, config);
    }
}

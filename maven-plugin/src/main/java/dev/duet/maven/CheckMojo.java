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
 * articles, pages without a title or language, invalid feeds and sitemaps, duplicate slugs, pictures without
 * alternative text (and, with {@code requireLeadImages}, articles without a lead picture). Fails on any error
 * (unless {@code failOnError} is false); warns when the site was built for another base URL, or for the default one.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.POST_SITE, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.check.skip", defaultValue = "false")
    private boolean skipCheck;

    /**
     * Warn about each article without a lead picture ({@code image:} in its front matter or its translation's).
     * Pictures without alternative text are warned about either way.
     */
    @Parameter(property = "duet.requireLeadImages", defaultValue = "false")
    private boolean requireLeadImages;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("check", skipCheck)) {
            return;
        }
        SiteConfig config = config();
        List<Problem> problems;
        try {
            problems = new Duet(config, listener()).check(requireLeadImages);
        } catch (IOException e) {
            throw failed("Check failed: ", e);
        }
        failOnErrors("duet:check of " + config.outputDir(), problems, config);
    }
}
